import CrossLensCore

/// The obvious dense computation of item-kNN's shrunk cosine, to check the sparse fit against.
enum ReferenceItemSimilarity {
  /// `sim[i][j] = c(i,j) / (√(n(i) n(j)) + shrinkage)` for `i ≠ j`, 0 on the diagonal, from a
  /// dense 0/1 copy of the matrix.
  static func similarities(_ m: CSRMatrix, shrinkage: Float) -> [[Float]] {
    var binary = [[Float]](repeating: [Float](repeating: 0, count: m.columns), count: m.rows)
    for u in 0..<m.rows {
      let (items, values) = m.row(u)
      for (i, v) in zip(items, values) where v > 0 { binary[u][Int(i)] = 1 }
    }
    var sim = [[Float]](repeating: [Float](repeating: 0, count: m.columns), count: m.columns)
    for i in 0..<m.columns {
      for j in 0..<m.columns where i != j {
        var together: Float = 0
        var ni: Float = 0
        var nj: Float = 0
        for u in 0..<m.rows {
          together += binary[u][i] * binary[u][j]
          ni += binary[u][i]
          nj += binary[u][j]
        }
        sim[i][j] = together == 0 ? 0 : together / ((ni * nj).squareRoot() + shrinkage)
      }
    }
    return sim
  }
}
