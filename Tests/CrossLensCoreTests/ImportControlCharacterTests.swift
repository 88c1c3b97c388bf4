import Foundation
import Testing

@testable import CrossLensCore

/// Control characters in item text become spaces at import, so no title can carry an escape
/// sequence to a terminal, break a table row, or be cut at a NUL by SQLite.
@Suite struct ImportControlCharacterTests {
  @Test func importReplacesControlCharactersAndSaysSo() throws {
    let folder = "\(TestPaths.fixtures.path)/warnings/control-characters"
    let result = try ImportLayout.load(folder)
    let items = result.dataset.items
    #expect(items.map(\.title) == ["Dune [31mRED", "Plain Kettle", "Du ne tab"])
    #expect(items[0].description == "two lines")
    #expect(result.warnings.count(.controlCharactersReplaced) == 2)
    #expect(
      result.warnings.description
        == "warning: 2 item texts with control characters (line breaks, tabs, escapes) replaced by spaces (first: \(folder)/items.tsv:2)"
    )
    // Stored and read back whole (a NUL would have cut the title).
    let temporary = try TemporaryDirectory()
    let store = try Store.create(at: temporary.file("s.sqlite"), from: result.dataset)
    #expect(try store.loadDataset().items.map(\.title) == items.map(\.title))
  }

  @Test func replacementCoversC0DelAndC1Only() {
    #expect(DatasetImporter.controlCharactersReplaced("plain é ★") == nil)
    #expect(
      DatasetImporter.controlCharactersReplaced("a\u{7F}b\u{85}c\u{9F}d\u{A0}") == "a b c d\u{A0}")
    #expect(DatasetImporter.controlCharactersReplaced("\r\n") == "  ")
  }
}
