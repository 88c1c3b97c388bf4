import Foundation

/// Learns fusion weights from held-out cases by coordinate ascent on NDCG@10 (Metzler & Croft
/// 2007, as in RankLib): the listwise metric itself, not a surrogate.
///
/// For each case the request's candidates are scored and standardised exactly as at ranking
/// time; the case keeps the held-out item and the union of every component's top `pool`
/// candidates (the items that can reach a fused top 10 in practice). A weight vector's value is
/// the mean over cases of `1/log2(r + 1)` when the held-out item's rank r among them is ≤ 10
/// (ties counted against it), else 0. The search starts from the best single component (so
/// the fit never ends below it on these cases; with 50 or more check cases, the best on those)
/// and moves one weight at a time by the steps
/// below, keeping a move only when it raises the mean by more than `margin` standard errors of
/// the paired per-case difference (so the fit does not chase noise in the cases). Weights are
/// then scaled so the largest magnitude is 1.
public struct FusionTrainer: Sendable {
  /// Each component's top candidates kept per case.
  public var pool = 150
  public var cutoff = 10
  public var rounds = 6
  /// Moves tried per weight, relative to the largest weight's magnitude.
  public var steps: [Float] = [-1, -0.5, -0.2, -0.05, 0.05, 0.2, 0.5, 1, 2]
  /// A move must raise the mean by more than this many standard errors of the paired
  /// per-case difference.
  public var margin = 2.0

  public init() {}

  /// One case's kept candidates: `features[j · C + c]` is `z_c` of kept candidate j, the
  /// held-out item first.
  public struct CaseFeatures: Sendable {
    public var features: [Float]
    public var count: Int
  }

  /// The kept candidates of each case (cases whose held-out item is not a candidate are
  /// dropped).
  public func lists(model: CrossDomainModel, cases: [EvaluationCase], target: Int) -> [CaseFeatures]
  {
    let slots = ResultSlots<CaseFeatures>(count: cases.count)
    let threads = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8))
    DispatchQueue.concurrentPerform(iterations: threads) { t in
      for n in stride(from: t, to: cases.count, by: threads) {
        let c = cases[n]
        let seen = Set(c.input.map(\.item))
        let scores = model.scores(
          for: c.query, candidates: model.candidates(target: target, excluding: seen))
        guard let heldOut = c.targets.first, let t = scores.index(of: heldOut) else { continue }
        var chosen: [Int] = [t]
        var taken: Set<Int> = [t]
        for component in scores.componentNames.indices where scores.deviations[component] > 0 {
          var best = TopK(capacity: pool)
          for j in 0..<scores.count {
            best.insert(
              scores.standardised(component: component, candidate: j), scores.candidates[j], j)
          }
          for entry in best.sorted where taken.insert(entry.index).inserted {
            chosen.append(entry.index)
          }
        }
        let names = scores.componentNames.indices
        slots.set(
          n,
          CaseFeatures(
            features: chosen.flatMap { j in
              names.map { scores.standardised(component: $0, candidate: j) }
            },
            count: chosen.count))
      }
    }
    return slots.values.compactMap { $0 }
  }

  /// Mean NDCG@cutoff of the held-out items under weights `w`.
  ///
  /// - Complexity: O(Σ kept · components).
  public func value(_ w: [Float], _ lists: [CaseFeatures]) -> Double {
    let g = gains(w, lists)
    return g.isEmpty ? 0 : g.reduce(0, +) / Double(g.count)
  }

  /// Per case: `1/log2(r + 1)` when the held-out item's rank r is ≤ cutoff, else 0.
  func gains(_ w: [Float], _ lists: [CaseFeatures]) -> [Double] {
    let dimension = w.count
    return lists.map { list in
      list.features.withUnsafeBufferPointer { x in
        var target: Float = 0
        for d in 0..<dimension { target += w[d] * x[d] }
        var ahead = 0
        for j in 1..<list.count {
          var s: Float = 0
          for d in 0..<dimension { s += w[d] * x[j * dimension + d] }
          if s >= target {
            ahead += 1
            if ahead >= cutoff { return 0 }
          }
        }
        return 1 / log2(Double(ahead + 2))
      }
    }
  }

  /// Whether `candidate` beats `current` by more than `margin` standard errors of the paired
  /// per-case difference (a move that only fits noise in the cases is refused).
  func improves(_ candidate: [Double], over current: [Double]) -> Bool {
    guard candidate.count > 1 else { return false }
    let d = MeanEstimate.paired(candidate, minus: current)
    return d.mean > 0 && d.mean > margin * d.standardError
  }

  /// The weights found, and their mean NDCG@cutoff on `lists`. With `check` cases (validation
  /// users), a move is kept only if it does not lower their mean NDCG@cutoff either.
  ///
  /// Weights stay non-negative: a negative weight would rank an item lower the more a component
  /// likes it, which only pays on these cases because their held-out item is kept among other
  /// components' top candidates. Components in `excluded` keep weight 0.
  public func fit(
    _ lists: [CaseFeatures], dimension: Int, check: [CaseFeatures] = [],
    excluded: Set<Int> = []
  ) -> (weights: [Float], value: Double) {
    var best = [Float](repeating: 0, count: dimension)
    var bestGains: [Double] = []
    var bestValue = -1.0
    // The start: the best single component — on the check cases when there are enough of them
    // (they stand for the users the model will serve), else on the training cases.
    let judge = check.count >= 50 ? check : lists
    var startValue = -1.0
    for c in 0..<dimension where !excluded.contains(c) {
      var w = [Float](repeating: 0, count: dimension)
      w[c] = 1
      let v = value(w, judge)
      if v > startValue {
        startValue = v
        best = w
      }
    }
    bestGains = gains(best, lists)
    bestValue = bestGains.reduce(0, +) / Double(Swift.max(1, bestGains.count))
    var checkValue = value(best, check)
    for _ in 0..<rounds {
      var improved = false
      for c in 0..<dimension where !excluded.contains(c) {
        var roundBest: (w: [Float], gains: [Double], value: Double)?
        for step in steps {
          var w = best
          w[c] += step * (best.map { abs($0) }.max() ?? 1)
          guard w[c] >= 0 else { continue }
          let g = gains(w, lists)
          let v = g.reduce(0, +) / Double(Swift.max(1, g.count))
          if v > (roundBest?.value ?? bestValue) && improves(g, over: bestGains)
            && value(w, check) >= checkValue
          {
            roundBest = (w, g, v)
          }
        }
        if let r = roundBest {
          (best, bestGains, bestValue) = (r.w, r.gains, r.value)
          checkValue = value(best, check)
          improved = true
        }
      }
      if !improved { break }
    }
    let scale = best.map { abs($0) }.max() ?? 1
    return (scale > 0 ? best.map { $0 / scale } : best, bestValue)
  }
}
