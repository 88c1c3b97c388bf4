import Testing

@testable import CrossLensCore

@Suite struct DatasetSummaryTests {
  /// Three domains; user 0 in A and B, user 1 in B only (twice on one item), user 2 nowhere.
  @Test func handCountedExample() {
    let data = Dataset(
      name: "x", domains: ["A", "B", "C"],
      items: [
        Item(id: "a1", domain: 0, title: ""), Item(id: "a2", domain: 0, title: ""),
        Item(id: "b1", domain: 1, title: ""), Item(id: "c1", domain: 2, title: ""),
      ],
      users: [User(id: "u0"), User(id: "u1"), User(id: "u2")],
      interactions: [
        Interaction(user: 0, item: 0), Interaction(user: 0, item: 2),
        Interaction(user: 1, item: 2), Interaction(user: 1, item: 2),
      ], timeKind: .none)
    let summary = DatasetSummary(data)
    #expect(summary.users == 3)
    #expect(summary.items == 4)
    #expect(summary.interactions == 4)
    #expect(summary.domains["A"] == .init(users: 1, items: 2, interactions: 1, density: 0.5))
    // B: 2 users × 1 item, 2 distinct pairs (the repeat counts once).
    #expect(summary.domains["B"] == .init(users: 2, items: 1, interactions: 3, density: 1))
    #expect(summary.domains["C"] == .init(users: 0, items: 1, interactions: 0, density: 0))
    #expect(summary.overlap["A"] == ["A": 1, "B": 1, "C": 0])
    #expect(summary.overlap["B"] == ["A": 1, "B": 2, "C": 0])
  }

  /// 70 domains, one item each: user 0 acts in domains 0 and 64, user 1 in 64 only. Domains 0
  /// and 64 share a bit when a user's domains are kept in one 64-bit mask; they must not.
  @Test func moreThanSixtyFourDomains() {
    let names = (0..<70).map { "D\($0)" }
    let data = Dataset(
      name: "many", domains: names,
      items: names.indices.map { Item(id: "i\($0)", domain: $0, title: "") },
      users: [User(id: "u0"), User(id: "u1")],
      interactions: [
        Interaction(user: 0, item: 0), Interaction(user: 0, item: 64),
        Interaction(user: 1, item: 64),
      ], timeKind: .none)
    let summary = DatasetSummary(data)
    #expect(summary.domains["D0"]?.users == 1)
    #expect(summary.domains["D64"]?.users == 2)
    #expect(summary.domains["D1"]?.users == 0)
    #expect(summary.overlap["D0"]?["D64"] == 1)
    #expect(summary.overlap["D64"]?["D64"] == 2)
    #expect(summary.overlap["D0"]?["D0"] == 1)
  }

  /// Against a direct count with sets, on the real data.
  @Test(.enabled(if: TestPaths.hasFoodKitchen, "needs ../shared/datasets/food-kitchen"))
  func foodKitchenAgainstSetCounts() throws {
    let data = try ImportLayout.load(TestPaths.foodKitchen.path).dataset
    let summary = DatasetSummary(data)
    var usersIn: [Set<Int32>] = [[], []]
    var pairsIn: [Set<[Int32]>] = [[], []]
    for x in data.interactions {
      let d = data.items[Int(x.item)].domain
      usersIn[d].insert(x.user)
      pairsIn[d].insert([x.user, x.item])
    }
    for (d, name) in data.domains.enumerated() {
      let domain = try #require(summary.domains[name])
      #expect(domain.users == usersIn[d].count)
      let items = data.items.filter { $0.domain == d }.count
      #expect(
        domain.density == Double(pairsIn[d].count) / (Double(usersIn[d].count) * Double(items)))
    }
    #expect(summary.overlap["Grocery"]?["Kitchen"] == usersIn[0].intersection(usersIn[1]).count)
    #expect(
      summary.domains["Grocery"]!.interactions + summary.domains["Kitchen"]!.interactions == 436_127
    )
  }
}
