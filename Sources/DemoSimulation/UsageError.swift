/// A bad command line, printed with the usage.
public struct UsageError: Error, Equatable, CustomStringConvertible {
  public var description: String

  public init(description: String) {
    self.description = description
  }
}
