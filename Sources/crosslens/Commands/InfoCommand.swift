import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation

/// `crosslens info STORE [--json]`: the store's dataset, per domain and across domains.
struct InfoCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens info",
    abstract: "Show a store's users, items and interactions per domain, density and user overlap.",
    discussion: "Every figure is defined in README.md, section \"Dataset figures\".",
    arguments: [
      .positional("store", help: "A store written by 'crosslens import'."),
      .flag("json", help: "Print JSON instead of tables."),
    ])

  let path: String
  let json: Bool

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    json = arguments.flag("json")
  }

  func run() throws {
    let store = try Store(path: path)
    let summary = DatasetSummary(try store.loadDataset())
    print(json ? try Self.json(summary, store: store) : Self.text(summary, store: store))
  }

  /// `{"users":N,"items":N,"interactions":N,"domains":{"NAME":{…}},"overlap":{…},…}`, keys sorted.
  static func json(_ summary: DatasetSummary, store: Store) throws -> String {
    var domains: [String: Any] = [:]
    for (name, domain) in summary.domains {
      domains[name] = [
        "users": domain.users, "items": domain.items, "interactions": domain.interactions,
        "density": domain.density,
      ]
    }
    let object: [String: Any] = [
      "name": summary.name, "users": summary.users, "items": summary.items,
      "interactions": summary.interactions, "domains": domains, "domainOrder": summary.domainOrder,
      "overlap": summary.overlap, "dataHash": store.dataHash, "schemaVersion": store.schemaVersion,
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// Two tables: sizes per domain, then users active in both of each pair of domains.
  static func text(_ summary: DatasetSummary, store: Store) -> String {
    var lines = [
      "\(summary.name): \(NumberFormat.count(summary.users)) users · \(NumberFormat.count(summary.items)) items · "
        + "\(NumberFormat.count(summary.interactions)) interactions · \(summary.domainOrder.count) domain\(summary.domainOrder.count == 1 ? "" : "s")",
      "store \(store.path) · schema v\(store.schemaVersion) · data \(store.dataHash)", "",
    ]
    let nameWidth = max(6, summary.domainOrder.map(\.count).max() ?? 0)
    func cell(_ text: String, _ width: Int) -> String {
      String(repeating: " ", count: max(0, width - text.count)) + text
    }
    func name(_ text: String) -> String {
      text + String(repeating: " ", count: max(0, nameWidth - text.count))
    }
    lines.append(
      name("domain") + cell("users", 12) + cell("items", 12) + cell("interactions", 15)
        + cell("density", 11))
    for domainName in summary.domainOrder {
      guard let domain = summary.domains[domainName] else { continue }
      lines.append(
        name(domainName) + cell(NumberFormat.count(domain.users), 12)
          + cell(NumberFormat.count(domain.items), 12)
          + cell(NumberFormat.count(domain.interactions), 15)
          + cell(NumberFormat.percent(domain.density), 11))
    }
    if summary.domainOrder.count > 1 {
      lines += ["", "users active in both (row × column)"]
      let width = max(10, (summary.domainOrder.map(\.count).max() ?? 0) + 2)
      lines.append(name("") + summary.domainOrder.map { cell($0, width) }.joined())
      for row in summary.domainOrder {
        let counts = summary.domainOrder.map {
          cell(NumberFormat.count(summary.overlap[row]?[$0] ?? 0), width)
        }
        lines.append(name(row) + counts.joined())
      }
    }
    return lines.joined(separator: "\n")
  }
}
