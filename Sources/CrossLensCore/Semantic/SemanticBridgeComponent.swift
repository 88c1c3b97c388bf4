/// The learned semantic bridge across domains: for each ordered domain pair (S, T) a ridge map
/// `W_ST` (fitted in closed form on users active in both) from a user's S-profile to their
/// T-profile. A request's predicted T-profile is `p̂ = Σ_S p_S · W_ST` over the history's
/// other domains; an item's score is the cosine `p̂ · ẽ_i / ‖p̂‖`.
///
/// Profiles, map and cosine all use the item embeddings centred per domain (`ẽ_i`, see
/// `centredPerDomain`): the domain's mean item vector removed, re-normalised.
///
/// Raw cross-domain cosine between profiles and items is near chance on real product domains;
/// the map learns which S-taste goes with which T-taste.
public struct SemanticBridgeComponent: ScoringComponent {
  public struct Pair: Sendable, Hashable, Codable {
    public var source: Int
    public var target: Int
  }

  public let name: String
  public let dataset: Dataset
  public let embeddings: ItemEmbeddings
  /// `embeddings` centred per domain and re-normalised: what profiles and cosines use.
  public let centred: ItemEmbeddings
  public let halfLife: Float
  /// `W_ST`, (dimension + 1) × dimension, per fitted pair: the last row is the intercept.
  public let maps: [Pair: Matrix]

  public init(
    name: String = "semantic-bridge", dataset: Dataset, embeddings: ItemEmbeddings,
    halfLife: Float, maps: [Pair: Matrix]
  ) {
    self.name = name
    self.dataset = dataset
    self.embeddings = embeddings
    self.centred = Self.centredPerDomain(embeddings, dataset: dataset)
    self.halfLife = halfLife
    self.maps = maps
  }

  /// Source domains of the query with a map to `target`, their profiles and maps, and `p̂`
  /// with its norm.
  private func predicted(_ query: UserQuery, target: Int) -> (
    sources: [(domain: Int, profile: RecencyProfile, map: Matrix)], vector: [Float], norm: Float
  )? {
    var sources: [(domain: Int, profile: RecencyProfile, map: Matrix)] = []
    let domains = Set(
      query.history.compactMap { e -> Int? in
        dataset.items.indices.contains(Int(e.item)) ? dataset.items[Int(e.item)].domain : nil
      })
    for s in domains.sorted() where s != target {
      guard let map = maps[Pair(source: s, target: target)],
        let p = RecencyProfile(
          query: query, domain: s, dataset: dataset, embeddings: centred, halfLife: halfLife)
      else { continue }
      sources.append((s, p, map))
    }
    guard !sources.isEmpty else { return nil }
    var vector = [Float](repeating: 0, count: embeddings.dimension)
    for (_, p, map) in sources {
      let mapped = map.transposedMultiply(p.vector + [1])
      for c in vector.indices { vector[c] += mapped[c] }
    }
    let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return norm > 0 ? (sources, vector, norm) : nil
  }

  private func target(of item: Int32?) -> Int? {
    guard let item, dataset.items.indices.contains(Int(item)) else { return nil }
    return dataset.items[Int(item)].domain
  }

  /// - Complexity: O(history · dimension + dimension² + candidates · dimension).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    latentCosines(for: query, candidates: candidates)
      ?? [Float](repeating: 0, count: candidates.count)
  }

  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? {
    guard let t = target(of: candidates.first), let p = predicted(query, target: t) else {
      return nil
    }
    return centred.dots(candidates, p.vector.map { $0 / p.norm })
  }

  /// One term per source-domain history item j, `share_j · (ẽ_j · W_ST · ẽ_i) / ‖p̂‖`, and one
  /// per source domain for its intercept, `(b_ST · ẽ_i) / ‖p̂‖` (the terms sum to the score).
  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    guard let t = target(of: item), let p = predicted(query, target: t) else { return [] }
    let d = embeddings.dimension
    let e = Array(centred.vectors.values[Int(item) * d..<(Int(item) + 1) * d])
    var terms: [Contribution] = []
    for (source, profile, map) in p.sources {
      let v = map.multiply(e)  // W_ST · ẽ_i, with the intercept's term last
      for (h, share) in zip(profile.items, profile.shares) {
        terms.append(
          Contribution(
            historyItem: h, amount: share * centred.dot(h, Array(v[0..<d])) / p.norm,
            label: "bridged from \(dataset.items[Int(h)].title)"))
      }
      terms.append(
        Contribution(
          historyItem: nil, amount: v[d] / p.norm,
          label:
            "\(dataset.domains[source]) bridge intercept (what \(dataset.domains[t]) users "
            + "like overall)"))
    }
    return terms
  }
}
