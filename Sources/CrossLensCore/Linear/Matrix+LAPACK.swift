import CBLAS

extension Matrix {
  /// Solves `self · X = B` for symmetric positive definite `self` (Cholesky, `sposv`).
  ///
  /// - Complexity: O(n³/3 + n²·nrhs).
  public func solveSPD(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    precondition(
      rows == columns && b.rows == rows,
      "solveSPD: shapes \(rows)×\(columns), \(b.rows)×\(b.columns)")
    var a = values
    var x = b
    let info = LAPACKE_sposv(
      LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "U")), Int32(rows), Int32(b.columns), &a, Int32(rows),
      &x.values, Int32(b.columns))
    guard info == 0 else { throw LinearAlgebraError(routine: "sposv", info: info) }
    return x
  }

  /// Thin singular value decomposition `self = U · diag(S) · Vᵀ` (`sgesdd`).
  ///
  /// Returns `u` (rows × r), singular values descending (r), and `vt` (r × columns), with
  /// r = min(rows, columns).
  public func svd() throws(LinearAlgebraError) -> (u: Matrix, s: [Float], vt: Matrix) {
    let r = Swift.min(rows, columns)
    var a = values
    var s = [Float](repeating: 0, count: r)
    var u = Matrix(rows: rows, columns: r)
    var vt = Matrix(rows: r, columns: columns)
    guard r > 0 else { return (u, s, vt) }
    let info = LAPACKE_sgesdd(
      LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "S")), Int32(rows), Int32(columns), &a, Int32(columns),
      &s, &u.values, Int32(r), &vt.values, Int32(columns))
    guard info == 0 else { throw LinearAlgebraError(routine: "sgesdd", info: info) }
    return (u, s, vt)
  }

  /// Ridge regression in closed form: the `W` minimising ‖X·W − Y‖² + λ‖W‖², i.e.
  /// `(XᵀX + λI)⁻¹ XᵀY`. `self` is `X`.
  public func ridge(_ y: Matrix, lambda: Float) throws(LinearAlgebraError) -> Matrix {
    var g = gram()
    for i in 0..<columns { g.values[i * columns + i] += lambda }
    return try g.solveSPD(Matrix.multiply(self, transposeA: true, y))
  }
}
