/// The slow, obvious implicit ALS: every user–item pair visited, every system formed densely in
/// `Double` and solved by textbook Cholesky. It exists to check `ImplicitALS` against; use it
/// only on small matrices.
///
/// Same objective, same initialisation (from the seed) and same update order as `ImplicitALS`.
public enum ReferenceALS {
  /// Returns the factors and the objective after each iteration.
  ///
  /// - Complexity: O(iterations · (users + items) · (users·items·f² / min(users, items) + f³)).
  public static func fit(_ ratings: CSRMatrix, parameters: ImplicitALS.Parameters) -> (
    users: Matrix, items: Matrix, objectives: [Double]
  ) {
    let f = parameters.factors
    var rng = SplitMix64(seed: parameters.seed)
    var x = (0..<ratings.rows).map { _ in (0..<f).map { _ in Double(rng.nextUnit() * 0.01) } }
    var y = (0..<ratings.columns).map { _ in (0..<f).map { _ in Double(rng.nextUnit() * 0.01) } }
    var value = [[Double]](
      repeating: [Double](repeating: 0, count: ratings.columns), count: ratings.rows)
    for u in 0..<ratings.rows {
      let (columns, values) = ratings.row(u)
      for (i, v) in zip(columns, values) where v > 0 { value[u][Int(i)] = Double(v) }
    }
    let transposedValue = (0..<ratings.columns).map { i in (0..<ratings.rows).map { value[$0][i] } }
    let alpha = Double(parameters.alpha)
    let lambda = Double(parameters.regularization)
    var objectives: [Double] = []
    for _ in 0..<parameters.iterations {
      x = x.indices.map { solveRow(values: value[$0], other: y, alpha: alpha, lambda: lambda) }
      y = y.indices.map {
        solveRow(values: transposedValue[$0], other: x, alpha: alpha, lambda: lambda)
      }
      var total = 0.0
      for u in x.indices {
        for i in y.indices {
          let s = zip(x[u], y[i]).reduce(0.0) { $0 + $1.0 * $1.1 }
          let p: Double = value[u][i] > 0 ? 1 : 0
          total += (1 + alpha * value[u][i]) * (p - s) * (p - s)
        }
      }
      let norms = (x + y).reduce(0.0) { $0 + $1.reduce(0.0) { $0 + $1 * $1 } }
      objectives.append(total + lambda * norms)
    }
    func dense(_ rows: [[Double]]) -> Matrix {
      Matrix(rows: rows.count, columns: f, values: rows.flatMap { $0.map(Float.init) })
    }
    return (dense(x), dense(y), objectives)
  }

  /// `(Σ_i c_i y_i y_iᵀ + λI)⁻¹ Σ_i c_i p_i y_i` over every column `i`.
  static func solveRow(values: [Double], other: [[Double]], alpha: Double, lambda: Double)
    -> [Double]
  {
    let f = other.first?.count ?? 0
    var a = [[Double]](repeating: [Double](repeating: 0, count: f), count: f)
    var b = [Double](repeating: 0, count: f)
    for (i, y) in other.enumerated() {
      let c = 1 + alpha * values[i]
      let p: Double = values[i] > 0 ? 1 : 0
      for r in 0..<f {
        b[r] += c * p * y[r]
        for s in 0..<f { a[r][s] += c * y[r] * y[s] }
      }
    }
    for r in 0..<f { a[r][r] += lambda }
    return choleskySolve(a, b)
  }

  /// Solves `a·x = b` for symmetric positive definite `a`: `a = L Lᵀ`, then two triangular
  /// substitutions.
  static func choleskySolve(_ a: [[Double]], _ b: [Double]) -> [Double] {
    let n = b.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for j in 0..<n {
      var d = a[j][j]
      for k in 0..<j { d -= l[j][k] * l[j][k] }
      l[j][j] = d.squareRoot()
      for i in (j + 1)..<max(n, j + 1) {
        var s = a[i][j]
        for k in 0..<j { s -= l[i][k] * l[j][k] }
        l[i][j] = s / l[j][j]
      }
    }
    var z = [Double](repeating: 0, count: n)
    for i in 0..<n {
      var s = b[i]
      for k in 0..<i { s -= l[i][k] * z[k] }
      z[i] = s / l[i][i]
    }
    var x = [Double](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      var s = z[i]
      for k in (i + 1)..<max(n, i + 1) { s -= l[k][i] * x[k] }
      x[i] = s / l[i][i]
    }
    return x
  }
}
