/// A plain reading of an emitted TSV file, independent of the code that wrote it: header names
/// and rows of fields, so the tests check the files as a loader would see them.
struct ParsedTSV {
  var columns: [String]
  var rows: [[String]]

  struct Fault: Error, CustomStringConvertible {
    var description: String
  }

  init(_ text: String, file: String) throws {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.last == "" else { throw Fault(description: "\(file): no final newline") }
    lines.removeLast()
    guard let header = lines.first else { throw Fault(description: "\(file): empty") }
    columns = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    rows = []
    for (offset, line) in lines.enumerated().dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == columns.count else {
        throw Fault(description: "\(file):\(offset + 1): \(fields.count) fields")
      }
      rows.append(fields)
    }
  }

  /// The values of one column, in row order.
  func column(_ name: String) throws -> [String] {
    guard let index = columns.firstIndex(of: name) else {
      throw Fault(description: "no column \(name)")
    }
    return rows.map { $0[index] }
  }
}
