/// Items nearest to a free text: cosine between the text's embedding and each candidate item's
/// (both L2-normalised, so the cosine is their dot product), highest first.
public enum SimilarItems {
  public struct Match: Sendable, Equatable {
    public var item: Int32
    /// Cosine similarity in [-1, 1] between the text's and the item's embeddings.
    public var cosine: Float
  }

  /// The `k` candidates of `vectors` (items × d, rows normalised) nearest to `text`; ties keep
  /// the lower item index first.
  ///
  /// - Complexity: one encoder call, one gemv over all items (O(items · d)), O(c log c) sort.
  public static func nearest(
    to text: String, encoder: any SentenceEncoder, vectors: Matrix, candidates: [Int32], k: Int
  ) throws -> [Match] {
    let query = try encoder.encode([text])
    guard vectors.columns == query.columns else {
      throw EncoderError.invalidTokens(
        reason: "stored vectors have \(vectors.columns) dimensions, the encoder \(query.columns)")
    }
    let scores = vectors.multiply(query.row(0))
    let matches = candidates.filter { Int($0) >= 0 && Int($0) < vectors.rows }
      .map { Match(item: $0, cosine: scores[Int($0)]) }
      .sorted { $0.cosine != $1.cosine ? $0.cosine > $1.cosine : $0.item < $1.item }
    return Array(matches.prefix(max(0, k)))
  }
}
