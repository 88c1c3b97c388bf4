import CSQLite
import Foundation
import Testing

@testable import CrossLensCore

@Suite struct StoreTests {
  /// A small dataset with every optional field both present and absent.
  static let sample = Dataset(
    name: "sample", domains: ["Books", "Music"],
    items: [
      Item(
        id: "b1", domain: 0, title: "Dune", description: "Desert planet",
        attributes: ["tags": "sf;classic"]),
      Item(id: "m1", domain: 1, title: "東京 Blues"),
    ],
    users: [User(id: "u1", attributes: ["group": "train", "age": "30"]), User(id: "u2")],
    interactions: [
      Interaction(user: 1, item: 1, value: nil, time: nil),
      Interaction(user: 0, item: 1, value: 4.5, time: 20),
      Interaction(user: 0, item: 0, value: 3, time: 10),
    ],
    timeKind: .timestamp)

  func expectSame(_ a: Dataset, _ b: Dataset) {
    #expect(a.name == b.name)
    #expect(a.domains == b.domains)
    #expect(a.items == b.items)
    #expect(a.users == b.users)
    #expect(a.interactions == b.interactions)
    #expect(a.timeKind == b.timeKind)
  }

  @Test func roundTripKeepsEveryField() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.sample)
    let loaded = try store.loadDataset()
    expectSame(loaded, Self.sample)
    #expect(store.dataHash == DataHash.compute(loaded))
    #expect(store.dataHash.count == 32)
    // Reopening gives the same.
    expectSame(try Store(path: folder.file("s.sqlite")).loadDataset(), Self.sample)
  }

  @Test func schemaIsVersionedWithWALAndForeignKeys() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.sample)
    #expect(store.schemaVersion == Schema.current)
    #expect(try store.connection.integer("PRAGMA foreign_keys") == 1)
    let mode = try store.connection.prepare("PRAGMA journal_mode")
    _ = try mode.step()
    #expect(mode.string(0) == "wal")
    let tables = try store.connection.prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    var names: [String] = []
    while try tables.step() { names.append(tables.string(0) ?? "") }
    #expect(
      names == [
        "artifacts", "domains", "embeddings", "eval_runs", "flags", "interactions",
        "item_attributes",
        "items", "meta", "presets", "user_attributes", "users",
      ])
    // Foreign keys are enforced: an interaction with an unknown user is refused.
    #expect(throws: StoreError.self) {
      try store.connection.execute("INSERT INTO interactions(user, item) VALUES (99, 0)")
    }
  }

  /// What is not a store is refused and left byte for byte as it was (opening must not switch
  /// another program's database to WAL, or fill an empty file with tables).
  @Test func emptyNewerAndForeignFilesAreRefusedUntouched() throws {
    let folder = try TemporaryDirectory()
    let bytes = { (path: String) in try Data(contentsOf: URL(fileURLWithPath: path)) }
    let empty = folder.file("empty.sqlite")
    try SQLiteConnection(path: empty, create: true).execute("PRAGMA user_version = 0")
    let emptyBefore = try bytes(empty)
    #expect(
      throws: StoreError(path: empty, message: "the store holds no dataset", isMissingInput: true)
    ) {
      try Store(path: empty)
    }
    #expect(try bytes(empty) == emptyBefore)

    let newer = folder.file("newer.sqlite")
    try SQLiteConnection(path: newer, create: true).execute("PRAGMA user_version = 99")
    #expect(
      throws: StoreError(
        path: newer, message: "the store has schema version 99; this build reads up to 2")
    ) {
      try Store(path: newer)
    }

    let other = folder.file("other.sqlite")
    try SQLiteConnection(path: other, create: true).execute("CREATE TABLE t(x)")
    let otherBefore = try bytes(other)
    #expect(
      throws: StoreError(
        path: other, message: "not a CrossLens store (a different SQLite database)")
    ) {
      try Store(path: other)
    }
    #expect(try bytes(other) == otherBefore)

    let text = folder.file("text.sqlite")
    try Data(String(repeating: "not sqlite\n", count: 100).utf8).write(
      to: URL(fileURLWithPath: text))
    #expect(
      throws: StoreError(path: text, message: "not a CrossLens store (not an SQLite database)")
    ) {
      try Store(path: text)
    }
    #expect(
      throws: StoreError(path: folder.file("none"), message: "no such store", isMissingInput: true)
    ) {
      try Store(path: folder.file("none"))
    }
  }

  @Test func failedCreateLeavesExistingStoreByteIdentical() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("s.sqlite")
    _ = try Store.create(at: path, from: Self.sample)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // Two items with one id: the UNIQUE constraint fails halfway through writing.
    var broken = Self.sample
    broken.items.append(Item(id: "b1", domain: 1, title: "again"))
    #expect(throws: StoreError.self) { try Store.create(at: path, from: broken) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    // No temporary files are left behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        == [])
    expectSame(try Store(path: path).loadDataset(), Self.sample)
  }

  @Test func dataHashIsStableAndSensitive() throws {
    let folder = try TemporaryDirectory()
    let a = try Store.create(at: folder.file("a.sqlite"), from: Self.sample)
    var renamed = Self.sample
    renamed.name = "other name"
    let b = try Store.create(at: folder.file("b.sqlite"), from: renamed)
    #expect(a.dataHash == b.dataHash)  // the name is not data
    var changed = Self.sample
    changed.items[1].title = "東京 Blue"
    #expect(DataHash.compute(changed) != a.dataHash)
    let retimed = Dataset(
      name: "sample", domains: Self.sample.domains, items: Self.sample.items,
      users: Self.sample.users,
      interactions: Self.sample.interactions.map { x in
        Interaction(user: x.user, item: x.item, value: x.value, time: x.time.map { $0 + 1 })
      }, timeKind: .timestamp)
    #expect(DataHash.compute(retimed) != a.dataHash)
  }

  @Test func fingerprintDependsOnlyOnTheBytes() {
    func print(_ pieces: [[UInt8]]) -> String {
      var hash = Fingerprint128()
      for piece in pieces { piece.withUnsafeBytes { hash.update($0) } }
      return hash.finalize()
    }
    let message = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    let whole = print([message])
    #expect(whole.count == 32)
    // Split anywhere, the same.
    for cut in [0, 1, 7, 8, 9, 50, 99, 100] {
      #expect(print([Array(message[..<cut]), Array(message[cut...])]) == whole, "cut \(cut)")
    }
    // Every single-bit change, a trailing zero byte and truncation give distinct fingerprints.
    var seen: Set<String> = [whole]
    for bit in 0..<(message.count * 8) {
      var flipped = message
      flipped[bit / 8] ^= 1 << (bit % 8)
      seen.insert(print([flipped]))
    }
    seen.insert(print([message + [0]]))
    seen.insert(print([Array(message.dropLast())]))
    #expect(seen.count == message.count * 8 + 3)
  }

  /// The encoding and the fingerprint are fixed: a stored hash must stay valid across builds.
  @Test func dataHashOfTheSampleIsPinned() {
    #expect(DataHash.compute(Self.sample) == "9c3044eb0868e05d44247f799ad81c58")
  }

  @Test func artifactsAndRecords() throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.sample)
    #expect(try store.artifact(kind: "als", name: "f64") == nil)
    try store.putArtifact(
      kind: "als", name: "f64", parameters: "{\"f\":64}", dataHash: store.dataHash, blob: [1, 2, 3])
    try store.putArtifact(
      kind: "als", name: "f64", parameters: "{\"f\":64,\"it\":2}", dataHash: "x", blob: [4])
    let artifact = try #require(try store.artifact(kind: "als", name: "f64"))
    #expect(artifact.parameters == "{\"f\":64,\"it\":2}")
    #expect(artifact.dataHash == "x")
    #expect(artifact.blob == [4])
    #expect(try store.artifactNames(kind: "als") == ["f64"])

    let run = try store.addEvaluationRun(parameters: "{}", results: "{\"ndcg\":0.1}")
    #expect(try store.evaluationRuns().map(\.id) == [run])
    try store.putPreset(name: "demo", parameters: "{\"lambda\":0.2}")
    try store.putPreset(name: "demo", parameters: "{\"lambda\":0.3}")
    #expect(try store.presets().map(\.parameters) == ["{\"lambda\":0.3}"])
    try store.addFlag(userID: "u1", itemID: "m1", note: "odd", parameters: "{}")
    try store.addFlag(
      userID: "u1", itemID: "m2", note: "odder", parameters: "{}", domains: "Books→Movies")
    #expect(try store.flags().map(\.note) == ["odd", "odder"])
    #expect(try store.flags().map(\.domains) == ["", "Books→Movies"])
    // Everything survives reopening.
    let reopened = try Store(path: folder.file("s.sqlite"))
    #expect(try reopened.artifact(kind: "als", name: "f64")?.blob == [4])
    #expect(try reopened.flags().count == 2)
  }

  @Test(.enabled(if: TestPaths.hasFoodKitchen, "needs ../shared/datasets/food-kitchen"))
  func foodKitchenRoundTrip() throws {
    let folder = try TemporaryDirectory()
    let imported = try ImportLayout.load(TestPaths.foodKitchen.path).dataset
    let store = try Store.create(at: folder.file("fk.sqlite"), from: imported)
    let loaded = try Store(path: folder.file("fk.sqlite")).loadDataset()
    expectSame(loaded, imported)
    #expect(store.dataHash.count == 32)
  }
}

