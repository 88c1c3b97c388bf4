extension FusedRanker {
  /// Where an item stands in a request's full ordering; printed as its rank, `τ` or `seen`.
  public enum Placement: Sendable, Hashable, CustomStringConvertible {
    /// Its 1-based place among the candidates that pass τ.
    case ranked(Int)
    /// τ removes it (`sim < τ`).
    case filtered
    /// Not among the request's candidates: already seen, or in another domain.
    case notCandidate

    public var description: String {
      switch self {
      case .ranked(let n): String(n)
      case .filtered: "τ"
      case .notCandidate: "seen"
      }
    }
  }

  /// Where each of `items` stands among the candidates under `parameters`: its 1-based place in
  /// the full ordering (the rank it would have with k = every candidate), `.filtered` when τ
  /// removes it, `.notCandidate` when it is not among the candidates (already seen, another
  /// domain).
  ///
  /// - Complexity: O(n · (components + latent components + items)), one pass for all items.
  public static func placements(
    of items: [Int32], in scores: CandidateScores, parameters: RankingParameters
  ) -> [Placement] {
    let weights = scores.componentNames.map { parameters.weight(of: $0) }
    let latentWeights = scores.latentComponents.map { Swift.max(0, weights[$0]) }
    let (score, sim) = scoresAndSims(
      scores, weights, latentWeights, latentWeights.reduce(0, +))
    let lambda = scores.penalty(lambda: parameters.lambda, cost: 1)
    let passes = { (j: Int) in parameters.tau <= -1 || sim[j] >= parameters.tau }
    let final = (0..<scores.count).map {
      score[$0] - lambda * scores.concentrationCost(candidate: $0)
    }
    let indices = items.map { scores.index(of: $0) }
    var placements: [Placement] = indices.map { j in
      guard let j else { return .notCandidate }
      return passes(j) ? .ranked(1) : .filtered
    }
    // (position in `items`, candidate index) of the items still to be placed.
    let asked = indices.enumerated().compactMap { n, j -> (Int, Int)? in
      guard case .ranked = placements[n], let j else { return nil }
      return (n, j)
    }
    guard !asked.isEmpty else { return placements }
    var ahead = [Int](repeating: 0, count: asked.count)
    for j in 0..<scores.count where passes(j) {
      for (a, (_, i)) in asked.enumerated() where j != i {
        if TopK.precedes(final[j], scores.candidates[j], final[i], scores.candidates[i]) {
          ahead[a] += 1
        }
      }
    }
    for (a, (n, _)) in asked.enumerated() { placements[n] = .ranked(ahead[a] + 1) }
    return placements
  }
}
