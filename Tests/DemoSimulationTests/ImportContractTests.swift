import CrossLensCore
import Foundation
import Testing

/// The demo files must import as they are, through the same importer users run, with the
/// contents the generator meant (API.md's Data/ contract).
@Suite("Demo files import into CrossLens")
struct ImportContractTests {
  @Test("Data/ imports with its three domains, 2,000 users and every interaction")
  func committedDataImports() throws {
    let plan = try DelimitedLoader.plan(folder: DemoPaths.data.path)
    let result = try DatasetImporter(plan: plan).run()
    let dataset = result.dataset
    let world = try DemoFixture.defaultWorld()
    #expect(Set(dataset.domains) == ["Books", "Movies", "Music"])
    #expect(dataset.items.count == world.catalog.items.count)
    #expect(dataset.users.count == 2_000)
    #expect(dataset.interactions.count == world.interactions.count)
    #expect(dataset.timeKind != .none)

    let amelie = try #require(dataset.items.first { $0.id == "mv-0083" })
    #expect(amelie.title == "Amélie")
    #expect(dataset.items.contains { $0.title == "千と千尋の神隠し" })
    #expect(dataset.domains[amelie.domain] == "Movies")
    #expect(amelie.description?.hasPrefix("A shy Montmartre waitress") == true)
    let first = try #require(dataset.users.first)
    #expect(first.id == "u0001")
    #expect(first.attributes["group"] == world.users[0].group.rawValue)

    // Spot-check that values and times arrive unchanged.
    let sample = world.interactions[12_345]
    let user = try #require(dataset.userIndexByID[world.users[sample.user].id])
    let item = try #require(dataset.itemIndexByID[world.catalog.items[sample.item].id])
    let imported = try #require(dataset.interactions.first { $0.user == user && $0.item == item })
    #expect(imported.value == Float(sample.rating))
    #expect(imported.time == Double(sample.timestamp))
  }
}
