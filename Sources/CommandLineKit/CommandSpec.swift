/// A command's name, purpose and declared arguments; its help text is generated from these.
public struct CommandSpec: Sendable {
  /// The full command name as typed, e.g. `crosslens import`.
  public var name: String
  /// One line: what the command does.
  public var abstract: String
  /// Further paragraphs for `--help`.
  public var discussion: String?
  public var arguments: [ArgumentSpec]

  public init(name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec])
  {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
  }

  /// `crosslens import <path> --out <store> [--json]`: positionals, then required options,
  /// then the optional ones (folded into `[<options>]` when there are more than three).
  public var usage: String {
    let positionals = arguments.filter(\.isPositional).map(\.usage)
    let options = arguments.filter { !$0.isPositional }
    let required = options.filter(\.isRequired).map(\.usage)
    let optional = options.filter { !$0.isRequired }.map(\.usage)
    let rest = optional.count > 3 ? ["[<options>]"] : optional
    return ([name] + positionals + required + rest).joined(separator: " ")
  }

  /// The text `--help` prints.
  public var help: String {
    var lines = ["OVERVIEW: \(abstract)", ""]
    if let discussion {
      for paragraph in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
        lines += Self.wrap(String(paragraph), width: 100)
      }
      lines.append("")
    }
    lines += ["USAGE: \(usage)", ""]
    let positionals = arguments.filter(\.isPositional)
    if !positionals.isEmpty {
      lines.append("ARGUMENTS:")
      for argument in positionals { lines += Self.entry("<\(argument.name)>", argument.help) }
      lines.append("")
    }
    lines.append("OPTIONS:")
    for argument in arguments where !argument.isPositional {
      var label = argument.short.map { "-\($0), " } ?? ""
      label += "--\(argument.name)"
      var help = argument.help
      if case .option(let valueName, let defaultValue, _, let repeating) = argument.kind {
        label += " <\(valueName)>"
        // Inside the sentence, as hand-written defaults read: "How many (default 10)."
        let period = help.hasSuffix(".") ? "." : ""
        if !period.isEmpty { help.removeLast() }
        if let defaultValue { help += " (default \(defaultValue))" }
        if repeating { help += " (may be repeated)" }
        help += period
      }
      lines += Self.entry(label, help)
    }
    lines += Self.entry("-h, --help", "Show help information.")
    return lines.joined(separator: "\n")
  }

  /// Words of `text` in lines of at most `width` columns.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + word
    }
    lines.append(current)
    return lines
  }

  /// One help entry: the label in a 26-column gutter, the text wrapped at 100 columns.
  public static func entry(_ label: String, _ text: String) -> [String] {
    let gutter = 26
    var lines: [String] = []
    var current = "  " + label
    if current.count >= gutter {
      lines.append(current)
      current = ""
    }
    current += String(repeating: " ", count: gutter - current.count)
    var width = gutter
    for word in text.split(separator: " ") {
      if width + word.count + 1 > 100 && width > gutter {
        lines.append(current)
        current = String(repeating: " ", count: gutter)
        width = gutter
      }
      current += (width > gutter ? " " : "") + word
      width += word.count + (width > gutter ? 1 : 0)
    }
    lines.append(current)
    return lines
  }
}
