/// Within-domain semantic relevance: the cosine between the user's recency-weighted profile in
/// the target domain (see `RecencyProfile`) and each candidate's embedding. A user without
/// target-domain history gets 0 for every item and has no latent vector here.
///
/// The target domain is the candidates' domain.
public struct SemanticProfileComponent: ScoringComponent {
  public let name: String
  public let dataset: Dataset
  public let embeddings: ItemEmbeddings
  /// Half-life of the recency weights, in events.
  public let halfLife: Float

  public init(
    name: String = "semantic", dataset: Dataset, embeddings: ItemEmbeddings, halfLife: Float = 1
  ) {
    self.name = name
    self.dataset = dataset
    self.embeddings = embeddings
    self.halfLife = halfLife
  }

  func profile(_ query: UserQuery, domainOf item: Int32?) -> RecencyProfile? {
    guard let item, dataset.items.indices.contains(Int(item)) else { return nil }
    return RecencyProfile(
      query: query, domain: dataset.items[Int(item)].domain, dataset: dataset,
      embeddings: embeddings, halfLife: halfLife)
  }

  /// - Complexity: O((history + candidates) · dimension).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    latentCosines(for: query, candidates: candidates)
      ?? [Float](repeating: 0, count: candidates.count)
  }

  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? {
    guard let p = profile(query, domainOf: candidates.first) else { return nil }
    return embeddings.dots(candidates, p.vector)
  }

  /// `p · e_i = Σ_j share_j (e_j · e_i)`: one term per target-domain history item.
  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    guard let p = profile(query, domainOf: item) else { return [] }
    return zip(p.items, p.shares).map { h, share in
      Contribution(
        historyItem: h, amount: share * embeddings.dot(h, item),
        label: "similarity to \(dataset.items[Int(h)].title)")
    }
  }
}
