import Foundation

/// Learns fusion weights from held-out cases: a listwise softmax (sampled, with hard negatives)
/// over standardised component scores.
///
/// For each case the request's candidates are scored and standardised exactly as at ranking
/// time; the training list is the held-out item, every component's top `hardNegatives`, and
/// `randomNegatives` seeded random candidates. With `s_j = w · z_j`, the loss is
/// `mean over cases of (log Σ_j exp s_j − s_target) + ρ‖w‖²`, minimised by Adam from w = 0.
public struct FusionTrainer: Sendable {
  public var hardNegatives = 20
  public var randomNegatives = 50
  public var ridge: Float = 1e-3
  public var iterations = 300
  public var learningRate: Float = 0.05
  public var seed: UInt64 = 0

  public init() {}

  /// Standardised feature lists (target first) for each case, as the ranking would see them.
  public func lists(model: CrossDomainModel, cases: [EvaluationCase], target: Int) -> [[[Float]]] {
    let slots = ResultSlots<[[Float]]>(count: cases.count)
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
        for component in scores.componentNames.indices {
          var best = TopK(capacity: hardNegatives)
          for j in 0..<scores.count {
            best.insert(
              scores.standardised(component: component, candidate: j), scores.candidates[j], j)
          }
          for entry in best.sorted where taken.insert(entry.index).inserted {
            chosen.append(entry.index)
          }
        }
        var generator = SplitMix64(seed: seed ^ (UInt64(c.user) &* 0x2545_F491_4F6C_DD1D))
        for _ in 0..<randomNegatives where scores.count > 0 {
          let j = Int.random(in: 0..<scores.count, using: &generator)
          if taken.insert(j).inserted { chosen.append(j) }
        }
        slots.set(
          n,
          chosen.map { j in
            scores.componentNames.indices.map { scores.standardised(component: $0, candidate: j) }
          })
      }
    }
    return slots.values.compactMap { $0 }
  }

  /// The weights minimising the sampled softmax loss over `lists` (each list: target first).
  public func fit(_ lists: [[[Float]]], dimension: Int) -> (weights: [Float], loss: Float) {
    var w = [Float](repeating: 0, count: dimension)
    var m = w
    var v = w
    let (beta1, beta2): (Float, Float) = (0.9, 0.999)
    var loss: Float = 0
    guard !lists.isEmpty else { return (w, 0) }
    for step in 1...iterations {
      var gradient = [Float](repeating: 0, count: dimension)
      loss = 0
      for list in lists {
        let s = list.map { x in zip(x, w).reduce(Float(0)) { $0 + $1.0 * $1.1 } }
        let top = s.max() ?? 0
        let e = s.map { Foundation.exp($0 - top) }
        let total = e.reduce(0, +)
        loss += Foundation.log(total) + top - s[0]
        for (j, x) in list.enumerated() {
          let p = e[j] / total - (j == 0 ? 1 : 0)
          for d in 0..<dimension { gradient[d] += p * x[d] }
        }
      }
      let n = Float(lists.count)
      loss /= n
      for d in 0..<dimension {
        loss += ridge * w[d] * w[d]
        let g = gradient[d] / n + 2 * ridge * w[d]
        m[d] = beta1 * m[d] + (1 - beta1) * g
        v[d] = beta2 * v[d] + (1 - beta2) * g * g
        let mHat = m[d] / (1 - Foundation.pow(beta1, Float(step)))
        let vHat = v[d] / (1 - Foundation.pow(beta2, Float(step)))
        w[d] -= learningRate * mHat / (vHat.squareRoot() + 1e-8)
      }
    }
    return (w, loss)
  }
}
