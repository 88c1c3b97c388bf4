/// The knobs of one ranking request, all adjustable live without refitting anything.
///
/// See README "Numbers shown" for the definitions these feed: `score = Σ_c w_c·z_c`,
/// `penalty = λ·c(i)/σ_c`, `finalScore = score − penalty`, and the filter `sim ≥ τ`.
public struct RankingParameters: Sendable, Hashable, Codable {
  /// How many rows to return (the top k). Values below 1 return no rows.
  public var k: Int
  /// The concentration penalty λ ≥ 0; `0` is pure relevance order.
  public var lambda: Float
  /// The similarity threshold τ in [-1, 1]: items with `sim < τ` are filtered out.
  /// `-1` filters nothing.
  public var tau: Float
  /// Weight per component name; a component missing here has weight 0.
  public var weights: [String: Float]
  /// Leave out target-domain items already in the user's history (default true).
  public var excludeSeen: Bool

  public init(
    k: Int = 10, lambda: Float = 0, tau: Float = -1, weights: [String: Float] = [:],
    excludeSeen: Bool = true
  ) {
    self.k = k
    self.lambda = lambda
    self.tau = tau
    self.weights = weights
    self.excludeSeen = excludeSeen
  }

  /// The weight of component `name` (0 when absent).
  public func weight(of name: String) -> Float { weights[name] ?? 0 }
}
