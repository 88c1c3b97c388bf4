/// The leading singular triplets of a sparse matrix, `M ≈ U · diag(s) · Vᵀ`.
///
/// Small matrices are densified and decomposed exactly (LAPACK `sgesdd`); large ones by
/// randomized SVD (Halko, Martinsson & Tropp 2011): a Gaussian test matrix with
/// `rank + oversampling` columns, `powerIterations` rounds of re-orthonormalised power
/// iteration on the sparse matrix, then the exact SVD of the small projected matrix.
public struct TruncatedSVD: Sendable {
  /// Exact LAPACK `sgesdd`, randomized SVD, or the choice by size.
  public enum Method: Sendable, Hashable, Codable {
    /// Exact when rows × columns ≤ `exactCellLimit`, randomized otherwise.
    case automatic
    case exact
    case randomized
  }

  /// rows × r.
  public var u: Matrix
  /// r singular values, descending.
  public var s: [Float]
  /// columns × r (V, not Vᵀ).
  public var v: Matrix

  public static let exactCellLimit = 4_000_000

  /// - Complexity: exact O(m·n·min(m, n)); randomized O((2q + 2)·nnz·l + (m + n)·l²), with
  ///   `l = rank + oversampling`.
  public init(
    _ m: CSRMatrix, rank: Int, method: Method = .automatic, oversampling: Int = 10,
    powerIterations: Int = 3, seed: UInt64 = 0
  ) throws(LinearAlgebraError) {
    let r = max(0, min(rank, m.rows, m.columns))
    let exact: Bool
    switch method {
    case .exact: exact = true
    case .randomized: exact = false
    case .automatic: exact = m.rows * m.columns <= Self.exactCellLimit
    }
    if exact {
      let (u, s, vt) = try m.densified().svd()
      self.init(u: u, s: s, vt: vt, keeping: r)
      return
    }
    let l = min(r + max(0, oversampling), m.rows, m.columns)
    let mt = m.transposed()
    var rng = SplitMix64(seed: seed)
    var omega = Matrix(rows: m.columns, columns: l)
    for k in omega.values.indices { omega.values[k] = rng.nextGaussian() }
    var q = try m.multiply(omega).orthonormalColumns()
    for _ in 0..<max(0, powerIterations) {
      let z = try mt.multiply(q).orthonormalColumns()
      q = try m.multiply(z).orthonormalColumns()
    }
    // B = Qᵀ M (l × n) = (Mᵀ Q)ᵀ
    let b = mt.multiply(q).transposed()
    let (ub, s, vt) = try b.svd()
    self.init(u: Matrix.multiply(q, ub), s: s, vt: vt, keeping: r)
  }

  private init(u: Matrix, s: [Float], vt: Matrix, keeping r: Int) {
    var uk = Matrix(rows: u.rows, columns: r)
    for row in 0..<u.rows {
      for c in 0..<r { uk[row, c] = u[row, c] }
    }
    var vk = Matrix(rows: vt.columns, columns: r)
    for c in 0..<r {
      for row in 0..<vt.columns { vk[row, c] = vt[c, row] }
    }
    self.u = uk
    self.s = Array(s.prefix(r))
    self.v = vk
  }
}
