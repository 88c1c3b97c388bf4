import Foundation

/// Imports delimited text (TSV or CSV): an interactions file (or one per domain), an items
/// file and an optional users file.
///
/// A folder is read by file name: `items.tsv`, `users.tsv`, and `interactions.tsv` or one
/// `interactions-DOMAIN.tsv` per domain (`.csv` alike, comma-separated).
public enum DelimitedLoader {
  /// True when `folder` holds an `interactions` file or per-domain `interactions-…` files.
  public static func recognizes(folder: String) -> Bool {
    (try? FileManager.default.contentsOfDirectory(atPath: folder))?.contains {
      isTable($0) && ($0.hasPrefix("interactions.") || $0.hasPrefix("interactions-"))
    } ?? false
  }

  /// The plan for a folder laid out as above; the dataset is named after the folder.
  public static func plan(folder: String) throws -> ImportPlan {
    let names = try ImportLayout.contents(of: folder)
    var plan = ImportPlan(name: ImportLayout.baseName(folder))
    // One file per table: items.tsv beside items.csv would be read twice.
    var fileOfStem: [String: String] = [:]
    for name in names.sorted() where isTable(name) {
      let path = (folder as NSString).appendingPathComponent(name)
      let stem = (name as NSString).deletingPathExtension
      let isRead =
        ["items", "users", "interactions"].contains(stem) || stem.hasPrefix("interactions-")
      if isRead, let other = fileOfStem[stem] {
        throw ImportError(
          file: folder,
          fault: .unrecognizedLayout(reason: "both \(other) and \(name); keep one"))
      }
      fileOfStem[stem] = name
      switch stem {
      case "items": plan.items.append(TableFile(path: path))
      case "users": plan.users.append(TableFile(path: path))
      case "interactions": plan.interactions.append(TableFile(path: path))
      default:
        if stem.hasPrefix("interactions-") && stem.count > "interactions-".count {
          let domain = String(stem.dropFirst("interactions-".count))
          plan.interactions.append(TableFile(path: path, domain: domain))
        }
      }
    }
    guard !plan.interactions.isEmpty else {
      throw ImportError(
        file: folder,
        fault: .unrecognizedLayout(
          reason: "no interactions.tsv, interactions.csv or interactions-DOMAIN.tsv in the folder"))
    }
    if plan.interactions.count > 1 && plan.interactions.contains(where: { $0.domain == nil }) {
      throw ImportError(
        file: folder,
        fault: .unrecognizedLayout(
          reason:
            "both an interactions file and per-domain interactions-DOMAIN files; keep one form"))
    }
    return plan
  }

  /// Imports a folder laid out as above.
  public static func load(folder: String, progress: @escaping (Double) -> Void = { _ in }) throws
    -> ImportResult
  {
    try DatasetImporter(plan: plan(folder: folder), progress: progress).run()
  }

  static func isTable(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".tsv") || lower.hasSuffix(".csv")
  }
}
