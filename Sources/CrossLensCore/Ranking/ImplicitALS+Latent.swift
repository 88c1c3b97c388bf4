extension ImplicitALS {
  /// The cosine between the query's folded-in user vector and each candidate's item factors
  /// (0 for a zero factor); `nil` when the history gives no user vector.
  ///
  /// - Complexity: O(|H|·f² + f³ + |candidates|·f).
  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? {
    guard !query.history.isEmpty, let x = try? foldIn(query.history) else { return nil }
    let xNorm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard xNorm > 0 else { return nil }
    let dots = scores(userVector: x, candidates: candidates)
    let f = parameters.factors
    return zip(candidates, dots).map { i, dot in
      guard i >= 0, Int(i) < itemFactors.rows else { return 0 }
      var norm: Float = 0
      for k in 0..<f {
        norm += itemFactors.values[Int(i) * f + k] * itemFactors.values[Int(i) * f + k]
      }
      return norm > 0 ? dot / (norm.squareRoot() * xNorm) : 0
    }
  }
}
