import Foundation

/// Learns fusion weights from held-out cases by coordinate ascent on NDCG@10 (Metzler & Croft
/// 2007, as in RankLib): the listwise metric itself, not a surrogate.
///
/// For each case the request's candidates are scored and standardised exactly as at ranking
/// time; the case keeps the held-out item and the union of every component's top `pool`
/// candidates (the items that can reach a fused top 10 in practice). A weight vector's value is
/// the mean over cases of `1/log2(r + 1)` when the held-out item's rank r among them is ≤ 10
/// (ties counted against it), else 0. The search starts from the best single component — so
/// the fit never ends below it on these cases — and moves one weight at a time by the steps
/// below while the mean improves. Weights are then scaled so the largest magnitude is 1.
public struct FusionTrainer: Sendable {
  /// Each component's top candidates kept per case.
  public var pool = 150
  public var cutoff = 10
  public var rounds = 6
  public var steps: [Float] = [-1, -0.5, -0.2, -0.05, 0.05, 0.2, 0.5, 1, 2]

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
    guard !lists.isEmpty else { return 0 }
    let dimension = w.count
    var total = 0.0
    for list in lists {
      list.features.withUnsafeBufferPointer { x in
        var target: Float = 0
        for d in 0..<dimension { target += w[d] * x[d] }
        var ahead = 0
        for j in 1..<list.count {
          var s: Float = 0
          for d in 0..<dimension { s += w[d] * x[j * dimension + d] }
          if s >= target {
            ahead += 1
            if ahead >= cutoff { break }
          }
        }
        if ahead < cutoff { total += 1 / log2(Double(ahead + 2)) }
      }
    }
    return total / Double(lists.count)
  }

  /// The weights found, and their mean NDCG@cutoff on `lists`.
  public func fit(_ lists: [CaseFeatures], dimension: Int) -> (weights: [Float], value: Double) {
    var best = [Float](repeating: 0, count: dimension)
    var bestValue = -1.0
    for c in 0..<dimension {
      var w = [Float](repeating: 0, count: dimension)
      w[c] = 1
      let v = value(w, lists)
      if v > bestValue {
        best = w
        bestValue = v
      }
    }
    for _ in 0..<rounds {
      var improved = false
      for c in 0..<dimension {
        for step in steps {
          var w = best
          w[c] += step
          let v = value(w, lists)
          if v > bestValue + 1e-9 {
            best = w
            bestValue = v
            improved = true
          }
        }
      }
      if !improved { break }
    }
    let scale = best.map { abs($0) }.max() ?? 1
    return (scale > 0 ? best.map { $0 / scale } : best, bestValue)
  }
}
