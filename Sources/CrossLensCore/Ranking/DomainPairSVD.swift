/// The SVD association component (`svd`): one `CoOccurrenceSVD` per ordered domain pair
/// (S, T). A request into T sums the associations of the history's other domains:
/// `score(i) = Σ_S Σ_{h ∈ H ∩ S} w(h) · a_h · b_i^{(S,T)}`. Its latent cosine is that of the
/// concatenated user profiles `[p_S …]` and the item's concatenated vectors `[b_i^{(S,T)} …]`.
public struct DomainPairSVD: ScoringComponent {
  public struct Pair: Sendable, Hashable {
    public var source: Int
    public var target: Int
  }

  public let name: String
  public let models: [Pair: CoOccurrenceSVD]
  public let itemDomains: [Int]

  public init(name: String = "svd", models: [Pair: CoOccurrenceSVD], itemDomains: [Int]) {
    self.name = name
    self.models = models
    self.itemDomains = itemDomains
  }

  /// Fits every ordered pair of distinct domains on the joint matrix.
  public static func fit(
    dataset: Dataset, joint: CSRMatrix, parameters: CoOccurrenceSVD.Parameters
  ) throws(LinearAlgebraError) -> DomainPairSVD {
    var models: [Pair: CoOccurrenceSVD] = [:]
    let items = dataset.domains.indices.map { dataset.itemIndices(inDomain: $0) }
    for s in dataset.domains.indices {
      for t in dataset.domains.indices where s != t && !items[s].isEmpty && !items[t].isEmpty {
        models[Pair(source: s, target: t)] = try CoOccurrenceSVD.fit(
          joint, sourceItems: items[s], targetItems: items[t], parameters: parameters)
      }
    }
    return DomainPairSVD(models: models, itemDomains: dataset.items.map(\.domain))
  }

  /// The models into `item`'s domain from the history's other domains, in source order.
  private func sources(into item: Int32?, _ query: UserQuery) -> [CoOccurrenceSVD] {
    guard let item, item >= 0, Int(item) < itemDomains.count else { return [] }
    let t = itemDomains[Int(item)]
    let domains = Set(
      query.history.compactMap { e in
        e.item >= 0 && Int(e.item) < itemDomains.count ? itemDomains[Int(e.item)] : nil
      })
    return domains.sorted().compactMap { s in s == t ? nil : models[Pair(source: s, target: t)] }
  }

  /// - Complexity: O(sources · (|H| · r + |candidates| · r)).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    var total = [Float](repeating: 0, count: candidates.count)
    for model in sources(into: candidates.first, query) {
      for (j, s) in model.scores(for: query, candidates: candidates).enumerated() { total[j] += s }
    }
    return total
  }

  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? {
    let models = sources(into: candidates.first, query)
    let profiles = models.map { $0.profile(query.history) }
    let userNorm = profiles.joined().reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard userNorm > 0 else { return nil }
    let dots = scores(for: query, candidates: candidates)
    return zip(candidates, dots).map { i, dot in
      var norm: Float = 0
      for model in models {
        let row = Int(model.targetRow[Int(i)])
        guard row >= 0 else { continue }
        for k in 0..<model.rank {
          norm += model.targetVectors[row, k] * model.targetVectors[row, k]
        }
      }
      return norm > 0 ? dot / (norm.squareRoot() * userNorm) : 0
    }
  }

  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    sources(into: item, query).flatMap { $0.explain(query, item: item) }
  }
}
