import Foundation

/// Works out what a path to import holds: delimited text or RecBole atomic files.
public enum ImportLayout {
  /// The plan for `path`: a folder of `items`/`interactions`/`users` TSV or CSV files, a folder
  /// holding RecBole atomic files, or a RecBole `.inter` file; with `target`, a RecBole-CDR pair.
  public static func plan(for path: String, target: String? = nil) throws -> ImportPlan {
    if let target { return try RecBoleLoader.plan(source: path, target: target) }
    if path.hasSuffix(".inter") { return try RecBoleLoader.plan(dataset: path) }
    _ = try contents(of: path)
    if DelimitedLoader.recognizes(folder: path) { return try DelimitedLoader.plan(folder: path) }
    if RecBoleLoader.recognizes(path) { return try RecBoleLoader.plan(dataset: path) }
    throw ImportError(
      file: path,
      fault: .unrecognizedLayout(
        reason:
          "neither interactions.tsv/.csv (with items and users files) nor RecBole .inter files found"
      ))
  }

  /// Imports `path` as `plan(for:target:)` detects it.
  public static func load(
    _ path: String, target: String? = nil, progress: @escaping (Double) -> Void = { _ in }
  ) throws -> ImportResult {
    try DatasetImporter(plan: plan(for: path, target: target), progress: progress).run()
  }

  /// The names in a folder, with the import's errors for a missing path or a plain file.
  static func contents(of folder: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw ImportError(file: folder, fault: .notFound)
    }
    guard isDirectory.boolValue else {
      throw ImportError(
        file: folder,
        fault: .unrecognizedLayout(
          reason: "expected a folder of data files (or a RecBole .inter file)"))
    }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw ImportError(file: folder, fault: .unreadable(reason: "the folder cannot be listed"))
    }
  }

  static func baseName(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    return url.lastPathComponent.isEmpty ? "dataset" : url.lastPathComponent
  }
}
