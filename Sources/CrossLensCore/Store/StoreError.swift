/// A failure of the store: SQLite's own message, with what was being done and to which file.
public struct StoreError: Error, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  /// The store, or what a command needs from it, is not there (as opposed to failing to read or
  /// write what is).
  public var isMissingInput: Bool

  public init(path: String, message: String, isMissingInput: Bool = false) {
    self.path = path
    self.message = message
    self.isMissingInput = isMissingInput
  }

  public var description: String { "\(path): \(message)" }
}
