import CrossLensCore
import Foundation
import Testing

/// Counts the texts that reach the real encoder, to see what the cache saves.
final class CountingEncoder: SentenceEncoder, @unchecked Sendable {
  let inner: any SentenceEncoder
  private let lock = NSLock()
  private var texts: [String] = []
  init(_ inner: any SentenceEncoder) { self.inner = inner }
  var dimension: Int { inner.dimension }
  var identifier: String { inner.identifier }
  var encoded: [String] { lock.withLock { texts } }
  func encode(_ texts: [String]) throws -> Matrix {
    lock.withLock { self.texts += texts }
    return try inner.encode(texts)
  }
}

@Suite struct CatalogEmbedderTests {
  @Test func itemTextTemplate() {
    let described = Item(
      id: "a", domain: 0, title: "Dune ", description: "Desert  planet.\n",
      attributes: ["tags": "x"])
    #expect(ItemText.render(described) == "Dune . Desert planet.")
    let tagged = Item(
      id: "b", domain: 0, title: "Wok", attributes: ["tags": "steel;pan", "brand": "Joyce"])
    #expect(ItemText.render(tagged) == "Wok. brand: Joyce; tags: steel;pan")
    #expect(ItemText.render(Item(id: "c", domain: 0, title: "Salt", description: "  ")) == "Salt")
    #expect(ItemText.hash(tagged) == SHA256.hex("Wok. brand: Joyce; tags: steel;pan"))
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func aReRunEmbedsOnlyNewOrChangedItems() throws {
    let miniLM = try #require(MiniLMFixtures.encoder)
    let encoder = CountingEncoder(miniLM)
    let embedder = CatalogEmbedder(encoder: encoder, chunkSize: 2)
    var items = [
      Item(id: "k1", domain: 0, title: "Cast iron skillet"),
      Item(id: "k2", domain: 0, title: "Chef knife"),
      Item(id: "g1", domain: 1, title: "Espresso beans", description: "Dark roast"),
    ]
    var steps: [CatalogEmbedder.Progress] = []
    let first = try embedder.embed(items) { steps.append($0) }
    #expect(first.computed == [0, 1, 2])
    #expect(steps.map(\.done) == [0, 2, 3])
    #expect(steps.last?.secondsLeft == 0)
    let direct = try miniLM.encode(items.map(ItemText.render))
    #expect(zip(first.vectors.values, direct.values).allSatisfy { abs($0 - $1) < 1e-5 })

    var cache: [String: CatalogEmbedder.Cached] = [:]
    for (i, item) in items.enumerated() {
      cache[item.id] = .init(textHash: first.textHashes[i], vector: first.vectors.row(i))
    }
    items[1].title = "Chef's knife, 8 inch"
    items.append(Item(id: "g2", domain: 1, title: "Sea salt"))
    let before = encoder.encoded.count
    let second = try embedder.embed(items, cached: cache)
    #expect(second.computed == [1, 3])
    #expect(Array(encoder.encoded[before...]) == ["Chef's knife, 8 inch", "Sea salt"])
    #expect(second.vectors.row(0) == first.vectors.row(0))
    #expect(second.vectors.row(1) != first.vectors.row(1))
  }
}
