/// Fusion weights learned per target domain and per situation — warm (the user has history in
/// the target domain) or cold (none) — with a pooled fallback where a situation had too few cases.
public struct LearnedWeights: Sendable, Codable, Hashable {
  /// One fit: which cases, how many, the mean NDCG@10 reached on them and the weights.
  public struct Fit: Sendable, Codable, Hashable {
    public var target: Int
    public var coldStart: Bool
    public var cases: Int
    public var ndcg: Double
    public var weights: [String: Float]

    public init(target: Int, coldStart: Bool, cases: Int, ndcg: Double, weights: [String: Float]) {
      self.target = target
      self.coldStart = coldStart
      self.cases = cases
      self.ndcg = ndcg
      self.weights = weights
    }
  }

  public var fits: [Fit]
  /// Weights fitted on all warm cases together; used where no specific fit exists.
  public var pooled: [String: Float]

  public init(fits: [Fit], pooled: [String: Float]) {
    self.fits = fits
    self.pooled = pooled
  }

  /// The weights for requests into `target`, for users with (warm) or without (cold) history
  /// there.
  public func weights(target: Int, coldStart: Bool) -> [String: Float] {
    fit(target: target, coldStart: coldStart)?.weights ?? pooled
  }

  /// The fit for requests into `target` in that situation; `nil` where the pooled weights serve.
  public func fit(target: Int, coldStart: Bool) -> Fit? {
    fits.first { $0.target == target && $0.coldStart == coldStart }
  }
}
