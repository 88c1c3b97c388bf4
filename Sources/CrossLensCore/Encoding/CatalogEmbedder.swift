import Foundation

/// Embeds a catalogue's item texts, reusing cached vectors whose model and text are unchanged,
/// in chunks so callers can show progress.
public struct CatalogEmbedder: Sendable {
  /// A vector made earlier, with the hash of the text it was made from.
  public struct Cached: Sendable, Equatable {
    public var textHash: String
    public var vector: [Float]
    public init(textHash: String, vector: [Float]) {
      self.textHash = textHash
      self.vector = vector
    }
  }

  /// How far a run has got; `secondsLeft` is nil until the first chunk is done.
  public struct Progress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var elapsed: Double
    public var secondsLeft: Double? {
      done > 0 ? elapsed / Double(done) * Double(total - done) : nil
    }
  }

  /// The result: one row per item, and which items were computed rather than reused.
  public struct Result: Sendable {
    public var vectors: Matrix
    public var textHashes: [String]
    /// Indices (into the items given) of the vectors computed in this run.
    public var computed: [Int]
  }

  public let encoder: any SentenceEncoder
  /// Texts per `encode` call: one progress step.
  public var chunkSize: Int

  public init(encoder: any SentenceEncoder, chunkSize: Int = 1024) {
    self.encoder = encoder
    self.chunkSize = max(1, chunkSize)
  }

  /// Vectors for `items`: `cached[item.id]` where its text hash matches and its length is the
  /// encoder's dimension, freshly encoded otherwise.
  ///
  /// - Complexity: one encoder call per `chunkSize` items that need a vector.
  public func embed(
    _ items: [Item], cached: [String: Cached] = [:], progress: (Progress) -> Void = { _ in }
  ) throws -> Result {
    let d = encoder.dimension
    let texts = items.map(ItemText.render)
    let hashes = texts.map(SHA256.hex)
    var vectors = Matrix(rows: items.count, columns: d)
    var missing: [Int] = []
    for (index, item) in items.enumerated() {
      if let hit = cached[item.id], hit.textHash == hashes[index], hit.vector.count == d {
        vectors.values.replaceSubrange(index * d..<(index + 1) * d, with: hit.vector)
      } else {
        missing.append(index)
      }
    }
    let clock = ContinuousClock()
    let start = clock.now
    func seconds() -> Double {
      let e = clock.now - start
      return Double(e.components.seconds) + Double(e.components.attoseconds) * 1e-18
    }
    progress(Progress(done: 0, total: missing.count, elapsed: 0))
    for chunkStart in stride(from: 0, to: missing.count, by: chunkSize) {
      let chunk = Array(missing[chunkStart..<min(chunkStart + chunkSize, missing.count)])
      let encoded = try encoder.encode(chunk.map { texts[$0] })
      for (row, index) in chunk.enumerated() {
        vectors.values.replaceSubrange(index * d..<(index + 1) * d, with: encoded.row(row))
      }
      progress(Progress(done: chunkStart + chunk.count, total: missing.count, elapsed: seconds()))
    }
    return Result(vectors: vectors, textHashes: hashes, computed: missing)
  }
}
