import Foundation
import Testing

@testable import CrossLensCore

@Suite struct DelimitedReaderTests {
  /// Writes `text` to a temporary file and reads all its rows with the given chunk size.
  func rows(_ text: String, csv: Bool = true, chunkSize: Int = 1 << 20) throws -> (
    header: [String], rows: [(line: Int, fields: [String])]
  ) {
    let path =
      NSTemporaryDirectory() + "crosslens-reader-\(UUID().uuidString).\(csv ? "csv" : "tsv")"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reader = try DelimitedReader(path: path, chunkSize: chunkSize)
    var rows: [(Int, [String])] = []
    try reader.forEachRecord { record in
      rows.append((record.line, (0..<record.count).map { record.string($0) }))
    }
    return (reader.header, rows)
  }

  @Test func quotedFieldsFollowRFC4180() throws {
    let text = "id,title\n1,\"Hello, \"\"world\"\"\"\n2,\"two\nlines\"\n3,plain \"quote\"\n"
    let result = try rows(text)
    #expect(result.header == ["id", "title"])
    #expect(
      result.rows.map(\.fields) == [
        ["1", "Hello, \"world\""], ["2", "two\nlines"], ["3", "plain \"quote\""],
      ])
    // The row after a two-line field starts on line 5.
    #expect(result.rows.map(\.line) == [2, 3, 5])
  }

  @Test func crlfBomBlankLinesAndMissingFinalNewline() throws {
    let result = try rows("\u{FEFF}a\tb\r\n1\t\r\n\r\n\n2\tx", csv: false)
    #expect(result.header == ["a", "b"])
    #expect(result.rows.map(\.fields) == [["1", ""], ["2", "x"]])
    #expect(result.rows.map(\.line) == [2, 5])
  }

  /// Every chunk size, down to rows split across many reads, gives the same rows.
  @Test func chunkBoundariesDoNotChangeTheResult() throws {
    var text = "user,item,title\n"
    for k in 0..<50 {
      text += "u\(k),i\(k % 7),\"t \(k), \"\"q\"\"\nsecond line é\"\r\n"
    }
    let reference = try rows(text)
    #expect(reference.rows.count == 50)
    #expect(reference.rows[49].fields[2] == "t 49, \"q\"\nsecond line é")
    #expect(reference.rows[49].line == 2 + 49 * 2)
    for chunk in [16, 17, 31, 64, 1000] {
      let chunked = try rows(text, chunkSize: chunk)
      #expect(chunked.rows.map(\.fields) == reference.rows.map(\.fields), "chunk \(chunk)")
      #expect(chunked.rows.map(\.line) == reference.rows.map(\.line), "chunk \(chunk)")
    }
  }

  @Test func utf8ValidationRejectsOverlongAndSurrogates() {
    func check(_ bytes: [UInt8]) -> Int? {
      bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    }
    #expect(check(Array("naïve 東京 🎵".utf8)) == nil)
    #expect(check([0x61, 0xC0, 0xAF]) == 1)  // overlong "/"
    #expect(check([0xED, 0xA0, 0x80]) == 0)  // a UTF-16 surrogate
    #expect(check([0xF4, 0x90, 0x80, 0x80]) == 0)  // past U+10FFFF
    #expect(check([0x61, 0x62, 0xE6, 0x9D]) == 2)  // truncated
  }

  @Test func numbersFromBytes() {
    func parse(_ text: String) -> Double? {
      Array(text.utf8).withUnsafeBufferPointer { NumberParsing.double($0) }
    }
    #expect(parse("881250949") == 881_250_949)
    #expect(parse("-12") == -12)
    #expect(parse("3.5") == 3.5)
    #expect(parse("1e3") == 1000)
    #expect(parse("0x10") == nil)
    #expect(parse("five") == nil)
    #expect(parse("") == nil)
    #expect(parse("nan")?.isNaN == true)
    #expect(parse("1234567890123456789") == Double("1234567890123456789"))
  }
}

extension DelimitedReaderTests {
  /// A reader that fails on its header closes its file exactly once: no descriptor leaks.
  @Test func failedOpenLeavesNoDescriptorOpen() throws {
    let path = NSTemporaryDirectory() + "crosslens-empty-\(UUID().uuidString).tsv"
    try Data().write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    func openDescriptors() -> Int {
      (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }
    let before = openDescriptors()
    for _ in 0..<200 {
      #expect(throws: ImportError(file: path, fault: .emptyFile)) {
        try DelimitedReader(path: path)
      }
    }
    // Other tests run alongside and open files too; a leak would add 200.
    #expect(openDescriptors() < before + 100)
  }
}
