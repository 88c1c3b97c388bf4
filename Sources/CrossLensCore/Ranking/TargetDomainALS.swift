/// ALS on the target domain only (`als-target`): one `ImplicitALS` per domain, each fitted on
/// that domain's interactions alone, asked with the query's history in the candidates' domain.
/// The single-domain baseline beside the joint model; a user without target history gets 0.
public struct TargetDomainALS: ScoringComponent {
  public let name: String
  /// Domain index → the model fitted on that domain's interactions (columns: all items).
  public let models: [Int: ImplicitALS]
  /// Each item's domain.
  public let itemDomains: [Int]

  public init(name: String = "als-target", models: [Int: ImplicitALS], itemDomains: [Int]) {
    self.name = name
    self.models = models
    self.itemDomains = itemDomains
  }

  /// Fits one model per domain of `dataset`.
  public static func fit(dataset: Dataset, parameters: ImplicitALS.Parameters) throws
    -> TargetDomainALS
  {
    var models: [Int: ImplicitALS] = [:]
    for d in dataset.domains.indices {
      let triplets = dataset.interactions.compactMap {
        x -> (row: Int32, column: Int32, value: Float)? in
        dataset.items[Int(x.item)].domain == d ? (x.user, x.item, x.value ?? 1) : nil
      }
      guard !triplets.isEmpty else { continue }
      let matrix = CSRMatrix(
        rows: dataset.users.count, columns: dataset.items.count, triplets: triplets)
      models[d] = try ImplicitALS.fit(matrix, parameters: parameters, name: "als-target")
    }
    return TargetDomainALS(models: models, itemDomains: dataset.items.map(\.domain))
  }

  /// The model and the query restricted to `item`'s domain.
  private func model(for item: Int32?, _ query: UserQuery) -> (ImplicitALS, UserQuery)? {
    guard let item, item >= 0, Int(item) < itemDomains.count else { return nil }
    let d = itemDomains[Int(item)]
    guard let model = models[d] else { return nil }
    let history = query.history.filter {
      $0.item >= 0 && Int($0.item) < itemDomains.count && itemDomains[Int($0.item)] == d
    }
    return history.isEmpty ? nil : (model, UserQuery(user: query.user, history: history))
  }

  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    guard let (model, restricted) = model(for: candidates.first, query) else {
      return [Float](repeating: 0, count: candidates.count)
    }
    return model.scores(for: restricted, candidates: candidates)
  }

  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? {
    guard let (model, restricted) = model(for: candidates.first, query) else { return nil }
    return model.latentCosines(for: restricted, candidates: candidates)
  }

  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    guard let (model, restricted) = model(for: item, query) else { return [] }
    return model.explain(restricted, item: item)
  }
}
