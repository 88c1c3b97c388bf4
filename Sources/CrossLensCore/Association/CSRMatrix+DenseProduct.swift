import CBLAS

extension CSRMatrix {
  /// `self · dense`, a dense rows × dense.columns matrix: each stored entry adds a scaled row
  /// of `dense` (`saxpy`).
  ///
  /// - Complexity: O(nnz · dense.columns).
  public func multiply(_ dense: Matrix) -> Matrix {
    precondition(
      dense.rows == columns, "CSRMatrix.multiply: \(columns) columns, \(dense.rows) rows")
    let n = dense.columns
    var out = Matrix(rows: rows, columns: n)
    guard n > 0 else { return out }
    dense.values.withUnsafeBufferPointer { d in
      out.values.withUnsafeMutableBufferPointer { o in
        for r in 0..<rows {
          for k in rowPointers[r]..<rowPointers[r + 1] {
            cblas_saxpy(
              Int32(n), values[k], d.baseAddress! + Int(columnIndices[k]) * n, 1,
              o.baseAddress! + r * n, 1)
          }
        }
      }
    }
    return out
  }

  /// The same matrix, dense.
  public func densified() -> Matrix {
    var m = Matrix(rows: rows, columns: columns)
    for r in 0..<rows {
      for k in rowPointers[r]..<rowPointers[r + 1] {
        m.values[r * columns + Int(columnIndices[k])] = values[k]
      }
    }
    return m
  }
}
