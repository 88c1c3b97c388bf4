import Testing

@testable import CrossLensCore

@Suite struct CSRMatrixTests {
  @Test func tripletsSumDuplicatesAndSortColumns() {
    let m = CSRMatrix(rows: 2, columns: 3, triplets: [(1, 2, 1), (0, 1, 2), (1, 0, 3), (1, 2, 4)])
    #expect(m.rowPointers == [0, 1, 3])
    #expect(m.columnIndices == [1, 0, 2])
    #expect(m.values == [2, 3, 5])
    #expect(m.checkInvariants())
  }

  @Test func transposeTwiceIsIdentity() {
    let m = CSRMatrix(rows: 3, columns: 4, triplets: [(0, 3, 1), (2, 0, 2), (1, 1, 3), (2, 3, 4)])
    let t = m.transposed()
    #expect(t.rows == 4 && t.columns == 3)
    #expect(t.row(3).columns.elementsEqual([0, 2]))
    #expect(t.transposed() == m)
  }
}
