import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The shelf dataset with a fitted model, shared by the explorer tests (fitting is the slow
/// part, so it happens once).
enum ExplorerFixture {
  static let dataset = ShelfDataset.make()
  /// A model of three real components with fixed weights (not learned), so the explorer's
  /// golden screens do not move each time the fitting defaults are retuned.
  static let model: CrossDomainModel? = {
    let embeddings = HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 256)
    let components: [any ScoringComponent] = [
      PopularityComponent(popularity: ItemPopularity(dataset: dataset)),
      ItemKNN(fitting: dataset.jointMatrix(), threads: 1),
      SemanticProfileComponent(dataset: dataset, embeddings: embeddings, halfLife: 2),
    ]
    return CrossDomainModel(
      dataset: dataset, components: components,
      learnedWeights: LearnedWeights(
        fits: [], pooled: ["popularity": 0.3, "item-knn": 1.0, "semantic": 0.6]))
  }()
  static let directory = UserDirectory(dataset: dataset)

  /// Where the explorer tests' exports go (never the working directory).
  static let exportDirectory: String = {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("crosslens-explorer-tests-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// A fresh explorer on the fixture, monochrome (as with NO_COLOR).
  static func explorer() throws -> Explorer {
    let model = try #require(model)
    return Explorer(
      directory: directory, model: model, title: "shelf (test)", theme: .monochrome,
      exportDirectory: exportDirectory,
      clock: { 1_780_000_000 })
  }

  /// Sends keys through the explorer and renders the final frame at `size`.
  @discardableResult
  static func drive(_ explorer: Explorer, _ keys: [Key], size: Size = Size(width: 80, height: 24))
    -> Screen
  {
    for key in keys { _ = explorer.handle(key) }
    return explorer.render(size: size)
  }
}

func keys(_ text: String) -> [Key] { text.map(Key.character) }
