import Foundation

/// A user's semantic profile in one domain: the normalised, recency-weighted mean of the
/// embeddings of their history there. With the domain's m history items oldest first, item j
/// weighs `a_j = 2^(−(m − 1 − j) / h)` (h = half-life in events; the latest weighs 1),
/// `m_u = Σ a_j e_j` and the profile is `p = m_u / ‖m_u‖`.
public struct RecencyProfile: Sendable {
  /// The profile vector (unit norm).
  public let vector: [Float]
  /// The history items used and their weights divided by `‖m_u‖` (so `p = Σ share_j e_j`).
  public let items: [Int32]
  public let shares: [Float]

  /// The profile of the `query` history items of `domain`; `nil` when there are none (or
  /// their embeddings sum to zero).
  ///
  /// - Complexity: O(history · dimension).
  public init?(
    query: UserQuery, domain: Int, dataset: Dataset, embeddings: ItemEmbeddings, halfLife: Float
  ) {
    let items = query.history.map(\.item).filter {
      dataset.items.indices.contains(Int($0)) && dataset.items[Int($0)].domain == domain
    }
    self.init(items: items, embeddings: embeddings, halfLife: halfLife)
  }

  /// The profile of `items`, oldest first.
  public init?(items: [Int32], embeddings: ItemEmbeddings, halfLife: Float) {
    guard !items.isEmpty else { return nil }
    let d = embeddings.dimension
    let m = items.count
    let weights = (0..<m).map { j in
      Float(exp2(-Double(m - 1 - j) / Double(Swift.max(halfLife, 1e-3))))
    }
    var sum = [Float](repeating: 0, count: d)
    embeddings.vectors.values.withUnsafeBufferPointer { e in
      for (j, item) in items.enumerated() {
        let base = Int(item) * d
        for c in 0..<d { sum[c] += weights[j] * e[base + c] }
      }
    }
    let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard norm > 0 else { return nil }
    self.vector = sum.map { $0 / norm }
    self.items = items
    self.shares = weights.map { $0 / norm }
  }
}
