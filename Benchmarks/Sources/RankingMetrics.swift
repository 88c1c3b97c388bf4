import Foundation

/// NDCG@k with binary relevance, the benchmarks' accuracy figure:
/// `DCG = Σ_{r=1..k} rel_r / log2(r + 1)`, divided by the DCG of an ideal list
/// (`min(|relevant|, k)` hits at the top). Same definition as `Benchmarks/python/als_ml1m.py`.
func ndcg(ranked: [Int32], relevant: Set<Int32>, k: Int) -> Double {
  guard !relevant.isEmpty else { return 0 }
  var dcg = 0.0
  for (r, item) in ranked.prefix(k).enumerated() where relevant.contains(item) {
    dcg += 1 / log2(Double(r + 2))
  }
  var ideal = 0.0
  for r in 0..<min(relevant.count, k) { ideal += 1 / log2(Double(r + 2)) }
  return dcg / ideal
}

/// The `k` highest-scoring indices, excluding `excluded`; ties by ascending index.
func topK(_ scores: [Float], k: Int, excluding excluded: Set<Int32>) -> [Int32] {
  var best: [(Int32, Float)] = []
  best.reserveCapacity(k + 1)
  for (i, s) in scores.enumerated() where !excluded.contains(Int32(i)) {
    if best.count == k, let last = best.last, s <= last.1 { continue }
    let at = best.firstIndex { s > $0.1 } ?? best.count
    best.insert((Int32(i), s), at: at)
    if best.count > k { best.removeLast() }
  }
  return best.map(\.0)
}

/// The median of a non-empty list.
func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