extension StoreTests {
  @Test func createInAMissingFolderSaysSo() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("missing/s.sqlite")
    #expect(
      throws: StoreError(
        path: path, message: "cannot create the store: no folder \(folder.file("missing"))")
    ) {
      try Store.create(at: path, from: Self.sample)
    }
  }
}

extension StoreTests {
  /// Foreign keys are checked over the finished tables: a dangling index fails the creation.
  @Test func danglingReferenceFailsCreation() throws {
    let folder = try TemporaryDirectory()
    let broken = Dataset(
      name: "broken", domains: Self.sample.domains, items: Self.sample.items,
      users: Self.sample.users,
      interactions: Self.sample.interactions + [Interaction(user: 0, item: 99)],
      timeKind: .timestamp)
    let path = folder.file("s.sqlite")
    let error = #expect(throws: StoreError.self) { try Store.create(at: path, from: broken) }
    #expect(error?.message.hasSuffix("of interactions refers to a missing row of items") == true)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}

extension StoreTests {
  /// A slip of `--out` onto a data file must not destroy it.
  @Test func refusesToReplaceAFileThatIsNotAStore() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("items.tsv")
    let text = Data("item_id\tdomain\n".utf8)
    try text.write(to: URL(fileURLWithPath: path))
    #expect(
      throws: StoreError(
        path: path, message: "refusing to replace a file that is not an SQLite store")
    ) {
      try Store.create(at: path, from: Self.sample)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    // An existing store is replaced.
    let store = folder.file("s.sqlite")
    _ = try Store.create(at: store, from: Self.sample)
    var renamed = Self.sample
    renamed.name = "again"
    #expect(try Store.create(at: store, from: renamed).loadDataset().name == "again")
  }
}

extension StoreTests {
  /// Shared between threads, operations do not interleave: every write lands, reads are whole.
  @Test func concurrentUseFromManyTasks() async throws {
    let folder = try TemporaryDirectory()
    let store = try Store.create(at: folder.file("s.sqlite"), from: Self.sample)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for task in 0..<8 {
        group.addTask {
          for k in 0..<25 {
            try store.addFlag(userID: "u\(task)", itemID: "i\(k)", note: "n", parameters: "{}")
            try store.putArtifact(
              kind: "t", name: "a\(task)", parameters: "{}", dataHash: "", blob: [UInt8(k)])
            #expect(try store.loadDataset().interactions.count == 3)
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(try store.flags().count == 200)
    #expect(try store.artifactNames(kind: "t").count == 8)
    #expect(try store.artifact(kind: "t", name: "a3")?.blob == [24])
  }
}
