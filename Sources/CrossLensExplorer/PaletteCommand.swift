import TerminalKit

/// One command of the `:` palette, as data: the help overlay lists the table (a test checks
/// that the palette runs every command in it).
public struct PaletteCommand: Sendable, Equatable {
  /// The command word, as typed.
  public var name: String
  /// What follows it: `NAME[,NAME]`, `csv|json [PATH]`; empty when nothing does.
  public var arguments: String
  public var description: String

  /// Every palette command, in the order help lists them.
  public static let all: [PaletteCommand] = [
    .init(name: "target", arguments: "DOMAIN", description: "Recommend into this domain"),
    .init(name: "source", arguments: "DOMAIN[,DOMAIN]", description: "Take history from these"),
    .init(name: "k", arguments: "N", description: "Rows in the list (1–50)"),
    .init(name: "lambda", arguments: "X", description: "Concentration penalty λ (0–2)"),
    .init(name: "tau", arguments: "X", description: "Similarity threshold τ (−1–1)"),
    .init(name: "w", arguments: "COMPONENT X", description: "A component's weight (−3–3)"),
    .init(name: "learned", arguments: "", description: "The learned weights again"),
    .init(name: "user", arguments: "ID", description: "Select a user by id"),
    .init(
      name: "export", arguments: "[csv|json] [PATH]",
      description: "Write the list (a file or a folder)"),
    .init(
      name: "preset", arguments: "save|load|delete NAME",
      description: "Keep, restore or drop settings"),
    .init(name: "presets", arguments: "", description: "List the saved presets"),
    .init(name: "flags", arguments: "", description: "List flags"),
    .init(name: "sort", arguments: "", description: "Next users order"),
    .init(name: "help", arguments: "", description: "This screen"),
    .init(name: "quit", arguments: "", description: "Quit (also q)"),
  ]

  /// The words of the commands that take nothing after them (and `q`, `quit`'s short form).
  public static let withoutArguments: Set<String> = Set(
    all.filter { $0.arguments.isEmpty }.map(\.name) + ["q"])

  /// The title of help's palette section.
  public static let helpTitle = "Command palette (: then a command, ↵ runs it)"

  /// Help's palette section: its title, then one line per command (usage, description).
  public static func helpLines() -> [Line] {
    [Line(helpTitle, .title)]
      + all.map { command in
        let usage = command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
        return Line([Span("  " + Text.fit(usage, width: 30), .key), Span(command.description)])
      }
  }
}
