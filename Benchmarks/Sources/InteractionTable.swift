import Foundation

/// A minimal reader of tab-separated interaction files for the benchmarks: a RecBole `.inter`
/// file (header `name:type` columns) or a plain TSV with a header. Users and items are indexed
/// in order of first appearance. The library's own loaders are the ones to use in the product;
/// this one only exists so the benchmarks can run on files as they are fetched.
struct InteractionTable {
  var userIDs: [String] = []
  var itemIDs: [String] = []
  var users: [Int32] = []
  var items: [Int32] = []
  var values: [Float] = []
  var times: [Double] = []

  struct ReadError: Error, CustomStringConvertible {
    var path: String
    var line: Int
    var reason: String
    var description: String { "\(path):\(line): \(reason)" }
  }

  /// Reads columns `user`, `item` and optionally `value`, `time` (matched by header name prefix).
  init(path: String, user: String, item: String, value: String?, time: String?) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(whereSeparator: \.isNewline).makeIterator()
    guard let header = lines.next() else {
      throw ReadError(path: path, line: 1, reason: "empty file")
    }
    let names = header.split(separator: "\t", omittingEmptySubsequences: false).map {
      String($0.split(separator: ":").first ?? "")
    }
    func column(_ name: String?) throws -> Int? {
      guard let name else { return nil }
      guard let k = names.firstIndex(of: name) else {
        throw ReadError(path: path, line: 1, reason: "no column \(name) in \(names)")
      }
      return k
    }
    let (uc, ic, vc, tc) = (
      try column(user)!, try column(item)!, try column(value), try column(time)
    )
    var userIndex: [Substring: Int32] = [:]
    var itemIndex: [Substring: Int32] = [:]
    var lineNumber = 1
    while let line = lines.next() {
      lineNumber += 1
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == names.count else {
        throw ReadError(
          path: path, line: lineNumber, reason: "\(fields.count) fields, header has \(names.count)")
      }
      let u =
        userIndex[fields[uc]]
        ?? {
          userIDs.append(String(fields[uc]))
          userIndex[fields[uc]] = Int32(userIDs.count - 1)
          return Int32(userIDs.count - 1)
        }()
      let i =
        itemIndex[fields[ic]]
        ?? {
          itemIDs.append(String(fields[ic]))
          itemIndex[fields[ic]] = Int32(itemIDs.count - 1)
          return Int32(itemIDs.count - 1)
        }()
      users.append(u)
      items.append(i)
      if let vc {
        guard let v = Float(fields[vc]) else {
          throw ReadError(path: path, line: lineNumber, reason: "\(names[vc]) is not a number")
        }
        values.append(v)
      } else {
        values.append(1)
      }
      if let tc {
        guard let t = Double(fields[tc]) else {
          throw ReadError(path: path, line: lineNumber, reason: "\(names[tc]) is not a number")
        }
        times.append(t)
      } else {
        times.append(Double(lineNumber))
      }
    }
  }
}
