import Foundation

/// Item text embeddings in the `embeddings` table: one row per (item, model), the vector as a
/// little-endian float32 BLOB of `dims` values, with the SHA-256 of the text it was made from
/// (`ItemText.hash`), so a re-run re-embeds only items whose text or model changed.
extension Store {
  /// The stored vectors of one model, by item id.
  ///
  /// - Complexity: O(rows · dims).
  public func embeddings(model: String) throws -> [String: CatalogEmbedder.Cached] {
    try connection.serialized {
      let statement = try connection.prepare(
        "SELECT item_id, text_hash, dims, vector FROM embeddings WHERE model = ?")
      statement.bind(1, model)
      var rows: [String: CatalogEmbedder.Cached] = [:]
      while try statement.step() {
        let id = statement.string(0) ?? ""
        let dims = statement.int(2)
        let blob = statement.blob(3)
        guard dims > 0, blob.count == dims * 4 else {
          throw StoreError(
            path: path,
            message:
              "embeddings: item \(id), model \(model): \(blob.count) bytes for \(dims) float32 values"
          )
        }
        // Little-endian float32, as the store writes them: one copy, not a decode per value.
        var vector = [Float](repeating: 0, count: dims)
        vector.withUnsafeMutableBytes { $0.copyBytes(from: blob) }
        rows[id] = CatalogEmbedder.Cached(textHash: statement.string(1) ?? "", vector: vector)
      }
      return rows
    }
  }

  /// Stores vectors of one model (replacing any rows of the same item and model), all in one
  /// transaction.
  public func putEmbeddings(model: String, rows: [(itemID: String, cached: CatalogEmbedder.Cached)])
    throws
  {
    try connection.serialized {
      try connection.transaction {
        let statement = try connection.prepare(
          "INSERT OR REPLACE INTO embeddings(item_id, model, text_hash, dims, vector) VALUES (?, ?, ?, ?, ?)"
        )
        for row in rows {
          var blob: [UInt8] = []
          blob.reserveCapacity(row.cached.vector.count * 4)
          for value in row.cached.vector {
            let bits = value.bitPattern
            blob += [
              UInt8(truncatingIfNeeded: bits), UInt8(truncatingIfNeeded: bits >> 8),
              UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 24),
            ]
          }
          statement.bind(1, row.itemID)
          statement.bind(2, model)
          statement.bind(3, row.cached.textHash)
          statement.bind(4, row.cached.vector.count)
          statement.bind(5, blob: blob)
          try statement.run()
        }
      }
    }
  }

  /// The models that have vectors in the store, with how many items each covers.
  public func embeddingModels() throws -> [(model: String, items: Int)] {
    try connection.serialized {
      let statement = try connection.prepare(
        "SELECT model, COUNT(*) FROM embeddings GROUP BY model ORDER BY model")
      var models: [(String, Int)] = []
      while try statement.step() { models.append((statement.string(0) ?? "", statement.int(1))) }
      return models
    }
  }

  /// The vectors of `model` as an items × dims matrix in `dataset`'s item order, or nil unless
  /// every item has a vector made from its current text.
  public func itemEmbeddings(model: String, dataset: Dataset) throws -> ItemEmbeddings? {
    try connection.serialized {
      let stored = try embeddings(model: model)
      guard let dims = stored.values.first?.vector.count else { return nil }
      var matrix = Matrix(rows: dataset.items.count, columns: dims)
      for (index, item) in dataset.items.enumerated() {
        guard let row = stored[item.id], row.vector.count == dims,
          row.textHash == ItemText.hash(item)
        else { return nil }
        matrix.values.replaceSubrange(index * dims..<(index + 1) * dims, with: row.vector)
      }
      return ItemEmbeddings(model: model, isStandIn: false, vectors: matrix)
    }
  }

  /// The all-MiniLM-L6-v2 vectors of every item of `dataset`, if the store has them all for the
  /// items' current texts (`crosslens embed`, or the demo's shipped files); nil otherwise.
  public func miniLMEmbeddings(dataset: Dataset) throws -> ItemEmbeddings? {
    try itemEmbeddings(model: MiniLMModelFiles.modelIdentifier, dataset: dataset)
  }

  /// Copies vectors shipped beside a dataset (`EmbeddingFile`, e.g. the demo's `Data/`) into the
  /// store, for the items whose text they were made from; returns how many. No files: 0.
  @discardableResult
  public func importShippedEmbeddings(folder: String, dataset: Dataset) throws -> Int {
    guard FileManager.default.fileExists(atPath: folder + "/" + EmbeddingFile.indexName) else {
      return 0
    }
    let shipped = try EmbeddingFile.read(folder: folder)
    let rows = dataset.items.compactMap {
      item -> (itemID: String, cached: CatalogEmbedder.Cached)? in
      guard let row = shipped.rows[item.id], row.textHash == ItemText.hash(item) else { return nil }
      return (item.id, row)
    }
    try putEmbeddings(model: shipped.model, rows: rows)
    return rows.count
  }
}
