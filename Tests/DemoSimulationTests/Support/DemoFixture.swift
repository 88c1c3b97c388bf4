import Foundation

@testable import DemoSimulation

/// The committed catalogue and the world of the default seed, built once per test process.
enum DemoFixture {
  private static let catalogResult = Result { try Catalog.load(from: DemoPaths.catalog) }
  private static let defaultWorldResult = Result {
    SimulatedWorld(catalog: try catalogResult.get(), configuration: SimulationConfiguration())
  }
  private static let defaultFilesResult = Result {
    Dictionary(
      uniqueKeysWithValues: try defaultWorldResult.get().files.map { ($0.name, $0.contents) })
  }

  static func catalog() throws -> Catalog { try catalogResult.get() }

  /// The world of the default configuration (seed 42), as committed in `Data/`.
  static func defaultWorld() throws -> SimulatedWorld { try defaultWorldResult.get() }

  /// The default world's files by name, parsed as a loader would read them.
  static func parsed(_ name: String) throws -> ParsedTSV {
    guard let text = try defaultFilesResult.get()[name] else {
      throw ParsedTSV.Fault(description: "the generator wrote no \(name)")
    }
    return try ParsedTSV(text, file: name)
  }

  /// The default world's file texts by name.
  static func files() throws -> [String: String] { try defaultFilesResult.get() }
}
