import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// `S` cycles the source domains; with two domains there is nothing to cycle, and it says so
/// instead of doing nothing (or dropping the pin).
@Suite struct SourceCycleTests {
  /// The shelf's Books and Movies only.
  static func twoDomainExplorer() throws -> Explorer {
    let shelf = ShelfDataset.make()
    let dataset = Dataset(
      name: "shelf-2", domains: ["Books", "Movies"],
      items: shelf.items.filter { $0.domain < 2 }, users: shelf.users,
      interactions: shelf.interactions.filter { shelf.items[Int($0.item)].domain < 2 },
      timeKind: .timestamp)
    let model = CrossDomainModel(
      dataset: dataset,
      components: [
        PopularityComponent(popularity: ItemPopularity(dataset: dataset)),
        ItemKNN(fitting: dataset.jointMatrix(), threads: 1),
      ],
      learnedWeights: LearnedWeights(fits: [], pooled: ["item-knn": 1]))
    return Explorer(
      directory: UserDirectory(dataset: dataset), model: model, title: "two", theme: .monochrome,
      exportDirectory: ExplorerFixture.exportDirectory)
  }

  @Test func twoDomainsHaveNothingToCycle() throws {
    let explorer = try Self.twoDomainExplorer()
    ExplorerFixture.drive(explorer, [.tab, .tab, .character("p")])
    let before = try #require(explorer.state.recommendations)
    #expect(before.pinned != nil)
    ExplorerFixture.drive(explorer, [.character("S")])
    let after = try #require(explorer.state.recommendations)
    #expect(after.sources == before.sources && after.pinned != nil)
    let target = explorer.directory.dataset.domains[after.target]
    let source = explorer.directory.dataset.domains[after.sources[0]]
    #expect(explorer.state.message == "\(source) is the only source for \(target)")
  }

  @Test func threeDomainsCycleEveryOtherThenEachAlone() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.tab, .tab])
    var seen: [[Int]] = []
    for _ in 0..<3 {
      ExplorerFixture.drive(explorer, [.character("S")])
      seen.append(try #require(explorer.state.recommendations).sources)
    }
    // From both others (the start): Books alone, Movies alone, both again.
    #expect(seen == [[0], [1], [0, 1]])
  }
}
