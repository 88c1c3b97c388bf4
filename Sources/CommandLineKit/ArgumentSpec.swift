/// One declared argument of a command: an option with a value, a flag, or a positional.
public struct ArgumentSpec: Sendable, Equatable {
  /// An option taking a value, a flag, or a positional argument.
  public enum Kind: Sendable, Equatable {
    /// `--name VALUE` or `--name=VALUE`; `repeating` keeps every occurrence.
    case option(valueName: String, defaultValue: String?, required: Bool, repeating: Bool)
    /// `--name`, true when present.
    case flag
    /// A bare word, in declaration order.
    case positional(optional: Bool, repeating: Bool)
  }

  /// The long name (without dashes), or the positional's display name.
  public var name: String
  public var short: Character?
  public var help: String
  public var kind: Kind

  /// An option `--name VALUE` (or `-s VALUE`).
  public static func option(
    _ name: String, short: Character? = nil, valueName: String = "value",
    default defaultValue: String? = nil, required: Bool = false, repeating: Bool = false,
    help: String
  ) -> ArgumentSpec {
    ArgumentSpec(
      name: name, short: short, help: help,
      kind: .option(
        valueName: valueName, defaultValue: defaultValue, required: required, repeating: repeating))
  }

  /// A flag `--name` (or `-s`) without a value.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> ArgumentSpec {
    ArgumentSpec(name: name, short: short, help: help, kind: .flag)
  }

  /// A positional argument, in order of declaration.
  public static func positional(
    _ name: String, optional: Bool = false, repeating: Bool = false, help: String
  ) -> ArgumentSpec {
    ArgumentSpec(
      name: name, short: nil, help: help,
      kind: .positional(optional: optional, repeating: repeating))
  }

  var isRequired: Bool {
    if case .option(_, _, let required, _) = kind { return required }
    return false
  }

  var isPositional: Bool {
    if case .positional = kind { return true }
    return false
  }

  /// How the argument appears in a usage line: `--out <store>`, `[--json]`, `<path>`, `[<target>]`.
  var usage: String {
    switch kind {
    case .option(let valueName, _, let required, let repeating):
      let text = "--\(name) <\(valueName)>"
      return required ? text : "[\(text)]" + (repeating ? " ..." : "")
    case .flag:
      return "[--\(name)]"
    case .positional(let optional, let repeating):
      let text = "<\(name)>" + (repeating ? " ..." : "")
      return optional ? "[\(text)]" : text
    }
  }
}
