import CBLAS

extension Matrix {
  /// An orthonormal basis of the column space: the `Q` of a thin QR factorisation
  /// (`sgeqrf` then `sorgqr`), rows × min(rows, columns).
  ///
  /// - Complexity: O(rows · columns²).
  public func orthonormalColumns() throws(LinearAlgebraError) -> Matrix {
    let k = Swift.min(rows, columns)
    guard k > 0 else { return Matrix(rows: rows, columns: 0) }
    var a = values
    var tau = [Float](repeating: 0, count: k)
    var info = LAPACKE_sgeqrf(
      LAPACK_ROW_MAJOR, Int32(rows), Int32(columns), &a, Int32(columns), &tau)
    guard info == 0 else { throw LinearAlgebraError(routine: "sgeqrf", info: info) }
    info = LAPACKE_sorgqr(
      LAPACK_ROW_MAJOR, Int32(rows), Int32(k), Int32(k), &a, Int32(columns), &tau)
    guard info == 0 else { throw LinearAlgebraError(routine: "sorgqr", info: info) }
    if k == columns { return Matrix(rows: rows, columns: k, values: a) }
    var q = Matrix(rows: rows, columns: k)
    for r in 0..<rows {
      for c in 0..<k { q.values[r * k + c] = a[r * columns + c] }
    }
    return q
  }
}
