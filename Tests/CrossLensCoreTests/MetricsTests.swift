import Foundation
import Testing

@testable import CrossLensCore

@Suite struct MetricsTests {
  @Test func accuracyByHand() {
    // Ranked 7, 3, 9, 1, 4 at K = 4 against {3, 1, 8}: hits at ranks 2 and 4 (4 is beyond K).
    let m = RankingMetrics(ranked: [7, 3, 9, 1, 4], relevant: [3, 1, 8], k: 4)
    #expect(m.precision == 0.5)
    #expect(abs(m.recall - 2.0 / 3) < 1e-12)
    #expect(m.mrr == 0.5 && m.hit == 1)
    let dcg = 1 / log2(3.0) + 1 / log2(5.0)
    let ideal = 1 + 1 / log2(3.0) + 1 / log2(4.0)
    #expect(abs(m.ndcg - dcg / ideal) < 1e-12)
    let miss = RankingMetrics(ranked: [5, 6], relevant: [3], k: 10)
    #expect(miss == .zero)
    let perfect = RankingMetrics(ranked: [3], relevant: [3], k: 10)
    #expect(
      perfect.ndcg == 1 && perfect.mrr == 1 && perfect.recall == 1 && perfect.precision == 0.1)
    #expect(RankingMetrics.mean([m, miss]).hit == 0.5)
  }

  @Test func concentrationByHand() {
    // Catalogue 0...3; lists {0, 1} and {0, 2}: exposure 2, 1, 1, 0.
    let counts: [Int32] = [9, 4, 1, 0]
    let cosine: (Int32, Int32) -> Float = { a, b in (a == 0 && b == 1) ? 0.5 : 0 }
    let m = ConcentrationMetrics(
      lists: [[0, 1], [0, 2]], catalogue: [0, 1, 2, 3], interactionCounts: counts, userCount: 9,
      cosine: cosine)
    #expect(m.coverage == 0.75)
    // p = (n + 1) / 10: items 0, 1, 0, 2 → −log2 of 1.0, 0.5, 1.0, 0.2.
    #expect(abs(m.novelty - (0 + 1 + 0 + log2(5.0)) / 4) < 1e-12)
    #expect(abs((m.diversity ?? .nan) - (0.5 + 1.0) / 2) < 1e-12)
    // Sorted exposure 0, 1, 1, 2; Σ(2j − 5)x = −3·0 − 1·1 + 1·1 + 3·2 = 6; n·Σx = 16.
    #expect(abs(m.gini - 6.0 / 16) < 1e-12)
    // No list with two items: no pair to measure, so no diversity (not 0).
    let single = ConcentrationMetrics(
      lists: [[0], [], [2]], catalogue: [0, 1, 2, 3], interactionCounts: counts, userCount: 9,
      cosine: cosine)
    #expect(single.diversity == nil && single.coverage == 0.5)
  }
}
