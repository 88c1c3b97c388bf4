/// A tab-separated file with a header row, as the catalogue sources are written.
///
/// Deliberately strict: no quoting, every row has exactly the header's fields, no field may be
/// empty. That is all the hand-written catalogue needs, and anything else is a typo to report.
struct TSVTable {
  struct Row {
    /// 1-based line number in the file.
    var line: Int
    var fields: [String]
  }

  var file: String
  var columns: [String]
  var rows: [Row]

  /// Parses `text`, checking that the header is exactly `columns`.
  init(file: String, text: String, columns expected: [String]) throws(CatalogError) {
    self.file = file
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    guard let header = lines.first else {
      throw CatalogError(file: file, line: 0, message: "empty file (expected a header row)")
    }
    let names = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard names == expected else {
      throw CatalogError(
        file: file, line: 1,
        message: "header is '\(names.joined(separator: " | "))', expected "
          + "'\(expected.joined(separator: " | "))'")
    }
    columns = expected
    rows = []
    for (offset, line) in lines.enumerated().dropFirst() {
      let number = offset + 1
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == expected.count else {
        throw CatalogError(
          file: file, line: number,
          message: "\(fields.count) fields, expected \(expected.count)")
      }
      for (name, value) in zip(expected, fields) {
        if value.trimmingWhitespace.isEmpty {
          throw CatalogError(file: file, line: number, field: name, message: "empty")
        }
        if value.trimmingWhitespace != value {
          throw CatalogError(
            file: file, line: number, field: name, message: "leading or trailing spaces")
        }
        // A double quote would start a quoted field in RFC 4180 readers of the emitted TSV.
        if value.contains("\"") {
          throw CatalogError(
            file: file, line: number, field: name, message: "contains a double quote")
        }
      }
      rows.append(Row(line: number, fields: fields))
    }
  }
}

extension String {
  fileprivate var trimmingWhitespace: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0.isNewline || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return self[start...end]
  }
}
