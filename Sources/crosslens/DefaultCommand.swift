import CrossLensCore
import Foundation

/// `crosslens` with no arguments: builds the store of the demo dataset in `Data/` the first
/// time (and again whenever a data file is newer than the store), then opens the explorer on
/// it.
struct DefaultCommand {
  func run() throws {
    let folder = try Self.dataFolder()
    let store = (folder as NSString).appendingPathComponent("crosslens.sqlite")
    if Self.isStale(store: store, folder: folder) {
      FileHandle.standardError.write(Data("building \(store) from \(folder) (first run)\n".utf8))
      var plan = try DelimitedLoader.plan(folder: folder)
      plan.name = "CrossLens demo"
      try ImportCommand.importDataset(plan, to: store)
    }
    try ExploreCommand.open(storePath: store)
  }

  /// `$CROSSLENS_DATA`, or `Data/` in the current folder, or in the package the executable was
  /// built in (found by walking up from the executable).
  static func dataFolder() throws -> String {
    let fileManager = FileManager.default
    func holdsData(_ folder: String) -> Bool {
      fileManager.fileExists(
        atPath: (folder as NSString).appendingPathComponent("interactions.tsv"))
    }
    if let folder = ProcessInfo.processInfo.environment["CROSSLENS_DATA"] {
      return folder
    }
    var candidates = [fileManager.currentDirectoryPath + "/Data"]
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while directory.path != "/" {
      candidates.append(directory.appendingPathComponent("Data").path)
      directory.deleteLastPathComponent()
    }
    guard let found = candidates.first(where: holdsData) else {
      throw ImportError(
        file: "Data/interactions.tsv",
        fault: .unrecognizedLayout(
          reason:
            "the demo dataset was not found (run from the CrossLens folder, or set CROSSLENS_DATA)")
      )
    }
    return found
  }

  /// True when the store is missing or older than any table file of the folder.
  static func isStale(store: String, folder: String) -> Bool {
    let fileManager = FileManager.default
    guard
      let built = (try? fileManager.attributesOfItem(atPath: store))?[.modificationDate] as? Date
    else { return true }
    let names = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
    return names.contains { name in
      guard name.hasSuffix(".tsv") || name.hasSuffix(".csv") else { return false }
      let path = (folder as NSString).appendingPathComponent(name)
      let modified = (try? fileManager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
      return modified.map { $0 > built } ?? false
    }
  }
}
