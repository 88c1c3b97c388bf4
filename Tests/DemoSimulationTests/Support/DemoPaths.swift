import Foundation

/// Where the tests find the committed demo files.
enum DemoPaths {
  /// The package root (the folder holding Package.swift).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let data = packageRoot.appendingPathComponent("Data")
  static let catalog = data.appendingPathComponent("catalog")
}
