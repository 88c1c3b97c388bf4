import CBLAS

extension ImplicitALS {
  /// The training objective `Σ_{u,i} c_ui (p_ui − x_uᵀy_i)² + λ(‖X‖² + ‖Y‖²)` over all
  /// user–item pairs, computed without visiting the zeros: for each user,
  /// `x_uᵀ(YᵀY)x_u` covers every pair as if unobserved (`c = 1`, `p = 0`), and each observed
  /// item `i` (score `s`) replaces its `s²` with `c (1 − s)²`.
  ///
  /// - Complexity: O(nnz·f + users·f²), parallel over users.
  static func objective(
    _ matrix: CSRMatrix, users: Matrix, items: Matrix, parameters: Parameters
  ) -> Double {
    let f = parameters.factors
    let gram = items.gram().values
    let alpha = parameters.alpha
    let parts: [Double] = users.values.withUnsafeBufferPointer { x in
      items.values.withUnsafeBufferPointer { y in
        nonisolated(unsafe) let xBase = x.baseAddress!
        nonisolated(unsafe) let yBase = y.baseAddress!
        return parallelChunks(count: matrix.rows, threads: parameters.threads) { range in
          var total: Double = 0
          var gx = [Float](repeating: 0, count: f)
          for u in range {
            let xu = xBase + u * f
            cblas_ssymv(CblasRowMajor, CblasUpper, Int32(f), 1, gram, Int32(f), xu, 1, 0, &gx, 1)
            total += Double(cblas_sdot(Int32(f), xu, 1, gx, 1))
            let (columns, values) = matrix.row(u)
            for (i, v) in zip(columns, values) where v > 0 {
              let s = Double(cblas_sdot(Int32(f), xu, 1, yBase + Int(i) * f, 1))
              let c = 1 + Double(alpha) * Double(v)
              total += c * (1 - s) * (1 - s) - s * s
            }
          }
          return total
        }
      }
    }
    func squaredNorm(_ m: Matrix) -> Double { m.values.reduce(0) { $0 + Double($1) * Double($1) } }
    return parts.reduce(0, +)
      + Double(parameters.regularization) * (squaredNorm(users) + squaredNorm(items))
  }
}
