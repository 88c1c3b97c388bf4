import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The free-text query overlay, with the hashed n-gram stand-in as the sentence encoder.
@Suite struct QueryTests {
  /// Encodes texts with the same hashed n-grams as the item embeddings, L2-normalised as a
  /// sentence encoder's output is.
  struct HashedEncoder: SentenceEncoder {
    let dimension = 256
    let identifier = "hashed-ngram-256"
    func encode(_ texts: [String]) throws -> Matrix {
      Matrix(
        rows: texts.count, columns: dimension,
        values: texts.flatMap { text in
          let v = HashedNGramEmbedding.embed(text, dimension: dimension)
          let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
          return norm > 0 ? v.map { $0 / norm } : v
        })
    }
  }

  @Test func queryListsTheNearestTargetItemsByCosine() throws {
    let explorer = try ExplorerFixture.explorer()
    let dataset = ExplorerFixture.dataset
    let embeddings = HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 256)
    explorer.textSearch = { text, domain in
      try SimilarItems.nearest(
        to: text, encoder: HashedEncoder(), vectors: embeddings.vectors,
        candidates: dataset.itemIndices(inDomain: domain), k: 5)
    }
    ExplorerFixture.drive(explorer, [.character("Q")] + keys("jazz night") + [.enter])
    let nearest = try #require(explorer.state.nearest)
    #expect(nearest.domain == 2)
    // Independently: the best Music item by the dot product of normalised vectors.
    let q = HashedNGramEmbedding.embed("jazz night", dimension: 256)
    let norm = q.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let best = dataset.itemIndices(inDomain: 2).max { a, b in
      embeddings.dot(a, q) < embeddings.dot(b, q)
    }
    #expect(nearest.matches.first?.item == best)
    if let first = nearest.matches.first, let best {
      #expect(abs(first.cosine - embeddings.dot(best, q) / max(norm, 1e-12)) < 1e-4)
    }
    for size in GoldenScreenTests.sizes {
      let screen = explorer.render(size: size)
      Golden.check(screen.plainText(), named: "nearest-\(size.width)x\(size.height)")
    }
  }

  @Test func queryWithoutEmbeddingsSaysWhatToRun() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("Q")] + keys("jazz") + [.enter])
    #expect(explorer.state.message?.contains("crosslens embed") == true)
  }
}
