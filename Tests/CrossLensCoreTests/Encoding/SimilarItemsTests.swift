import CrossLensCore
import Foundation
import Testing

@Suite struct SimilarItemsTests {
  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func nearestItemsAreRankedByCosineAmongCandidates() throws {
    let encoder = try #require(MiniLMFixtures.encoder)
    let titles = [
      "Chef knife, 8 inch", "Espresso coffee beans", "Cast iron skillet", "Bread knife",
    ]
    let vectors = try encoder.encode(titles)
    let query = "a sharp knife for cutting vegetables"
    let matches = try SimilarItems.nearest(
      to: query, encoder: encoder, vectors: vectors, candidates: [0, 1, 2], k: 2)
    #expect(matches.first?.item == 0)
    #expect(matches.count == 2)
    // Independent check: the cosine of two separately computed embeddings.
    let q = try encoder.encode([query]).row(0)
    let expected = zip(q, vectors.row(0)).map { Double($0) * Double($1) }.reduce(0, +)
    #expect(abs(Double(matches[0].cosine) - expected) < 1e-5)
    #expect(matches[0].cosine >= matches[1].cosine)
    #expect(!matches.contains { $0.item == 3 })  // not a candidate
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func encodingJSONHoldsTokensIdsAndTheEmbedding() throws {
    let encoder = try #require(MiniLMFixtures.encoder)
    let json = try encoder.encodingJSON(for: "Toy Story (1995)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["tokens"] as? [String] == ["[CLS]", "toy", "story", "(", "1995", ")", "[SEP]"])
    #expect(object["ids"] as? [Int] == [101, 9121, 2466, 1006, 2786, 1007, 102])
    let embedding = try #require(object["embedding"] as? [Double])
    let direct = try encoder.encode(["Toy Story (1995)"]).row(0)
    #expect(embedding.count == 384)
    #expect(zip(embedding, direct).allSatisfy { abs($0 - Double($1)) < 1e-6 })
  }
}
