import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The shelf dataset with a fitted model, shared by the explorer tests (fitting is the slow
/// part, so it happens once).
enum ExplorerFixture {
  static let dataset = ShelfDataset.make()
  static let model: CrossDomainModel? = try? CrossDomainModel.fit(dataset: dataset)
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
