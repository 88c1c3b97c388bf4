import Foundation

/// Accuracy of one ranked list against the held-out items, at cut-off K (binary relevance).
///
/// With `hits` the ranks r (1-based, r ≤ K) of held-out items in the list and `R` the number of
/// held-out items: Precision = |hits|/K, Recall = |hits|/R, Hit = 1 if any hit,
/// MRR = 1/min(hits) (0 without hits), NDCG = Σ_hits 1/log2(r + 1) ÷ Σ_{r=1}^{min(R,K)} 1/log2(r + 1).
public struct RankingMetrics: Sendable, Hashable, Codable {
  public var precision: Double
  public var recall: Double
  public var ndcg: Double
  public var mrr: Double
  public var hit: Double

  public static let zero = RankingMetrics(precision: 0, recall: 0, ndcg: 0, mrr: 0, hit: 0)

  public init(precision: Double, recall: Double, ndcg: Double, mrr: Double, hit: Double) {
    self.precision = precision
    self.recall = recall
    self.ndcg = ndcg
    self.mrr = mrr
    self.hit = hit
  }

  /// The metrics of `ranked` (best first; only the first K count) against `relevant`.
  ///
  /// - Complexity: O(K).
  public init(ranked: [Int32], relevant: Set<Int32>, k: Int) {
    guard k > 0, !relevant.isEmpty else {
      self = .zero
      return
    }
    var hits = 0
    var dcg = 0.0
    var firstHit: Int?
    for (position, item) in ranked.prefix(k).enumerated() where relevant.contains(item) {
      hits += 1
      dcg += 1 / log2(Double(position + 2))
      if firstHit == nil { firstHit = position + 1 }
    }
    let ideal = (0..<Swift.min(relevant.count, k)).reduce(0.0) { $0 + 1 / log2(Double($1 + 2)) }
    self.init(
      precision: Double(hits) / Double(k), recall: Double(hits) / Double(relevant.count),
      ndcg: dcg / ideal, mrr: firstHit.map { 1 / Double($0) } ?? 0, hit: hits > 0 ? 1 : 0)
  }

  /// Not metrics but each metric's standard error over `all` (`MeanEstimate`: the sample
  /// deviation over √N; zero for fewer than two), in the same fields.
  public static func standardErrors(_ all: [RankingMetrics]) -> RankingMetrics {
    func error(_ metric: KeyPath<RankingMetrics, Double>) -> Double {
      MeanEstimate(all.map { $0[keyPath: metric] }).standardError
    }
    return RankingMetrics(
      precision: error(\.precision), recall: error(\.recall), ndcg: error(\.ndcg),
      mrr: error(\.mrr), hit: error(\.hit))
  }

  /// The mean of each metric over `all` (zero for none).
  public static func mean(_ all: [RankingMetrics]) -> RankingMetrics {
    guard !all.isEmpty else { return .zero }
    let n = Double(all.count)
    return RankingMetrics(
      precision: all.reduce(0) { $0 + $1.precision } / n,
      recall: all.reduce(0) { $0 + $1.recall } / n,
      ndcg: all.reduce(0) { $0 + $1.ndcg } / n, mrr: all.reduce(0) { $0 + $1.mrr } / n,
      hit: all.reduce(0) { $0 + $1.hit } / n)
  }
}
