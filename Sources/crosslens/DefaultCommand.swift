import CrossLensCore
import CrossLensExplorer
import Foundation

/// `crosslens` with no arguments: builds the store of the demo dataset in `Data/` the first
/// time (and again whenever a data file is newer than the store), then opens the explorer on
/// it (or, when standard input or output is not a terminal, prints its `info`). The store is `Data/crosslens.sqlite` (git-ignored), or in the user's cache folder when
/// `Data/` is not writable.
struct DefaultCommand {
  func run() throws {
    let folder = try Self.dataFolder()
    let store = try Self.storePath(for: folder)
    if Self.isStale(store: store, folder: folder) {
      let exists = FileManager.default.fileExists(atPath: store)
      // The user's presets and flags outlive a rebuild for changed data; a store they cannot
      // be read from is kept aside rather than replaced.
      let (presets, flags) = try Self.annotations(of: store)
      FileHandle.standardError.write(
        Data(
          "building \(store) from \(folder) (\(exists ? "the data changed" : "first run"))\n"
            .utf8))
      var plan = try DelimitedLoader.plan(folder: folder)
      plan.name = "CrossLens demo"
      let dataset = try ImportCommand.importDataset(plan, to: store)
      let built = try Store(path: store)
      try built.add(presets: presets, flags: flags)
      if !presets.isEmpty || !flags.isEmpty {
        FileHandle.standardError.write(
          Data(
            ("kept \(presets.count) preset\(presets.count == 1 ? "" : "s") and \(flags.count) "
              + "flag\(flags.count == 1 ? "" : "s")\n").utf8))
      }
      // The demo ships its MiniLM vectors (Data/embeddings.*), so it needs no model download.
      try built.importShippedEmbeddings(folder: folder, dataset: dataset)
    }
    guard ExplorerLauncher.isInteractive else {
      // Piped or scripted: the dataset's summary instead of the explorer.
      let opened = try Store(path: store)
      print(InfoCommand.text(DatasetSummary(try opened.loadDataset()), store: opened))
      return
    }
    try ExploreCommand.open(storePath: store)
  }

  /// The presets and flags of the store at `path` (none when there is no store). A store that
  /// cannot be read is renamed to `path.unreadable` (and said so), so a rebuild never drops
  /// them unseen.
  static func annotations(of path: String) throws -> (
    presets: [(name: String, parameters: String)], flags: [FlagRecord]
  ) {
    guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
    do {
      let previous = try Store(path: path)
      return (try previous.presets(), try previous.flags())
    } catch {
      let aside = path + ".unreadable"
      try? FileManager.default.removeItem(atPath: aside)
      try FileManager.default.moveItem(atPath: path, toPath: aside)
      FileHandle.standardError.write(
        Data("could not read presets and flags from \(path) (\(error)); kept it as \(aside)\n".utf8)
      )
      return ([], [])
    }
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

  /// `folder/crosslens.sqlite`, or `$XDG_CACHE_HOME/crosslens/demo.sqlite` (default
  /// `~/.cache`) when the data folder cannot be written.
  static func storePath(for folder: String) throws -> String {
    let fileManager = FileManager.default
    let beside = (folder as NSString).appendingPathComponent("crosslens.sqlite")
    if fileManager.isWritableFile(atPath: folder) { return beside }
    let environment = ProcessInfo.processInfo.environment
    let cache =
      environment["XDG_CACHE_HOME"]
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
    let directory = (cache as NSString).appendingPathComponent("crosslens")
    try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return (directory as NSString).appendingPathComponent("demo.sqlite")
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
