/// The values of a parsed command line, read by declared name. Accessors that convert values
/// throw a `UsageError` naming the option and the bad value.
public struct ParsedArguments: Sendable {
  public let spec: CommandSpec
  /// True when `-h` or `--help` was given; nothing else is checked then.
  public internal(set) var helpRequested = false
  var options: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String: [String]] = [:]

  init(spec: CommandSpec) { self.spec = spec }

  /// The value given for an option (the last, for a repeating one), or its default.
  public func value(_ name: String) -> String? {
    if let given = options[name]?.last { return given }
    guard let spec = spec.arguments.first(where: { $0.name == name }),
      case .option(_, let defaultValue, _, _) = spec.kind
    else { return nil }
    return defaultValue
  }

  /// Every value given for a repeating option, in order.
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// True when the flag `--name` was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of a positional argument (the first, for a repeating one).
  public func positional(_ name: String) -> String? { positionals[name]?.first }

  /// All values of a repeating positional argument.
  public func positionalValues(_ name: String) -> [String] { positionals[name] ?? [] }

  /// An option's value as an integer.
  public func integer(_ name: String) throws -> Int? {
    try converted(name, "an integer") { Int($0) }
  }

  /// An option's value as a finite number.
  public func number(_ name: String) throws -> Double? {
    try converted(name, "a number") { text in Double(text).flatMap { $0.isFinite ? $0 : nil } }
  }

  private func converted<T>(_ name: String, _ what: String, _ convert: (String) -> T?) throws -> T?
  {
    guard let text = value(name) else { return nil }
    guard let value = convert(text) else {
      throw UsageError("option '--\(name)' expects \(what), got '\(text)'", spec: spec)
    }
    return value
  }
}
