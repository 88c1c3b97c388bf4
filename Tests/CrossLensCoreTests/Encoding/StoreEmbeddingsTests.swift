import Foundation
import Testing

@testable import CrossLensCore

@Suite struct StoreEmbeddingsTests {
  static func dataset(title: String = "Chef knife") -> Dataset {
    Dataset(
      name: "tiny", domains: ["Kitchen", "Grocery"],
      items: [
        Item(id: "k1", domain: 0, title: title), Item(id: "g1", domain: 1, title: "Sea salt"),
      ],
      users: [User(id: "u1")], interactions: [Interaction(user: 0, item: 0)], timeKind: .none)
  }

  @Test func vectorsRoundTripExactlyAndFollowTheItemOrder() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.dataset())
    let data = Self.dataset()
    let k1: [Float] = [0.6, -0.8, .leastNonzeroMagnitude]
    let g1: [Float] = [1, 0, -0]
    try store.putEmbeddings(
      model: "m",
      rows: [
        ("g1", .init(textHash: ItemText.hash(data.items[1]), vector: g1)),
        ("k1", .init(textHash: ItemText.hash(data.items[0]), vector: k1)),
      ])
    let stored = try store.embeddings(model: "m")
    #expect(stored["k1"]?.vector.map(\.bitPattern) == k1.map(\.bitPattern))
    #expect(try store.embeddings(model: "other").isEmpty)
    #expect(try store.embeddingModels().map(\.model) == ["m"])
    let matrix = try #require(try store.itemEmbeddings(model: "m", dataset: data))
    #expect(matrix.vectors.row(0) == k1.map { $0 })
    #expect(matrix.vectors.row(1) == g1)
    #expect(!matrix.isStandIn)
  }

  @Test func changedTextOrMissingItemsMeanNoMatrix() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.dataset())
    let data = Self.dataset()
    try store.putEmbeddings(
      model: "m", rows: [("k1", .init(textHash: ItemText.hash(data.items[0]), vector: [1, 0]))])
    #expect(try store.itemEmbeddings(model: "m", dataset: data) == nil)  // g1 missing
    try store.putEmbeddings(
      model: "m", rows: [("g1", .init(textHash: ItemText.hash(data.items[1]), vector: [0, 1]))])
    #expect(try store.itemEmbeddings(model: "m", dataset: data) != nil)
    #expect(
      try store.itemEmbeddings(model: "m", dataset: Self.dataset(title: "Paring knife")) == nil)
  }

  @Test func aBlobOfTheWrongLengthIsAnErrorNamingTheItem() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.dataset())
    try store.connection.execute(
      "INSERT INTO embeddings VALUES ('k1', 'm', 'h', 3, x'0000803f')")
    let error = #expect(throws: StoreError.self) { try store.embeddings(model: "m") }
    #expect(error?.message.contains("item k1") == true)
  }

  @Test func shippedFilesRoundTripAtHalfPrecision() throws {
    let folder = try TemporaryDirectory()
    let vectors = Matrix(rows: 2, columns: 3, values: [0.6, -0.8, 0, 0.123456, 0.5, -1])
    try EmbeddingFile.write(
      folder: folder.path, model: "m@1", itemIDs: ["a", "b"],
      textHashes: [String(repeating: "0", count: 64), String(repeating: "f", count: 64)],
      vectors: vectors)
    let read = try EmbeddingFile.read(folder: folder.path)
    #expect(read.model == "m@1")
    #expect(read.rows["a"]?.vector == [0.6, -0.8, 0].map { Float(Float16($0)) })
    #expect(abs((read.rows["b"]?.vector[0] ?? 0) - 0.123456) < 1e-4)
    #expect(read.rows["b"]?.textHash == String(repeating: "f", count: 64))
    // A vectors file one byte short is an error naming it.
    let path = folder.path + "/" + EmbeddingFile.vectorsName
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try bytes.dropLast().write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: EncoderError.self) { try EmbeddingFile.read(folder: folder.path) }
    #expect("\(error.map { "\($0)" } ?? "")".contains(EmbeddingFile.vectorsName))
  }
}
