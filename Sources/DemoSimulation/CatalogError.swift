/// A fault in the catalogue's source files, naming the file, line and field.
public struct CatalogError: Error, Equatable, CustomStringConvertible {
  public var file: String
  /// 1-based line number in the file; 0 when the fault concerns the whole file.
  public var line: Int
  /// The column (or tag) at fault, when there is one.
  public var field: String?
  public var message: String

  public init(file: String, line: Int, field: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  public var description: String {
    let place = line > 0 ? "\(file):\(line)" : file
    if let field { return "\(place): field '\(field)': \(message)" }
    return "\(place): \(message)"
  }
}
