import CommandLineKit

/// A `crosslens` subcommand. To add one: a file `Commands/NameCommand.swift` with a type
/// conforming to this protocol, and one line in `CommandRegistry.commands`.
protocol CrossLensCommand {
  /// The command's name (`crosslens import`), purpose and arguments; `--help` is generated.
  static var spec: CommandSpec { get }
  /// Reads the parsed arguments; throws `UsageError` for values that make no sense together.
  init(_ arguments: ParsedArguments) throws
  /// Does the work. Errors are reported and turned into exit codes by `ExitCode`.
  func run() throws
}

extension CrossLensCommand {
  /// The subcommand word (`import`).
  static var word: String { String(spec.name.split(separator: " ").last ?? "") }

  /// Reads the arguments and runs.
  static func execute(_ arguments: ParsedArguments) throws {
    try Self(arguments).run()
  }
}
