import Foundation

/// Ranks every case's candidates with a fitted model and scores the lists. Each case's
/// component scores are computed once; every variant (single components, fused, λ values)
/// re-ranks them.
public struct Evaluator: Sendable {
  public var model: CrossDomainModel
  public var target: Int
  public var k: Int
  /// `nil`: full ranking over the target's items (seen ones excluded). A number: the sampled
  /// protocol — the held-out items plus this many random unseen target items, seeded.
  public var negatives: Int?
  public var seed: UInt64
  /// The domains a case's input may come from besides the target, as a request's sources;
  /// `nil`: every domain.
  public var sources: Set<Int>?

  public init(
    model: CrossDomainModel, target: Int, k: Int = 10, negatives: Int? = nil, seed: UInt64 = 0,
    sources: Set<Int>? = nil
  ) {
    self.model = model
    self.target = target
    self.k = k
    self.negatives = negatives
    self.seed = seed
    self.sources = sources
  }

  /// The candidates of one case: unseen target items, or the sampled set.
  func candidates(for c: EvaluationCase) -> [Int32] {
    let seen = Set(c.input.map(\.item))
    let unseen = model.candidates(target: target, excluding: seen)
    guard let negatives else { return unseen }
    var generator = SplitMix64(seed: seed ^ (UInt64(c.user) &* 0x9E37_79B9_7F4A_7C15))
    let pool = unseen.filter { !c.targets.contains($0) }
    let sampled =
      pool.count <= negatives ? pool : Array(pool.shuffled(using: &generator).prefix(negatives))
    return (sampled + c.targets.filter { !seen.contains($0) }).sorted()
  }

  /// The query a case sends: its input, restricted to the sources and the target when
  /// `sources` is set (as `CrossDomainModel.recommend` restricts a user's history).
  func query(for c: EvaluationCase) -> UserQuery {
    guard let sources else { return c.query }
    let domains = sources.union([target])
    var query = c.query
    query.history.removeAll { !domains.contains(model.dataset.items[Int($0.item)].domain) }
    return query
  }

  /// Each variant's ranked top-k item lists, one per case (in case order).
  ///
  /// - Complexity: per case, the components' scoring over the candidates plus O(variants ·
  ///   candidates · components).
  ///
  /// - Parameter coldStart: which situation's concentration cost every case uses (as the
  ///   scenario picks the weights); `nil`: each case's own (warm when its input has target
  ///   history), as a served request would.
  public func lists(
    cases: [EvaluationCase], variants: [RankingParameters], coldStart: Bool? = nil
  ) -> [[[Int32]]] {
    let cost = coldStart.map { model.concentrationCosts(target: target, coldStart: $0) }
    let results = ResultSlots<[[Int32]]>(count: cases.count)
    let threads = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8))
    DispatchQueue.concurrentPerform(iterations: threads) { t in
      for n in stride(from: t, to: cases.count, by: threads) {
        let c = cases[n]
        let scores =
          cost.map { model.scores(for: query(for: c), candidates: candidates(for: c), cost: $0) }
          ?? model.scores(for: query(for: c), candidates: candidates(for: c))
        results.set(
          n,
          variants.map { p in
            var p = p
            p.k = k
            return FusedRanker.rank(scores, parameters: p).rows.map(\.item)
          })
      }
    }
    return (0..<variants.count).map { v in results.values.map { $0?[v] ?? [] } }
  }

  /// Mean metrics per named variant.
  public func evaluate(
    cases: [EvaluationCase], variants: [(name: String, parameters: RankingParameters)],
    scenario: EvaluationScenario
  ) -> [EvaluationRow] {
    let all = lists(
      cases: cases, variants: variants.map(\.parameters), coldStart: scenario == .cold)
    let catalogue = model.candidates(target: target)
    let embeddings = model.itemEmbeddings
    let counts = model.popularity.counts
    let userCount = model.dataset.users.count
    let perCase = all.map { lists in
      zip(lists, cases).map { RankingMetrics(ranked: $0, relevant: $1.targets, k: k) }
    }
    let reference = variants.firstIndex { $0.name == "fused" && $0.parameters.lambda == 0 }
    let at = "@\(k)"
    return variants.indices.map { v in
      let variant = variants[v]
      let accuracy = RankingMetrics.mean(perCase[v])
      let errors = RankingMetrics.standardErrors(perCase[v])
      let concentration = ConcentrationMetrics(
        lists: all[v], catalogue: catalogue, interactionCounts: counts, userCount: userCount,
        cosine: { a, b in embeddings?.dot(a, b) ?? 0 })
      var row = EvaluationRow(
        model: variant.name, scenario: scenario.rawValue,
        target: model.dataset.domains.indices.contains(target)
          ? model.dataset.domains[target] : "\(target)",
        lambda: variant.parameters.lambda, negatives: negatives ?? 0, cases: cases.count,
        metrics: [
          "precision" + at: accuracy.precision, "recall" + at: accuracy.recall,
          "ndcg" + at: accuracy.ndcg, "mrr" + at: accuracy.mrr, "hit" + at: accuracy.hit,
          "coverage" + at: concentration.coverage, "novelty" + at: concentration.novelty,
          "gini" + at: concentration.gini,
        ])
      // Undefined when no list has two items: left out, not written as 0.
      row.metrics["diversity" + at] = concentration.diversity
      row.standardErrors = [
        "precision" + at: errors.precision, "recall" + at: errors.recall,
        "ndcg" + at: errors.ndcg, "mrr" + at: errors.mrr, "hit" + at: errors.hit,
      ]
      if let reference, reference != v {
        row.ndcgVersusFused = MeanEstimate.paired(
          perCase[v].map(\.ndcg), minus: perCase[reference].map(\.ndcg))
      }
      return row
    }
  }
}

/// Per-index result slots written from concurrent workers (each index written once).
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value?]

  init(count: Int) { storage = [Value?](repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

  var values: [Value?] { lock.withLock { storage } }
}
