import CBLAS

extension Matrix {
  /// `selfᵀ · x` (equivalently the row vector `xᵀ · self`), through `cblas_sgemv`.
  ///
  /// - Complexity: O(rows · columns).
  public func transposedMultiply(_ x: [Float]) -> [Float] {
    precondition(
      x.count == rows, "Matrix.transposedMultiply: vector of \(x.count) for \(rows) rows")
    var y = [Float](repeating: 0, count: columns)
    guard rows > 0, columns > 0 else { return y }
    cblas_sgemv(
      CblasRowMajor, CblasTrans, Int32(rows), Int32(columns), 1, values, Int32(columns), x, 1, 0,
      &y, 1)
    return y
  }
}
