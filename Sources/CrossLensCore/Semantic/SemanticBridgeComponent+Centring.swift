extension SemanticBridgeComponent {
  /// The embeddings the bridge works in: each item's vector minus its domain's mean item
  /// vector, re-normalised (items without text stay zero).
  ///
  /// Why: sentence-encoder embeddings of one catalogue share a large common component (MiniLM
  /// titles of one domain sit at cosine ≈ 0.3–0.5 of each other). Uncentred, every profile is
  /// mostly that component, the ridge map learns to predict it, and the predicted T-profile
  /// ranks T items by how generic their title is rather than by the user's taste. Centred,
  /// profiles and the map carry only what distinguishes one user's taste from another's.
  ///
  /// - Complexity: O(items · dimension).
  static func centredPerDomain(_ embeddings: ItemEmbeddings, dataset: Dataset) -> ItemEmbeddings {
    let d = embeddings.dimension
    let rows = Swift.min(embeddings.vectors.rows, dataset.items.count)
    var means = [[Float]](
      repeating: [Float](repeating: 0, count: d), count: dataset.domains.count)
    var counts = [Int](repeating: 0, count: dataset.domains.count)
    var hasText = [Bool](repeating: false, count: rows)
    let values = embeddings.vectors.values
    for i in 0..<rows {
      let domain = dataset.items[i].domain
      guard means.indices.contains(domain) else { continue }
      let row = values[i * d..<(i + 1) * d]
      guard row.contains(where: { $0 != 0 }) else { continue }
      hasText[i] = true
      counts[domain] += 1
      for (c, x) in zip(0..<d, row) { means[domain][c] += x }
    }
    for domain in means.indices where counts[domain] > 0 {
      let scale = 1 / Float(counts[domain])
      for c in 0..<d { means[domain][c] *= scale }
    }
    var centred = embeddings.vectors
    for i in 0..<rows where hasText[i] {
      let mean = means[dataset.items[i].domain]
      for c in 0..<d { centred.values[i * d + c] -= mean[c] }
    }
    // `ItemEmbeddings.init` re-normalises every non-zero row.
    return ItemEmbeddings(
      model: embeddings.model + " (centred per domain)", isStandIn: embeddings.isStandIn,
      vectors: centred)
  }
}
