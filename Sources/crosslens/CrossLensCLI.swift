import CommandLineKit
import Foundation

/// Dispatches a command line to its subcommand and turns the outcome into an exit code.
enum CrossLensCLI {
  static let overview = CommandSpec(
    name: "crosslens",
    abstract: "Explore cross-domain recommendations: import, embed, train, recommend, evaluate.",
    discussion: """
      With no arguments, builds (once) the store of the demo dataset in Data/ and opens the
      explorer on it (prints its info when not run in a terminal).
      Run 'crosslens <subcommand> --help' for a subcommand's options.
      """,
    arguments: [.positional("subcommand", optional: true, help: "")])

  static func run(_ arguments: [String]) -> Int32 {
    do {
      guard let word = arguments.first else {
        try DefaultCommand().run()
        return ExitCode.success
      }
      if word == "-h" || word == "--help" || word == "help" {
        if let name = arguments.dropFirst().first, !["help", "-h", "--help"].contains(name) {
          print(try command(named: name).spec.help)
        } else {
          print(help)
        }
        return ExitCode.success
      }
      let command = try command(named: word)
      let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
      if parsed.helpRequested {
        print(command.spec.help)
        return ExitCode.success
      }
      try command.execute(parsed)
      return ExitCode.success
    } catch {
      if let message = ExitCode.message(for: error) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
      }
      return ExitCode.code(for: error)
    }
  }

  /// The subcommand called `word`, or a usage error suggesting the nearest name.
  static func command(named word: String) throws -> any CrossLensCommand.Type {
    guard let command = CommandRegistry.command(named: word) else {
      let words = CommandRegistry.commands.map { $0.word }
      let hint =
        ArgumentParser.nearest(word, among: words).map { " (did you mean '\($0)'?)" } ?? ""
      throw UsageError("unknown subcommand '\(word)'\(hint)", spec: overview)
    }
    return command
  }

  /// The top-level help: overview and the list of subcommands.
  static var help: String {
    var lines = [
      "OVERVIEW: \(overview.abstract)", "", overview.discussion ?? "", "",
      "USAGE: crosslens [<subcommand>] [<options>]", "", "SUBCOMMANDS:",
    ]
    for command in CommandRegistry.commands {
      lines += CommandSpec.entry(command.word, command.spec.abstract)
    }
    lines += CommandSpec.entry("help", "Show this help, or a subcommand's ('help SUBCOMMAND').")
    return lines.joined(separator: "\n")
  }
}
