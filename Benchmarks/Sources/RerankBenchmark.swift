import CrossLensCore

/// One re-rank (new λ, τ or weights for the same request) over n target items: the fast path
/// that reads cached standardised scores. Candidate scores are random (seeded) for 8 components,
/// 4 of them latent — the shape of the full model; the cost does not depend on the values.
/// Beside it, the same request's `FusedRanker.placements` of 20 items (the free-text list's
/// rank column), as a ratio to the re-rank measured in the same loop.
enum RerankBenchmark {
  static func run(sizes: [Int] = [10_000, 50_000, 500_000], repetitions: Int = 200) {
    print("re-rank: one FusedRanker.rank over cached scores (8 components, 4 latent), k = 10")
    print("items      median ms   p99 ms      placements(20) median ms   ratio to re-rank")
    for n in sizes {
      var generator = SplitMix64(seed: 1)
      let names = [
        "popularity", "item-knn", "als-target", "als-joint", "semantic", "semantic-bridge", "svd",
        "extra",
      ]
      let raw = names.map { _ in (0..<n).map { _ in Float.random(in: -1...1, using: &generator) } }
      let latent: [[Float]?] = names.indices.map { c in
        c % 2 == 1 ? (0..<n).map { _ in Float.random(in: -1...1, using: &generator) } : nil
      }
      let scores = CandidateScores(
        candidates: (0..<n).map { Int32($0) }, componentNames: names, rawScores: raw,
        latentCosines: latent,
        concentration: (0..<n).map { _ in Float.random(in: 0...1, using: &generator) })
      var times: [Double] = []
      var placementTimes: [Double] = []
      var checksum: Float = 0
      let asked = (0..<20).map { _ in Int32.random(in: 0..<Int32(n), using: &generator) }
      let clock = ContinuousClock()
      func milliseconds(_ d: Duration) -> Double {
        Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3
      }
      for r in 0..<repetitions {
        let parameters = RankingParameters(
          k: 10, lambda: Float(r % 10) / 10, tau: r % 2 == 0 ? -1 : 0.1,
          weights: Dictionary(
            uniqueKeysWithValues: names.enumerated().map { ($1, Float($0 % 3) + 0.5) }))
        let start = clock.now
        let list = FusedRanker.rank(scores, parameters: parameters)
        let ranked = clock.now
        let placements = FusedRanker.placements(of: asked, in: scores, parameters: parameters)
        let placed = clock.now
        checksum += list.rows.first?.finalScore ?? 0
        if case .ranked(let r) = placements[0] { checksum += Float(r) }
        times.append(milliseconds(ranked - start))
        placementTimes.append(milliseconds(placed - ranked))
      }
      times.sort()
      placementTimes.sort()
      let median = times[times.count / 2]
      let placementMedian = placementTimes[placementTimes.count / 2]
      let p99 = times[Swift.min(times.count - 1, Int(Double(times.count) * 0.99))]
      print(
        String(n).padding(toLength: 11, withPad: " ", startingAt: 0)
          + String(median.formatted2).padding(toLength: 12, withPad: " ", startingAt: 0)
          + p99.formatted2.padding(toLength: 12, withPad: " ", startingAt: 0)
          + placementMedian.formatted2.padding(toLength: 27, withPad: " ", startingAt: 0)
          + String(format: "%.1f", placementMedian / median) + (checksum.isNaN ? " (NaN)" : ""))
    }
  }
}

extension Double {
  fileprivate var formatted2: String {
    let scaled = (self * 100).rounded() / 100
    return "\(scaled)"
  }
}
