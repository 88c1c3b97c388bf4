/// A ridge map from item text embeddings to collaborative item factors (DESIGN.md step 1(b)):
/// it gives factors to items with few or no interactions, whose own factors ALS can barely
/// estimate.
///
/// Fitted in closed form on the items with at least `minimumInteractions` interactions:
/// `M = (ẼᵀẼ + ρI)⁻¹ ẼᵀY`, where the rows of Ẽ are those items' embeddings with a constant 1
/// appended (the intercept) and the rows of Y their factors. An item with n interactions then
/// gets `y'_i = s·y_i + (1 − s)·ŷ_i` with `s = min(1, n / minimumInteractions)` and
/// `ŷ_i = [e_i, 1]·M`; an item without text (zero embedding) keeps `y_i`.
public struct TextFactorMap: Sendable {
  /// (dimension + 1) × factors; the last row is the intercept.
  public let map: Matrix
  /// Items with at least this many interactions are fitted on and keep their own factors.
  public let minimumInteractions: Int

  /// - Returns: `nil` when fewer items than the embedding dimension qualify (too few to fit).
  /// - Complexity: O(items · dimension · (dimension + factors) + dimension³).
  public static func fit(
    embeddings: ItemEmbeddings, factors: Matrix, interactionCounts: [Int],
    minimumInteractions: Int = 10, ridge: Float = 1
  ) throws(LinearAlgebraError) -> TextFactorMap? {
    let d = embeddings.dimension
    let items = (0..<Swift.min(factors.rows, embeddings.vectors.rows, interactionCounts.count))
      .filter { interactionCounts[$0] >= minimumInteractions && Self.hasText(embeddings, $0) }
    guard items.count > d else { return nil }
    var x = Matrix(rows: items.count, columns: d + 1, repeating: 1)
    var y = Matrix(rows: items.count, columns: factors.columns)
    for (r, i) in items.enumerated() {
      x.values.replaceSubrange(
        r * (d + 1)..<r * (d + 1) + d, with: embeddings.vectors.values[i * d..<(i + 1) * d])
      y.values.replaceSubrange(
        r * y.columns..<(r + 1) * y.columns,
        with: factors.values[i * factors.columns..<(i + 1) * factors.columns])
    }
    return TextFactorMap(
      map: try x.ridge(y, lambda: ridge), minimumInteractions: minimumInteractions)
  }

  /// `ŷ_i = [e_i, 1]·M`, the factors item `i`'s text predicts.
  ///
  /// - Complexity: O(dimension · factors).
  public func predicted(item i: Int, embeddings: ItemEmbeddings) -> [Float] {
    let d = embeddings.dimension
    return map.transposedMultiply(Array(embeddings.vectors.values[i * d..<(i + 1) * d]) + [1])
  }

  /// `factors` with every item below `minimumInteractions` moved toward its text's prediction.
  ///
  /// - Complexity: O(rare items · dimension · factors).
  public func applied(
    to factors: Matrix, interactionCounts: [Int], embeddings: ItemEmbeddings
  ) -> Matrix {
    var result = factors
    let f = factors.columns
    let rows = Swift.min(factors.rows, embeddings.vectors.rows, interactionCounts.count)
    for i in 0..<rows
    where interactionCounts[i] < minimumInteractions && Self.hasText(embeddings, i) {
      let share = Float(interactionCounts[i]) / Float(minimumInteractions)
      let text = predicted(item: i, embeddings: embeddings)
      for k in 0..<f {
        result.values[i * f + k] = share * factors.values[i * f + k] + (1 - share) * text[k]
      }
    }
    return result
  }

  static func hasText(_ embeddings: ItemEmbeddings, _ i: Int) -> Bool {
    let d = embeddings.dimension
    return embeddings.vectors.values[i * d..<(i + 1) * d].contains { $0 != 0 }
  }
}
