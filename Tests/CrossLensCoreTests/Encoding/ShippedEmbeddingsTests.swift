import CrossLensCore
import Foundation
import Testing

/// The demo's `Data/embeddings.tsv` + `.f16` must match the demo items and the model.
@Suite struct ShippedEmbeddingsTests {
  static let data = TestPaths.packageRoot.appendingPathComponent("Data").path

  static func demo() throws -> (Dataset, (model: String, rows: [String: CatalogEmbedder.Cached])) {
    let dataset = try DatasetImporter(plan: DelimitedLoader.plan(folder: data)).run().dataset
    return (dataset, try EmbeddingFile.read(folder: data))
  }

  @Test func everyDemoItemHasAVectorOfItsCurrentText() throws {
    let (dataset, shipped) = try Self.demo()
    #expect(shipped.rows.count == dataset.items.count)
    let stale = dataset.items.filter { shipped.rows[$0.id]?.textHash != ItemText.hash($0) }
    #expect(
      stale.isEmpty,
      "stale or missing: \(stale.prefix(5).map(\.id)); rerun crosslens embed --export Data")
    #expect(shipped.model.hasPrefix("all-MiniLM-L6-v2@"))
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func shippedVectorsEqualAFreshComputation() throws {
    let encoder = try #require(MiniLMFixtures.encoder)
    let (dataset, shipped) = try Self.demo()
    #expect(shipped.model == encoder.identifier)
    // Every 34th item (24 of 816) keeps the debug-build test short; the release `embed` covers all.
    let sample = stride(from: 0, to: dataset.items.count, by: 34).map { dataset.items[$0] }
    let fresh = try encoder.encode(sample.map(ItemText.render))
    var worst: Float = 1
    for (row, item) in sample.enumerated() {
      let stored = try #require(shipped.rows[item.id]?.vector)
      let cosine =
        zip(stored, fresh.row(row)).map { $0 * $1 }.reduce(0, +)
        / stored.map { $0 * $0 }.reduce(0, +).squareRoot()
      worst = min(worst, cosine)
    }
    #expect(worst >= 0.9999, "worst cosine \(worst)")
  }
}

@Suite struct ShippedEmbeddingsImportTests {
  @Test func theDemoStoreGetsEveryShippedVector() throws {
    let folder = try TemporaryDirectory()
    let dataset = try DatasetImporter(
      plan: DelimitedLoader.plan(folder: ShippedEmbeddingsTests.data)
    )
    .run().dataset
    let store = try Store.create(at: folder.file("demo.sqlite"), from: dataset)
    #expect(try store.miniLMEmbeddings(dataset: dataset) == nil)
    let copied = try store.importShippedEmbeddings(
      folder: ShippedEmbeddingsTests.data, dataset: dataset)
    #expect(copied == dataset.items.count)
    let embeddings = try #require(try store.miniLMEmbeddings(dataset: dataset))
    let shipped = try EmbeddingFile.read(folder: ShippedEmbeddingsTests.data)
    let stored = try #require(shipped.rows[dataset.items[5].id]?.vector)
    // ItemEmbeddings renormalises the half-precision rows, a change in the 4th digit at most.
    #expect(zip(embeddings.vectors.row(5), stored).allSatisfy { abs($0 - $1) < 1e-3 })
    #expect(try store.importShippedEmbeddings(folder: folder.path, dataset: dataset) == 0)
  }
}
