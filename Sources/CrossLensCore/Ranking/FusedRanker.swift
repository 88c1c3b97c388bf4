import CBLAS
import Foundation

/// The ranking rule over cached candidate scores: `score = Σ_c w_c·z_c`, `sim = Σ_l w_l·cos_l /
/// Σ_l w_l` over latent components with positive weight, `penalty = λ·c(i)/σ_c`, keep `sim ≥ τ`,
/// order by `score − penalty` (ties by item index), top k.
public enum FusedRanker {
  /// Ranks the candidates under `parameters`.
  ///
  /// - Complexity: O(n · (components + latent components) + n · log k), no allocation per
  ///   candidate; this is the re-rank fast path.
  public static func rank(_ scores: CandidateScores, parameters: RankingParameters)
    -> RecommendationList
  {
    let n = scores.count
    let k = Swift.max(0, parameters.k)
    let weights = scores.componentNames.map { parameters.weight(of: $0) }
    let latentWeights = scores.latentComponents.map { Swift.max(0, weights[$0]) }
    let latentTotal = latentWeights.reduce(0, +)
    let lambda = scores.penalty(lambda: parameters.lambda, cost: 1)
    let tau = parameters.tau
    let (score, simSum) = scoresAndSims(scores, weights, latentWeights, latentTotal)
    var shown = TopK(capacity: k)
    var hidden = TopK(capacity: k)
    scores.concentration.withUnsafeBufferPointer { cost in
      for j in 0..<n {
        let final = score[j] - lambda * cost[j]
        if tau <= -1 || simSum[j] >= tau {
          shown.insert(final, scores.candidates[j], j)
        } else {
          hidden.insert(final, scores.candidates[j], j)
        }
      }
    }
    let rows = shown.sorted.enumerated().map { position, entry in
      row(scores, parameters, weights, latentWeights, latentTotal, entry.index, rank: position + 1)
    }
    // The rows τ removed: the hidden entries among the top k of both lists together, which is
    // the top k without τ.
    var removed: [TopK.Entry] = []
    var taken = 0
    for entry in hidden.sorted {
      while taken - removed.count < shown.sorted.count && taken < k {
        let kept = shown.sorted[taken - removed.count]
        guard TopK.precedes(kept.score, kept.item, entry.score, entry.item) else { break }
        taken += 1
      }
      guard taken < k else { break }
      removed.append(entry)
      taken += 1
    }
    let filtered = removed.map { entry in
      var r = row(scores, parameters, weights, latentWeights, latentTotal, entry.index, rank: 0)
      r.filteredReason = filteredReason(sim: r.sim, tau: tau)
      return r
    }
    return RecommendationList(rows: rows, filtered: filtered, candidateCount: n)
  }

  /// `score = zᵀw` and `sim = cosᵀw_latent / Σw_latent` for every candidate, each one BLAS pass
  /// over the cached matrices.
  static func scoresAndSims(
    _ scores: CandidateScores, _ weights: [Float], _ latentWeights: [Float], _ latentTotal: Float
  ) -> (score: [Float], sim: [Float]) {
    let n = scores.count
    var score = [Float](repeating: 0, count: n)
    var sim = [Float](repeating: 0, count: n)
    if n > 0 && !weights.isEmpty {
      cblas_sgemv(
        CblasRowMajor, CblasTrans, Int32(weights.count), Int32(n), 1, scores.z, Int32(n), weights,
        1, 0, &score, 1)
      if !latentWeights.isEmpty && latentTotal > 0 {
        cblas_sgemv(
          CblasRowMajor, CblasTrans, Int32(latentWeights.count), Int32(n), 1 / latentTotal,
          scores.cosines, Int32(n),
          latentWeights, 1, 0, &sim, 1)
      }
    }
    return (score, sim)
  }

  /// The full row (with contributions) for candidate `j`, as `rank` computes it.
  public static func row(
    _ scores: CandidateScores, parameters: RankingParameters, candidate j: Int, rank: Int
  ) -> RecommendationRow {
    let weights = scores.componentNames.map { parameters.weight(of: $0) }
    let latentWeights = scores.latentComponents.map { Swift.max(0, weights[$0]) }
    return row(
      scores, parameters, weights, latentWeights, latentWeights.reduce(0, +), j, rank: rank)
  }

  private static func row(
    _ scores: CandidateScores, _ parameters: RankingParameters, _ weights: [Float],
    _ latentWeights: [Float], _ latentTotal: Float, _ j: Int, rank: Int
  ) -> RecommendationRow {
    var contributions: [String: Float] = [:]
    var score: Float = 0
    for (c, name) in scores.componentNames.enumerated() where weights[c] != 0 {
      let share = weights[c] * scores.standardised(component: c, candidate: j)
      contributions[name] = share
      score += share
    }
    let sim = scores.cosines.withUnsafeBufferPointer {
      similarity($0, latentWeights, latentTotal, scores.count, j)
    }
    let penalty = scores.penalty(
      lambda: parameters.lambda, cost: scores.concentrationCost(candidate: j))
    return RecommendationRow(
      rank: rank, item: scores.candidates[j], score: score, sim: sim,
      contributions: contributions, penalty: penalty, finalScore: score - penalty)
  }

  /// `Σ_l w_l·cos_l / Σ_l w_l`; 0 when no latent component has positive weight.
  @inline(__always)
  private static func similarity(
    _ cos: UnsafeBufferPointer<Float>, _ latentWeights: [Float], _ total: Float, _ n: Int,
    _ j: Int
  ) -> Float {
    guard total > 0 else { return 0 }
    var sum: Float = 0
    for l in latentWeights.indices where latentWeights[l] > 0 {
      sum += latentWeights[l] * cos[l * n + j]
    }
    return sum / total
  }

  /// Why τ removed a row: `sim 0.03 < τ 0.10`, both with as many places as tell them apart
  /// (`NumberText.apart`): `sim 0.104 < τ 0.105`, never `sim 0.10 < τ 0.10`.
  static func filteredReason(sim: Float, tau: Float) -> String {
    let (simText, tauText) = NumberText.apart(sim, tau)
    return "sim \(simText) < τ \(tauText)"
  }

  /// Four significant digits (`0.01512`, `4.625`, `312.4`, `0.00001953`), never in
  /// e-notation: for raw scores whose scale varies. Below 1e-12 (float noise on a zero) it is
  /// `0`.
  static func formatSignificant(_ x: Float) -> String {
    let value = Double(x)
    guard abs(value) >= 1e-12 else { return "0" }
    let exponent = Int(log10(abs(value)).rounded(.down))
    guard exponent < 4 else { return String(format: "%.0f", value) }
    var text = String(format: "%.\(max(0, 3 - exponent))f", value)
    // Trailing zeros say nothing at four significant digits (`%g` drops them too).
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }
}
