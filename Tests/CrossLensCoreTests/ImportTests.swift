import Foundation
import Testing

@testable import CrossLensCore

@Suite struct ImportTests {
  static let fixtures = TestPaths.fixtures.path

  @Test func tinyDelimitedFolder() throws {
    let result = try DelimitedLoader.load(folder: "\(Self.fixtures)/good/tiny")
    let data = result.dataset
    #expect(data.name == "tiny")
    #expect(data.domains == ["Books", "Movies"])
    #expect(data.items.map(\.id) == ["tb1", "tb2", "tm1"])
    #expect(data.items.map(\.domain) == [0, 0, 1])
    #expect(data.users.map(\.id) == ["u1", "u2"])
    #expect(data.users[1].attributes == ["group": "test"])
    #expect(data.timeKind == .timestamp)
    // Sorted by user, then time: u1's Dune (100) before Alien (200), then u2.
    #expect(
      data.interactions == [
        Interaction(user: 0, item: 0, value: 5, time: 100),
        Interaction(user: 0, item: 2, value: 4, time: 200),
        Interaction(user: 1, item: 1, value: 3, time: 150),
      ])
    #expect(result.warnings.isEmpty)
  }

  @Test func duplicatesAreMergedAndSummarised() throws {
    let result = try ImportLayout.load("\(Self.fixtures)/warnings/duplicates")
    #expect(result.dataset.items.count == 3)
    #expect(result.dataset.items[0].title == "Dune")
    #expect(result.dataset.users.map(\.id) == ["u1", "u2", "u3"])
    #expect(result.dataset.users[0].attributes == ["group": "train", "age": "30"])
    let folder = "\(Self.fixtures)/warnings/duplicates"
    #expect(
      result.warnings.description == """
        warning: 1 duplicate item rows merged (first row kept) (first: \(folder)/items.tsv:5: "tb1")
        warning: 1 duplicate user rows merged (attributes combined) (first: \(folder)/users.tsv:4: "u1")
        warning: 1 users appear only in interactions (no users-file row) (first: \(folder)/interactions.tsv:5: "u3")
        """)
  }

  @Test func badRowsSkippedOnRequest() throws {
    var plan = try ImportLayout.plan(for: "\(Self.fixtures)/warnings/skippable-rows")
    plan.skipBadRows = true
    let result = try DatasetImporter(plan: plan).run()
    #expect(result.dataset.interactions.count == 1)
    #expect(result.warnings.count(.rowSkipped) == 3)
    #expect(
      result.warnings.description
        == "warning: 3 bad rows skipped on request (first: \(Self.fixtures)/warnings/skippable-rows/interactions.tsv:3: column \"item_id\": unknown item \"tb9\" (not in the items file))"
    )
  }

  @Test func perDomainInteractionFiles() throws {
    let folder = NSTemporaryDirectory() + "crosslens-perdomain-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = [
      "items.csv": "id,title\nb1,Dune\nm1,Alien\nx1,Orphan\n",
      "interactions-Books.csv": "user,item\nu1,b1\nu2,b1\n",
      "interactions-Movies.csv": "user,item\nu1,m1\n",
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
    }
    let result = try ImportLayout.load(folder)
    #expect(result.dataset.domains == ["Books", "Movies"])
    #expect(result.dataset.items.map(\.id) == ["b1", "m1"])
    #expect(result.dataset.items.map(\.title) == ["Dune", "Alien"])
    #expect(result.dataset.interactions.map(\.item) == [0, 1, 0])
    #expect(result.dataset.timeKind == .none)
    #expect(result.warnings.count(.itemWithoutDomainSkipped) == 1)
  }

  @Test func recBoleDatasetWithDomainField() throws {
    let result = try RecBoleLoader.load(dataset: "\(Self.fixtures)/recbole/tiny")
    let data = result.dataset
    #expect(data.name == "tiny")
    #expect(data.domains == ["Films", "Books"])
    #expect(data.items.map(\.title) == ["Toy Story", "Le Petit Prince"])
    #expect(data.items[0].attributes == ["genre": "Animation Comedy"])
    #expect(data.users[1].attributes == ["age": "53", "gender": "F"])
    #expect(data.interactions.map(\.value) == [4, 3, 5])
    #expect(data.timeKind == .timestamp)
  }

  @Test func recBoleCDRPairSharesUsersNotItems() throws {
    let root = "\(Self.fixtures)/recbole/pair"
    let result = try RecBoleLoader.load(source: "\(root)/src", target: "\(root)/tgt")
    let data = result.dataset
    #expect(data.domains == ["src", "tgt"])
    #expect(data.items.map(\.id) == ["src:10", "tgt:10", "tgt:11"])
    #expect(data.items.map(\.title) == ["Source ten", "Target ten", "Target eleven"])
    #expect(data.users.map(\.id) == ["1", "2", "3"])
    // User 1 acts in both domains.
    #expect(data.interactions.filter { $0.user == 0 }.map(\.item) == [0, 1])
  }

  @Test(.enabled(if: TestPaths.hasFoodKitchen, "needs ../shared/datasets/food-kitchen"))
  func foodKitchenImportsAsIs() throws {
    let result = try ImportLayout.load(TestPaths.foodKitchen.path)
    let data = result.dataset
    // The only thing tolerated: Amazon's HTML character references in titles, decoded.
    #expect(result.warnings.counts == [.htmlReferencesDecoded: 3_119])
    #expect(!data.items.contains { $0.title.contains("&amp;") || $0.title.contains("&quot;") })
    #expect(data.domains == ["Grocery", "Kitchen"])
    #expect(data.items.count == 36_298)
    #expect(data.items.filter { $0.domain == 0 }.count == 8_661)
    #expect(data.items.filter { $0.domain == 1 }.count == 27_637)
    #expect(data.interactions.count == 436_127)
    // The README's group sizes: 5,472 + 38,191 + 7,501 + 960 + 937 = 53,061 users.
    #expect(data.users.count == 53_061)
    var groups: [String: Int] = [:]
    for user in data.users { groups[user.attributes["group", default: "?"], default: 0] += 1 }
    #expect(
      groups == [
        "Grocery-only": 5_472, "Kitchen-only": 38_191, "both": 7_501, "valid": 960, "test": 937,
      ])
    #expect(data.timeKind == .position)
    let first = data.interactions[0]
    #expect(data.users[Int(first.user)].id == "a1")
    #expect(data.items[Int(first.item)].id == "B000BIZT3E")
    #expect(first.time == 0)
  }
}

extension ImportTests {
  /// Files named one by one: the dialect follows the extension.
  @Test func explicitFilesOfBothDialects() throws {
    var plan = ImportPlan(name: "mixed")
    plan.items = [TableFile(path: "\(Self.fixtures)/recbole/tiny/tiny.item")]
    plan.interactions = [TableFile(path: "\(Self.fixtures)/recbole/tiny/tiny.inter")]
    #expect(plan.items[0].dialect == .recBole)
    #expect(TableFile(path: "x.csv").dialect == .plain)
    #expect(TableFile(path: "x.csv").format == .csv)
    let result = try DatasetImporter(plan: plan).run()
    #expect(result.dataset.items.map(\.title) == ["Toy Story", "Le Petit Prince"])
    #expect(result.dataset.interactions.count == 3)
  }
}
