/// The header of one input file, resolved: column names (without RecBole types) and which
/// columns RecBole declares numeric.
struct TableHeader {
  let file: String
  let names: [String]
  let numeric: Set<Int>

  init(_ reader: DelimitedReader, dialect: TableFile.Dialect) throws {
    file = reader.path
    guard dialect == .recBole else {
      names = reader.header
      numeric = []
      return
    }
    var names: [String] = []
    var numeric: Set<Int> = []
    for (index, field) in reader.header.enumerated() {
      guard let colon = field.lastIndex(of: ":"), colon != field.startIndex else {
        throw ImportError(file: file, line: 1, fault: .badHeaderField(text: field))
      }
      let type = String(field[field.index(after: colon)...])
      switch type {
      case "token", "token_seq": break
      case "float", "float_seq": numeric.insert(index)
      default:
        throw ImportError(file: file, line: 1, column: field, fault: .unknownFieldType(type: type))
      }
      names.append(String(field[..<colon]))
    }
    self.names = names
    self.numeric = numeric
  }

  /// The index of the column named `requested`, or else of the first default present; nil when
  /// none is present and no name was requested (an explicitly requested column must exist).
  func column(_ requested: String?, defaults: [String]) throws -> Int? {
    let wanted = requested.map { [$0] } ?? defaults
    let lowered = names.map { $0.lowercased() }
    for name in wanted {
      if let index = lowered.firstIndex(of: name.lowercased()) { return index }
    }
    if requested != nil { throw missingColumn(wanted) }
    return nil
  }

  /// The index of the column named `requested`, or else of the first default present; throws
  /// when there is none.
  func requiredColumn(_ requested: String?, defaults: [String]) throws -> Int {
    guard let index = try column(requested, defaults: defaults) else {
      throw missingColumn(requested.map { [$0] } ?? defaults)
    }
    return index
  }

  private func missingColumn(_ wanted: [String]) -> ImportError {
    ImportError(file: file, line: 1, fault: .missingColumn(wanted: wanted, available: names))
  }
}
