import Testing

@testable import CrossLensCore

/// The ridge map from item text embeddings to ALS item factors (DESIGN.md step 1(b)).
@Suite struct TextFactorMapTests {
  /// 40 items in 3-d (unit vectors from a seeded generator), item 39 without text; factors
  /// are an exact affine function of the embedding, `y = A·e + b`.
  static func fixture() -> (ItemEmbeddings, Matrix, [[Float]]) {
    let a: [[Float]] = [[1, -2, 0.5], [0, 1, 3]]  // 2 factors × 3 dimensions
    let b: [Float] = [0.25, -1]
    var rng = SplitMix64(seed: 3)
    var e = Matrix(rows: 40, columns: 3)
    for i in 0..<39 {
      for k in 0..<3 { e.values[i * 3 + k] = rng.nextUnit() - 0.5 }
    }
    let embeddings = ItemEmbeddings(model: "test", isStandIn: true, vectors: e)
    var y = Matrix(rows: 40, columns: 2)
    var affine: [[Float]] = []
    for i in 0..<40 {
      let v = Array(embeddings.vectors.values[i * 3..<i * 3 + 3])
      let row = (0..<2).map { f in b[f] + zip(a[f], v).reduce(0) { $0 + $1.0 * $1.1 } }
      affine.append(row)
      y.values[i * 2..<i * 2 + 2] = row[...]
    }
    return (embeddings, y, affine)
  }

  @Test func recoversAnAffineMapAndBlendsRareItemsByTheirCount() throws {
    let (embeddings, factors, affine) = Self.fixture()
    // Items 0–29 are frequent (fitted on), 30–38 rare with 0…8 interactions, 39 has no text.
    let counts = (0..<40).map { $0 < 30 ? 50 : $0 - 30 }
    // Rare items' own factors are made wrong, so the blend is visible.
    var noisy = factors
    for i in 30..<40 { noisy.values[i * 2..<i * 2 + 2] = [9, 9] }
    let map = try #require(
      try TextFactorMap.fit(
        embeddings: embeddings, factors: noisy, interactionCounts: counts,
        minimumInteractions: 10, ridge: 1e-6))
    let result = map.applied(to: noisy, interactionCounts: counts, embeddings: embeddings)
    for i in 0..<40 {
      let got = Array(result.values[i * 2..<i * 2 + 2])
      let expected: [Float]
      if i < 30 || i == 39 {
        expected = Array(noisy.values[i * 2..<i * 2 + 2])  // frequent, or no text: unchanged
      } else {
        let share = Float(counts[i]) / 10
        expected = (0..<2).map { share * 9 + (1 - share) * affine[i][$0] }
      }
      for f in 0..<2 { #expect(abs(got[f] - expected[f]) < 1e-3, "item \(i) factor \(f)") }
    }
  }

  @Test func declinesWhenTooFewItemsQualify() throws {
    let (embeddings, factors, _) = Self.fixture()
    let counts = (0..<40).map { $0 < 3 ? 50 : 0 }  // 3 items ≤ dimension 3
    #expect(
      try TextFactorMap.fit(
        embeddings: embeddings, factors: factors, interactionCounts: counts) == nil)
  }
}
