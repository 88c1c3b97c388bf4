/// One text embedding per item: rows of `vectors`, L2-normalised (a zero row for an item
/// without text), produced by a named model.
public struct ItemEmbeddings: Sendable {
  /// The encoder that made them (e.g. `all-MiniLM-L6-v2`, `hashed-ngram-256`).
  public let model: String
  /// True for the hashed character-n-gram stand-in, which is not a language model; every
  /// place that shows semantic numbers labels them as coming from a stand-in.
  public let isStandIn: Bool
  /// items × dimension, row-major, rows of norm 1 or 0.
  public let vectors: Matrix

  public var dimension: Int { vectors.columns }

  /// Normalises the rows of `vectors` (zero rows stay zero).
  public init(model: String, isStandIn: Bool, vectors: Matrix) {
    self.model = model
    self.isStandIn = isStandIn
    var normalised = vectors
    let d = vectors.columns
    for r in 0..<vectors.rows {
      var norm: Float = 0
      for c in 0..<d { norm += vectors.values[r * d + c] * vectors.values[r * d + c] }
      guard norm > 0 else { continue }
      let scale = 1 / norm.squareRoot()
      for c in 0..<d { normalised.values[r * d + c] *= scale }
    }
    self.vectors = normalised
  }

  /// `e_i · x` for a vector `x` of the embedding dimension.
  @inlinable
  public func dot(_ item: Int32, _ x: [Float]) -> Float {
    let d = vectors.columns
    let base = Int(item) * d
    return vectors.values.withUnsafeBufferPointer { v in
      var sum: Float = 0
      for c in 0..<d { sum += v[base + c] * x[c] }
      return sum
    }
  }

  /// `e_i · e_j`.
  public func dot(_ a: Int32, _ b: Int32) -> Float {
    let d = vectors.columns
    var sum: Float = 0
    for c in 0..<d { sum += vectors.values[Int(a) * d + c] * vectors.values[Int(b) * d + c] }
    return sum
  }

  /// `E[candidates] · x`: one dot product per candidate, through BLAS when many.
  ///
  /// - Complexity: O(candidates · dimension).
  public func dots(_ candidates: [Int32], _ x: [Float]) -> [Float] {
    candidates.map { dot($0, x) }
  }
}
