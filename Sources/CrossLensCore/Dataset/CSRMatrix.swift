/// A compressed-sparse-row matrix of `Float`.
///
/// Row `r` holds columns `columnIndices[rowPointers[r]..<rowPointers[r+1]]`, ascending and
/// distinct, with `values` alongside.
public struct CSRMatrix: Sendable, Equatable {
  public let rows: Int
  public let columns: Int
  public let rowPointers: [Int]
  public let columnIndices: [Int32]
  public let values: [Float]

  public var nonZeroCount: Int { values.count }

  public init(rows: Int, columns: Int, rowPointers: [Int], columnIndices: [Int32], values: [Float])
  {
    self.rows = rows
    self.columns = columns
    self.rowPointers = rowPointers
    self.columnIndices = columnIndices
    self.values = values
    assert(checkInvariants(), "CSRMatrix invariants violated")
  }

  /// Builds a matrix from (row, column, value) triplets; duplicates are summed.
  ///
  /// - Complexity: O(nnz log nnz).
  public init(rows: Int, columns: Int, triplets: [(row: Int32, column: Int32, value: Float)]) {
    let sorted = triplets.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    var pointers = [Int](repeating: 0, count: rows + 1)
    var cols: [Int32] = []
    var vals: [Float] = []
    cols.reserveCapacity(sorted.count)
    vals.reserveCapacity(sorted.count)
    var lastRow: Int32 = -1
    var lastColumn: Int32 = -1
    for t in sorted {
      if t.row == lastRow && t.column == lastColumn {
        vals[vals.count - 1] += t.value
        continue
      }
      pointers[Int(t.row) + 1] += 1
      cols.append(t.column)
      vals.append(t.value)
      lastRow = t.row
      lastColumn = t.column
    }
    for r in 0..<rows { pointers[r + 1] += pointers[r] }
    self.init(
      rows: rows, columns: columns, rowPointers: pointers, columnIndices: cols, values: vals)
  }

  /// The column indices and values of row `r`.
  @inlinable
  public func row(_ r: Int) -> (columns: ArraySlice<Int32>, values: ArraySlice<Float>) {
    let range = rowPointers[r]..<rowPointers[r + 1]
    return (columnIndices[range], values[range])
  }

  /// The transpose, also in CSR form (that is, this matrix in CSC form).
  ///
  /// - Complexity: O(nnz + rows + columns).
  public func transposed() -> CSRMatrix {
    var pointers = [Int](repeating: 0, count: columns + 1)
    for c in columnIndices { pointers[Int(c) + 1] += 1 }
    for c in 0..<columns { pointers[c + 1] += pointers[c] }
    var next = pointers
    var cols = [Int32](repeating: 0, count: nonZeroCount)
    var vals = [Float](repeating: 0, count: nonZeroCount)
    for r in 0..<rows {
      for k in rowPointers[r]..<rowPointers[r + 1] {
        let c = Int(columnIndices[k])
        cols[next[c]] = Int32(r)
        vals[next[c]] = values[k]
        next[c] += 1
      }
    }
    return CSRMatrix(
      rows: columns, columns: rows, rowPointers: pointers, columnIndices: cols, values: vals)
  }

  /// True when pointers are monotone, columns in range and strictly ascending within rows.
  public func checkInvariants() -> Bool {
    guard rowPointers.count == rows + 1, rowPointers.first == 0,
      rowPointers.last == columnIndices.count, columnIndices.count == values.count
    else { return false }
    for r in 0..<rows {
      let start = rowPointers[r]
      let end = rowPointers[r + 1]
      guard start <= end else { return false }
      var previous: Int32 = -1
      for k in start..<end {
        let c = columnIndices[k]
        guard c > previous, c < columns else { return false }
        previous = c
      }
    }
    return true
  }
}
