import Foundation
import Testing

@testable import CrossLensCore

/// One test per fault in `Tests/Fixtures/bad`: the import fails with a message naming the
/// file, the line, the column and the fault.
@Suite struct ImportErrorTests {
  static let bad = TestPaths.fixtures.appendingPathComponent("bad").path

  /// The error importing the fixture folder `name` raises.
  func failure(_ name: String, _ adjust: (inout ImportPlan) -> Void = { _ in }) throws -> String {
    let folder = "\(Self.bad)/\(name)"
    var plan = try ImportLayout.plan(for: folder)
    adjust(&plan)
    do {
      _ = try DatasetImporter(plan: plan).run()
    } catch let error as ImportError {
      return error.description
    }
    Issue.record("importing \(name) did not fail")
    return ""
  }

  @Test func missingRequiredColumn() throws {
    #expect(
      try failure("missing-column")
        == "\(Self.bad)/missing-column/items.tsv:1: missing required column \"item_id\" or \"item\" or \"itemid\" or \"id\" or \"asin\" (the header has: sku, domain, title)"
    )
  }

  @Test func explicitlyNamedColumnMissing() throws {
    let message = try failure("missing-column") { $0.columns.itemID = "product" }
    #expect(
      message.hasSuffix(
        "items.tsv:1: missing required column \"product\" (the header has: sku, domain, title)"))
  }

  @Test func emptyID() throws {
    #expect(
      try failure("empty-id")
        == "\(Self.bad)/empty-id/interactions.tsv:3: column \"user_id\": empty id")
  }

  @Test func unknownItem() throws {
    #expect(
      try failure("unknown-item")
        == "\(Self.bad)/unknown-item/interactions.tsv:3: column \"item_id\": unknown item \"tb9\" (not in the items file)"
    )
  }

  @Test func nonNumericRating() throws {
    #expect(
      try failure("rating-not-a-number")
        == "\(Self.bad)/rating-not-a-number/interactions.tsv:2: column \"rating\": \"five\" is not a number"
    )
  }

  @Test func nanRating() throws {
    #expect(
      try failure("rating-nan")
        == "\(Self.bad)/rating-nan/interactions.tsv:3: column \"rating\": \"NaN\" is not a finite number"
    )
  }

  @Test func infiniteRating() throws {
    #expect(
      try failure("rating-infinite")
        == "\(Self.bad)/rating-infinite/interactions.tsv:2: column \"rating\": \"inf\" is not a finite number"
    )
  }

  @Test func itemInTwoDomains() throws {
    #expect(
      try failure("conflicting-domain")
        == "\(Self.bad)/conflicting-domain/items.tsv:5: column \"domain\": item \"tb1\" is in domain \"Movies\" here but in \"Books\" at \(Self.bad)/conflicting-domain/items.tsv:2"
    )
  }

  @Test func userGivenTwoGroups() throws {
    #expect(
      try failure("conflicting-user-group")
        == "\(Self.bad)/conflicting-user-group/users.tsv:4: column \"group\": user \"u1\" has group \"valid\" here but \"train\" at \(Self.bad)/conflicting-user-group/users.tsv:2"
    )
  }

  /// Both forms of one table would be read twice, counting every row double.
  @Test func oneTableInTwoFiles() throws {
    let folder = "\(Self.bad)/items-twice"
    #expect(
      throws: ImportError(
        file: folder, fault: .unrecognizedLayout(reason: "both items.csv and items.tsv; keep one"))
    ) {
      try ImportLayout.plan(for: folder)
    }
  }

  @Test func invalidUTF8() throws {
    #expect(
      try failure("invalid-utf8")
        == "\(Self.bad)/invalid-utf8/items.tsv:3: column \"title\": invalid UTF-8 at byte 4"
    )
  }

  @Test func wrongFieldCount() throws {
    #expect(
      try failure("wrong-field-count")
        == "\(Self.bad)/wrong-field-count/interactions.tsv:3: expected 4 fields as in the header, found 3"
    )
  }

  @Test func unterminatedQuote() throws {
    #expect(
      try failure("unterminated-quote")
        == "\(Self.bad)/unterminated-quote/items.csv:2: unterminated quoted field (the quote opened on line 2)"
    )
  }

  @Test func textAfterClosingQuote() throws {
    #expect(
      try failure("text-after-quote")
        == "\(Self.bad)/text-after-quote/items.csv:2: column \"title\": text after a closing quote (a quote inside a quoted field must be doubled)"
    )
  }

  @Test func emptyFile() throws {
    #expect(
      try failure("empty-file")
        == "\(Self.bad)/empty-file/items.tsv: the file is empty (expected a header row)")
  }

  @Test func headerOnly() throws {
    #expect(
      try failure("header-only")
        == "\(Self.bad)/header-only/interactions.tsv: the file has a header row but no data rows")
  }

  @Test func domainWithoutItems() throws {
    let message = try failure("domain-without-items") {
      $0.declaredDomains = ["Books", "Movies", "Music"]
    }
    #expect(message == "\(Self.bad)/domain-without-items/items.tsv: domain \"Music\" has no items")
  }

  @Test func undeclaredDomain() throws {
    let message = try failure("domain-without-items") { $0.declaredDomains = ["Books"] }
    #expect(
      message
        == "\(Self.bad)/domain-without-items/items.tsv:4: column \"domain\": domain \"Movies\" is not among the declared domains (Books)"
    )
  }

  @Test func missingPath() throws {
    let path = "\(Self.bad)/no-such-folder"
    #expect(throws: ImportError(file: path, fault: .notFound)) { try ImportLayout.plan(for: path) }
    #expect(
      ImportError(file: path, fault: .notFound).description == "\(path): no such file or directory")
  }

  @Test func directoryWhereAFileIsExpected() throws {
    let path = "\(Self.bad)/header-only"
    let error = #expect(throws: ImportError.self) { try DelimitedReader(path: path) }
    #expect(error?.description == "\(path): is a directory, expected a file")
  }

  @Test(.enabled(if: getuid() != 0, "root reads any file: the fault cannot be staged"))
  func unreadableFile() throws {
    let path = NSTemporaryDirectory() + "crosslens-unreadable-\(getpid()).tsv"
    _ = FileManager.default.createFile(atPath: path, contents: Data("a\n1\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    chmod(path, 0)
    let error = #expect(throws: ImportError.self) { try DelimitedReader(path: path) }
    #expect(error?.description == "\(path): cannot be read: Permission denied")
  }

  @Test func recBoleUnknownType() throws {
    #expect(
      try failure("recbole-bad-type")
        == "\(Self.bad)/recbole-bad-type/x.inter:1: column \"item_id:integer\": unknown field type \"integer\" (expected token, token_seq, float or float_seq)"
    )
  }

  @Test func recBoleUntypedHeader() throws {
    #expect(
      try failure("recbole-no-type")
        == "\(Self.bad)/recbole-no-type/x.inter:1: header field \"user_id\" is not of the form name:type"
    )
  }

  @Test func recBoleNonNumericFloatSeq() throws {
    #expect(
      try failure("recbole-float-seq")
        == "\(Self.bad)/recbole-float-seq/x.item:2: column \"vec\": \"abc\" is not a number")
  }
}
