import Foundation
import Testing

@testable import DemoSimulation

@Suite("Demo simulation")
struct SimulationTests {
  @Test("the same seed gives identical bytes; another seed gives different users")
  func determinism() throws {
    let catalog = try DemoFixture.catalog()
    let again = SimulatedWorld(catalog: catalog, configuration: SimulationConfiguration(seed: 42))
    let other = SimulatedWorld(catalog: catalog, configuration: SimulationConfiguration(seed: 43))
    let files = try DemoFixture.files()
    for file in again.files {
      #expect(Array(file.contents.utf8) == Array((files[file.name] ?? "").utf8), "\(file.name)")
    }
    let otherFiles = Dictionary(uniqueKeysWithValues: other.files.map { ($0.name, $0.contents) })
    #expect(otherFiles["interactions.tsv"] != files["interactions.tsv"])
    #expect(otherFiles["tastes.tsv"] != files["tastes.tsv"])
    #expect(
      otherFiles["items.tsv"] == files["items.tsv"], "the catalogue does not depend on the seed")
  }

  @Test("the committed Data/ files equal a fresh generation with the default seed")
  func committedFilesAreCurrent() throws {
    for (name, contents) in try DemoFixture.files() {
      let committed = try Data(contentsOf: DemoPaths.data.appendingPathComponent(name))
      #expect(
        committed == Data(contents.utf8),
        "Data/\(name) is stale: run `swift run DemoGenerator --seed 42 --out Data`")
    }
  }

  @Test("2,000 users, 55k–65k interactions, at least 160 items per domain")
  func counts() throws {
    let users = try DemoFixture.parsed("users.tsv")
    let items = try DemoFixture.parsed("items.tsv")
    let interactions = try DemoFixture.parsed("interactions.tsv")
    #expect(users.columns == ["user_id", "group", "country", "age_band"])
    #expect(items.columns.prefix(5) == ["item_id", "domain", "title", "description", "tags"])
    #expect(interactions.columns == ["user_id", "item_id", "rating", "timestamp"])
    #expect(users.rows.count == 2_000)
    #expect((55_000...65_000).contains(interactions.rows.count))
    let domains = try items.column("domain")
    for domain in ["Books", "Movies", "Music"] {
      #expect(domains.count { $0 == domain } >= 160)
    }
    let groups = try users.column("group")
    #expect(groups.count { $0 == "train" } == 1_600)
    #expect(groups.count { $0 == "valid" } == 200)
    #expect(groups.count { $0 == "test" } == 200)
  }

  @Test("interactions reference known users and items, once per pair, in time order")
  func interactionsAreWellFormed() throws {
    let userIds = Set(try DemoFixture.parsed("users.tsv").column("user_id"))
    let itemIds = Set(try DemoFixture.parsed("items.tsv").column("item_id"))
    let configuration = SimulationConfiguration()
    let end = configuration.startTime + configuration.duration
    var pairs: Set<String> = []
    var lastTime: [String: Int64] = [:]
    for row in try DemoFixture.parsed("interactions.tsv").rows {
      let (user, item) = (row[0], row[1])
      #expect(userIds.contains(user) && itemIds.contains(item), "\(row)")
      #expect(pairs.insert(user + "|" + item).inserted, "duplicate \(user) \(item)")
      let rating = try #require(Int(row[2]))
      #expect((1...5).contains(rating))
      let time = try #require(Int64(row[3]))
      #expect(time >= configuration.startTime && time < end)
      #expect(time > lastTime[user, default: Int64.min], "\(user) goes back in time")
      lastTime[user] = time
    }
  }

  @Test("every user has 1–3 true tastes whose weights sum to exactly 1")
  func tastesSumToOne() throws {
    let tastes = try DemoFixture.parsed("tastes.tsv")
    let known = Set(try DemoFixture.catalog().tasteTable.tastes.map(\.name))
    var thousandths: [String: [Int]] = [:]
    for row in tastes.rows {
      #expect(known.contains(row[1]))
      let parts = row[2].split(separator: ".")
      let value = try #require(Int(parts[0])) * 1000 + (try #require(Int(parts[1])))
      #expect(parts[1].count == 3 && value > 0)
      thousandths[row[0], default: []].append(value)
    }
    #expect(thousandths.count == 2_000)
    for (user, values) in thousandths {
      #expect(values.reduce(0, +) == 1000, "\(user)")
      #expect((1...3).contains(values.count))
    }
  }

  @Test("every domain has cold-start users, and many users span all three domains")
  func domainCoverage() throws {
    let world = try DemoFixture.defaultWorld()
    var active: [Int: Set<DemoDomain>] = [:]
    for interaction in world.interactions {
      active[interaction.user, default: []].insert(world.catalog.items[interaction.item].domain)
    }
    #expect(active.count == world.users.count, "every user has a history")
    for domain in DemoDomain.allCases {
      let cold = world.users.indices.filter { !(active[$0]?.contains(domain) ?? false) }
      #expect(cold.count >= 200, "\(cold.count) users cold in \(domain.rawValue)")
    }
    #expect(active.values.count { $0.count == 3 } >= 700)
    for (index, user) in world.users.enumerated() {
      #expect(Set(user.activeDomains) == active[index], "\(user.id)")
    }
  }

  @Test("popularity is long-tailed: the top tenth of a domain's items draw over 20% of its use")
  func longTail() throws {
    let world = try DemoFixture.defaultWorld()
    for domain in DemoDomain.allCases {
      var counts: [Int: Int] = [:]
      for interaction in world.interactions
      where world.catalog.items[interaction.item].domain == domain {
        counts[interaction.item, default: 0] += 1
      }
      let sorted = counts.values.sorted(by: >)
      let top = sorted.prefix(sorted.count / 10).reduce(0, +)
      let share = Double(top) / Double(sorted.reduce(0, +))
      #expect(share > 0.2, "\(domain.rawValue): top 10% share \(share)")
    }
  }
}
