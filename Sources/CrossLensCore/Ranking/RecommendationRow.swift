/// One ranked (or filtered) item of a recommendation list, with every number behind its place.
public struct RecommendationRow: Sendable, Hashable {
  /// 1-based position in the list; 0 for a filtered row (it has no place).
  public var rank: Int
  public var item: Int32
  /// The fused relevance `Σ_c w_c·z_c`, before the penalty.
  public var score: Float
  /// `sim(u, i)`: the weighted mean of the latent components' cosines, in [-1, 1].
  public var sim: Float
  /// Per component name: `w_c·z_c`. They sum to `score`.
  public var contributions: [String: Float]
  /// `λ·c(i)/σ_c` (see `CandidateScores.penalty`).
  public var penalty: Float
  /// `score − penalty`, the sort key.
  public var finalScore: Float
  /// Why the row was filtered (e.g. `sim 0.03 < τ 0.10`); `nil` for a shown row.
  public var filteredReason: String?

  public init(
    rank: Int, item: Int32, score: Float, sim: Float, contributions: [String: Float],
    penalty: Float, finalScore: Float, filteredReason: String? = nil
  ) {
    self.rank = rank
    self.item = item
    self.score = score
    self.sim = sim
    self.contributions = contributions
    self.penalty = penalty
    self.finalScore = finalScore
    self.filteredReason = filteredReason
  }
}

/// The answer to one request: the top-k rows, and the rows τ removed from it.
public struct RecommendationList: Sendable, Hashable {
  /// Shown rows, best first (by `finalScore`, ties by item index).
  public var rows: [RecommendationRow]
  /// Candidates with `sim < τ` whose `finalScore` would have put them in the top k (at most k
  /// of them, best first): what τ hid from this list.
  public var filtered: [RecommendationRow]
  /// How many target-domain items were ranked (after excluding seen items).
  public var candidateCount: Int

  public init(rows: [RecommendationRow], filtered: [RecommendationRow], candidateCount: Int) {
    self.rows = rows
    self.filtered = filtered
    self.candidateCount = candidateCount
  }
}
