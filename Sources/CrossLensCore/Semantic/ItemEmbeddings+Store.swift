extension ItemEmbeddings {
  /// The store's MiniLM embeddings of every item (written by `crosslens embed`), or `nil` when
  /// some item has none (then the semantic components fall back to the labelled stand-in).
  ///
  /// - Complexity: O(items · 384).
  public static func miniLM(in store: Store, for dataset: Dataset) throws -> ItemEmbeddings? {
    let model = "all-MiniLM-L6-v2@" + MiniLMModelFiles.weightsSHA256.prefix(16)
    let rows = try store.embeddings(model: model)
    guard let dimension = rows.first?.value.vector.count, dimension > 0 else { return nil }
    var matrix = Matrix(rows: dataset.items.count, columns: dimension)
    for (i, item) in dataset.items.enumerated() {
      guard let vector = rows[item.id]?.vector, vector.count == dimension else { return nil }
      matrix.values.replaceSubrange(i * dimension..<(i + 1) * dimension, with: vector)
    }
    return ItemEmbeddings(model: model, isStandIn: false, vectors: matrix)
  }

  /// MiniLM's embeddings from the store when complete, else the hashed n-gram stand-in.
  public static func best(in store: Store, for dataset: Dataset, standInDimension: Int = 256) throws
    -> ItemEmbeddings
  {
    try miniLM(in: store, for: dataset)
      ?? HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: standInDimension)
  }
}
