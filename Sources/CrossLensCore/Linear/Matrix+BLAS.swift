import CBLAS

extension Matrix {
  /// `alpha · op(a) · op(b)`, through `cblas_sgemm`.
  ///
  /// - Complexity: O(m·n·k) flops in BLAS.
  public static func multiply(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    alpha: Float = 1
  ) -> Matrix {
    let m = transposeA ? a.columns : a.rows
    let k = transposeA ? a.rows : a.columns
    let kb = transposeB ? b.columns : b.rows
    let n = transposeB ? b.rows : b.columns
    precondition(k == kb, "Matrix.multiply: inner dimensions \(k) and \(kb) differ")
    var c = Matrix(rows: m, columns: n)
    guard m > 0, n > 0, k > 0 else { return c }
    a.values.withUnsafeBufferPointer { pa in
      b.values.withUnsafeBufferPointer { pb in
        c.values.withUnsafeMutableBufferPointer { pc in
          cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), alpha,
            pa.baseAddress, Int32(a.columns), pb.baseAddress, Int32(b.columns), 0,
            pc.baseAddress, Int32(n))
        }
      }
    }
    return c
  }

  /// `self · x` for a vector `x`, through `cblas_sgemv`.
  public func multiply(_ x: [Float]) -> [Float] {
    precondition(x.count == columns, "Matrix.multiply: vector of \(x.count) for \(columns) columns")
    var y = [Float](repeating: 0, count: rows)
    guard rows > 0, columns > 0 else { return y }
    cblas_sgemv(
      CblasRowMajor, CblasNoTrans, Int32(rows), Int32(columns), 1, values, Int32(columns), x, 1, 0,
      &y, 1)
    return y
  }

  /// `selfᵀ · self` (the Gram matrix), through `cblas_ssyrk`, both triangles filled.
  public func gram() -> Matrix {
    var g = Matrix(rows: columns, columns: columns)
    guard rows > 0, columns > 0 else { return g }
    cblas_ssyrk(
      CblasRowMajor, CblasUpper, CblasTrans, Int32(columns), Int32(rows), 1, values,
      Int32(columns), 0, &g.values, Int32(columns))
    for i in 0..<columns {
      for j in 0..<i { g.values[i * columns + j] = g.values[j * columns + i] }
    }
    return g
  }

  /// The transpose, as a new row-major matrix.
  ///
  /// - Complexity: O(rows · columns).
  public func transposed() -> Matrix {
    var t = Matrix(rows: columns, columns: rows)
    for r in 0..<rows { for c in 0..<columns { t.values[c * rows + r] = values[r * columns + c] } }
    return t
  }
}
