extension CrossDomainModel {
  /// Fits every component on `dataset` (all of it: hold evaluation targets out before calling).
  ///
  /// - Parameter embeddings: item text embeddings (e.g. MiniLM's from the store); when `nil`,
  ///   the hashed n-gram stand-in is computed and the model's notes say so.
  public static func fit(
    dataset: Dataset, embeddings: ItemEmbeddings? = nil,
    configuration: ModelConfiguration = ModelConfiguration()
  ) throws(LinearAlgebraError) -> CrossDomainModel {
    let embeddings =
      embeddings
      ?? HashedNGramEmbedding.itemEmbeddings(
        for: dataset, dimension: configuration.standInDimension)
    var notes: [String] = []
    if embeddings.isStandIn {
      notes.append(
        "semantic, semantic-bridge: \(embeddings.model) is a stand-in (hashed character n-grams), not a language model"
      )
    }
    let popularity = ItemPopularity(dataset: dataset)
    let components: [any ScoringComponent] = [
      PopularityComponent(popularity: popularity),
      SemanticProfileComponent(
        dataset: dataset, embeddings: embeddings, halfLife: configuration.profileHalfLife),
      try SemanticBridgeComponent.fit(
        dataset: dataset, embeddings: embeddings, halfLife: configuration.profileHalfLife,
        ridge: configuration.bridgeRidge),
    ]
    let weights = Dictionary(uniqueKeysWithValues: components.map { ($0.name, Float(1)) })
    return CrossDomainModel(
      dataset: dataset, components: components, weights: weights, popularity: popularity,
      notes: notes)
  }
}
