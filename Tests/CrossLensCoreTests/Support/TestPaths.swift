import Foundation

/// Where the tests find the repository's fixtures and the shared datasets beside it.
enum TestPaths {
  /// The package root (the folder holding Package.swift).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

  /// `../shared` beside the project root; absent on machines without the shared data.
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

  static let foodKitchen = shared.appendingPathComponent("datasets/food-kitchen")

  /// True when the Food–Kitchen dataset is present; tests that need it are skipped otherwise,
  /// with the reason "needs ../shared/datasets/food-kitchen".
  static var hasFoodKitchen: Bool {
    FileManager.default.fileExists(atPath: foodKitchen.appendingPathComponent("items.tsv").path)
  }
}
