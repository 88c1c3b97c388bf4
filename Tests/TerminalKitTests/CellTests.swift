import Testing

@testable import TerminalKit

@Suite struct CellTests {
  @Test func defaultCellIsBlank() {
    #expect(Cell().character == " ")
    #expect(Cell().attributes.isEmpty)
  }
}
