/// A fault in input data, naming the file, the line and the column or field where it was found.
///
/// Prints as `path:line: column "name": fault`, the way compilers report errors, so editors and
/// terminals can jump to the place.
public struct ImportError: Error, Equatable, CustomStringConvertible {
  /// The file as it was named to the importer.
  public var file: String
  /// The 1-based physical line, when the fault is on a line.
  public var line: Int?
  /// The column (by header name) or field, when the fault is in one.
  public var column: String?
  public var fault: Fault

  public init(file: String, line: Int? = nil, column: String? = nil, fault: Fault) {
    self.file = file
    self.line = line
    self.column = column
    self.fault = fault
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { return "\(place): column \"\(column)\": \(fault)" }
    return "\(place): \(fault)"
  }
}

extension ImportError {
  /// What is wrong, independent of where.
  public enum Fault: Equatable, CustomStringConvertible, Sendable {
    case notFound
    case isDirectory
    case unreadable(reason: String)
    case emptyFile
    case headerOnly
    case missingColumn(wanted: [String], available: [String])
    case duplicateColumn
    case invalidUTF8(byteOffset: Int)
    case wrongFieldCount(expected: Int, found: Int)
    case unterminatedQuote(openedOnLine: Int)
    case textAfterClosingQuote
    case emptyID
    case unknownItem(id: String)
    case notANumber(text: String)
    case notFinite(text: String)
    case conflictingDomain(id: String, first: String, firstPlace: String, second: String)
    case conflictingAttribute(
      id: String, column: String, first: String, firstPlace: String, second: String)
    case undeclaredDomain(domain: String, declared: [String])
    case domainWithoutItems(domain: String)
    case noDomain(id: String)
    case badHeaderField(text: String)
    case unknownFieldType(type: String)
    case noInteractions
    case unrecognizedLayout(reason: String)

    public var description: String {
      switch self {
      case .notFound: return "no such file or directory"
      case .isDirectory: return "is a directory, expected a file"
      case .unreadable(let reason): return "cannot be read: \(reason)"
      case .emptyFile: return "the file is empty (expected a header row)"
      case .headerOnly: return "the file has a header row but no data rows"
      case .missingColumn(let wanted, let available):
        let names = wanted.map { "\"\($0)\"" }.joined(separator: " or ")
        return
          "missing required column \(names) (the header has: \(available.joined(separator: ", ")))"
      case .duplicateColumn: return "the header names this column twice"
      case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset + 1)"
      case .wrongFieldCount(let expected, let found):
        return "expected \(expected) fields as in the header, found \(found)"
      case .unterminatedQuote(let opened):
        return "unterminated quoted field (the quote opened on line \(opened))"
      case .textAfterClosingQuote:
        return "text after a closing quote (a quote inside a quoted field must be doubled)"
      case .emptyID: return "empty id"
      case .unknownItem(let id): return "unknown item \"\(id)\" (not in the items file)"
      case .notANumber(let text): return "\"\(text)\" is not a number"
      case .notFinite(let text): return "\"\(text)\" is not a finite number"
      case .conflictingDomain(let id, let first, let firstPlace, let second):
        return "item \"\(id)\" is in domain \"\(second)\" here but in \"\(first)\" at \(firstPlace)"
      case .conflictingAttribute(let id, let column, let first, let firstPlace, let second):
        return
          "user \"\(id)\" has \(column) \"\(second)\" here but \"\(first)\" at \(firstPlace)"
      case .undeclaredDomain(let domain, let declared):
        return
          "domain \"\(domain)\" is not among the declared domains (\(declared.joined(separator: ", ")))"
      case .domainWithoutItems(let domain): return "domain \"\(domain)\" has no items"
      case .noDomain(let id): return "item \"\(id)\" has no domain"
      case .badHeaderField(let text):
        return "header field \"\(text)\" is not of the form name:type"
      case .unknownFieldType(let type):
        return "unknown field type \"\(type)\" (expected token, token_seq, float or float_seq)"
      case .noInteractions: return "no interactions"
      case .unrecognizedLayout(let reason): return reason
      }
    }
  }
}
