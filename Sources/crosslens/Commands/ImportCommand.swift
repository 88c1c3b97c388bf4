import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation

/// `crosslens import PATH [TARGET] --out STORE`: reads a dataset strictly and writes a new store.
struct ImportCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens import",
    abstract: "Import a dataset (TSV/CSV or RecBole atomic files) into a new store.",
    discussion: """
      PATH is a folder holding items, interactions (or interactions-DOMAIN, one per domain) and \
      users files (.tsv or .csv), a folder holding RecBole atomic files (NAME.inter, .item, \
      .user), or a .inter file. With TARGET, PATH and TARGET are a RecBole-CDR source and \
      target dataset. Columns are found by their usual names; the options below name them \
      when they differ. The store at --out is replaced only once the new one is complete.
      """,
    arguments: [
      .positional("path", optional: true, help: "The data to import (see above)."),
      .positional("target", optional: true, help: "The target dataset of a RecBole-CDR pair."),
      .option(
        "out", short: "o", valueName: "store", required: true, help: "The store file to write."),
      .option("name", valueName: "name", help: "The dataset's name (default: the folder's name)."),
      .option(
        "items", valueName: "file", help: "The items file, instead of the one found in PATH."),
      .option(
        "users", valueName: "file", help: "The users file, instead of the one found in PATH."),
      .option(
        "interactions", valueName: "[domain=]file", repeating: true,
        help:
          "An interactions file, instead of those found in PATH; with DOMAIN=, all its items are in that domain."
      ),
      .option("item-id-column", valueName: "name", help: "Item id column of the items file."),
      .option("domain-column", valueName: "name", help: "Domain column of the items file."),
      .option("title-column", valueName: "name", help: "Title column of the items file."),
      .option(
        "description-column", valueName: "name", help: "Description column of the items file."),
      .option("user-id-column", valueName: "name", help: "User id column of the users file."),
      .option("user-column", valueName: "name", help: "User column of the interactions files."),
      .option("item-column", valueName: "name", help: "Item column of the interactions files."),
      .option(
        "rating-column", valueName: "name", help: "Rating (value) column of the interactions files."
      ),
      .option(
        "time-column", valueName: "name",
        help: "Timestamp or position column of the interactions files."),
      .option(
        "domains", valueName: "a,b,…", help: "The expected domains, in order; each must have items."
      ),
      .flag(
        "skip-bad-rows",
        help: "Skip rows with a fault confined to the row, and count them, instead of failing."),
      .flag(
        "keep-html-references",
        help: "Keep HTML character references (&amp;, &#9733;) in item text as written."),
    ])

  let plan: ImportPlan
  let out: String

  init(_ arguments: ParsedArguments) throws {
    out = arguments.value("out") ?? ""
    guard !out.isEmpty else { throw UsageError("--out is empty", spec: Self.spec) }
    let path = arguments.positional("path")
    let explicit = arguments.values("interactions")
    guard path != nil || !explicit.isEmpty else {
      throw UsageError("missing argument <path> (or --interactions files)", spec: Self.spec)
    }
    var plan =
      try path.map { try ImportLayout.plan(for: $0, target: arguments.positional("target")) }
      ?? ImportPlan(name: "dataset")
    if let name = arguments.value("name") { plan.name = name }
    if let items = arguments.value("items") { plan.items = [TableFile(path: items)] }
    if let users = arguments.value("users") { plan.users = [TableFile(path: users)] }
    if !explicit.isEmpty {
      plan.interactions = explicit.map(Self.interactionsFile)
      if path == nil && arguments.value("name") == nil {
        plan.name =
          URL(fileURLWithPath: plan.interactions[0].path).deletingLastPathComponent()
          .lastPathComponent
      }
    }
    plan.columns.itemID = arguments.value("item-id-column")
    plan.columns.itemDomain = arguments.value("domain-column")
    plan.columns.itemTitle = arguments.value("title-column")
    plan.columns.itemDescription = arguments.value("description-column")
    plan.columns.userID = arguments.value("user-id-column")
    plan.columns.interactionUser = arguments.value("user-column")
    plan.columns.interactionItem = arguments.value("item-column")
    plan.columns.interactionValue = arguments.value("rating-column")
    plan.columns.interactionTime = arguments.value("time-column")
    plan.declaredDomains = try arguments.value("domains").map {
      try ModelSupport.names($0, option: "domains", spec: Self.spec)
    }
    plan.skipBadRows = arguments.flag("skip-bad-rows")
    plan.decodesHTMLReferences = !arguments.flag("keep-html-references")
    self.plan = plan
  }

  /// `FILE` or `DOMAIN=FILE` (an existing file named with `=` is taken whole).
  static func interactionsFile(_ text: String) -> TableFile {
    if !FileManager.default.fileExists(atPath: text), let equals = text.firstIndex(of: "="),
      equals != text.startIndex
    {
      return TableFile(
        path: String(text[text.index(after: equals)...]), domain: String(text[..<equals]))
    }
    return TableFile(path: text)
  }

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let dataset = try Self.importDataset(plan, to: out)
    let seconds = (clock.now - start).components
    let elapsed = Double(seconds.seconds) + Double(seconds.attoseconds) * 1e-18
    print(
      "imported \(dataset.name): \(NumberFormat.count(dataset.users.count)) users, \(NumberFormat.count(dataset.items.count)) items, "
        + "\(NumberFormat.count(dataset.interactions.count)) interactions in \(dataset.domains.count) domain\(dataset.domains.count == 1 ? "" : "s") "
        + "→ \(out) (\(String(format: "%.1f", elapsed)) s)")
  }

  /// Reads the plan, reports warnings on standard error, writes the store; progress on a terminal.
  @discardableResult
  static func importDataset(_ plan: ImportPlan, to out: String) throws -> Dataset {
    let reading = ProgressReporter("reading")
    let result = try DatasetImporter(plan: plan, progress: reading.update).run()
    reading.finish()
    if !result.warnings.isEmpty {
      FileHandle.standardError.write(Data((result.warnings.description + "\n").utf8))
    }
    let writing = ProgressReporter("writing store")
    _ = try Store.create(at: out, from: result.dataset, progress: writing.update)
    writing.finish()
    return result.dataset
  }
}
