import CrossLensCore

/// One re-rank (new λ, τ or weights for the same request) over n target items: the fast path
/// that reads cached standardised scores. Candidate scores are random (seeded) for 8 components,
/// 4 of them latent — the shape of the full model; the cost does not depend on the values.
enum RerankBenchmark {
  static func run(sizes: [Int] = [10_000, 50_000, 500_000], repetitions: Int = 200) {
    print("re-rank: one FusedRanker.rank over cached scores (8 components, 4 latent), k = 10")
    print("items      median ms   p99 ms")
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
      var checksum: Float = 0
      for r in 0..<repetitions {
        let parameters = RankingParameters(
          k: 10, lambda: Float(r % 10) / 10, tau: r % 2 == 0 ? -1 : 0.1,
          weights: Dictionary(
            uniqueKeysWithValues: names.enumerated().map { ($1, Float($0 % 3) + 0.5) }))
        let clock = ContinuousClock()
        let start = clock.now
        let list = FusedRanker.rank(scores, parameters: parameters)
        let elapsed = clock.now - start
        checksum += list.rows.first?.finalScore ?? 0
        times.append(
          Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
      }
      times.sort()
      let median = times[times.count / 2]
      let p99 = times[Swift.min(times.count - 1, Int(Double(times.count) * 0.99))]
      print(
        String(n).padding(toLength: 11, withPad: " ", startingAt: 0)
          + String(median.formatted2).padding(toLength: 12, withPad: " ", startingAt: 0)
          + p99.formatted2 + (checksum.isNaN ? " (NaN)" : ""))
    }
  }
}

extension Double {
  fileprivate var formatted2: String {
    let scaled = (self * 100).rounded() / 100
    return "\(scaled)"
  }
}
