/// A mistake in the command line: says what is wrong and how the command is used.
public struct UsageError: Error, Equatable, CustomStringConvertible {
  public var message: String
  /// The usage line of the command, and its name for the pointer to `--help`.
  public var usage: String
  public var command: String

  public init(_ message: String, spec: CommandSpec) {
    self.message = message
    self.usage = spec.usage
    self.command = spec.name
  }

  public var description: String {
    "\(message)\nusage: \(usage)\nsee '\(command) --help'"
  }
}
