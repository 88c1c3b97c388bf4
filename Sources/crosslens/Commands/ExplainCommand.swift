import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation

/// `crosslens explain STORE --user U --item I`: why the item got its numbers for the user.
struct ExplainCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens explain",
    abstract: "Explain one item's score for one user: per component, per history item.",
    discussion: """
      The target domain is the item's; the sources default to every other domain. Shows each \
      component's raw score, standardisation and share, the history items behind it grouped \
      by domain (top --terms, the rest summed), and the formula with the numbers.
      """,
    arguments: [
      .positional("store", help: "A trained store."),
      .option("user", valueName: "id", required: true, help: "The user's id."),
      .option("item", valueName: "id", required: true, help: "The item's id."),
      .option("from", valueName: "S[,S2]", help: "Source domains (default: all but the item's)."),
      .option("terms", valueName: "n", help: "History terms listed per component (default 5)."),
    ] + ModelSupport.rankingArguments.filter { $0.name != "k" })

  let path: String
  let arguments: ParsedArguments

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    self.arguments = arguments
  }

  func run() throws {
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    let user = try ModelSupport.user(arguments.value("user") ?? "", in: dataset, spec: Self.spec)
    let item = try ModelSupport.item(arguments.value("item") ?? "", in: dataset, spec: Self.spec)
    let target = dataset.items[Int(item)].domain
    let sources =
      try arguments.value("from").map {
        try ModelSupport.sources($0, target: target, in: dataset, spec: Self.spec)
      } ?? dataset.domains.indices.filter { $0 != target }
    let terms = try arguments.integer("terms") ?? 5
    guard terms >= 0 else { throw UsageError("--terms must be ≥ 0", spec: Self.spec) }
    let model = try ModelSupport.load(from: store, dataset: dataset)
    let parameters = try ModelSupport.parameters(
      arguments, defaults: model.defaultParameters(user: user, target: target),
      components: model.componentNames)
    let e = model.explain(
      user: user, item: item, sources: sources, target: target, parameters: parameters, terms: terms
    )
    if arguments.flag("json") {
      print(try ModelSupport.json(Self.object(e, dataset: dataset, notes: model.notes)))
    } else {
      print(Self.text(e, dataset: dataset, notes: model.notes))
    }
  }

  static func term(_ c: Contribution, _ dataset: Dataset) -> [String: Any] {
    var object: [String: Any] = ["amount": ModelSupport.number(c.amount), "label": c.label]
    if let h = c.historyItem { object["historyItem"] = dataset.items[Int(h)].id }
    return object
  }

  static func object(_ e: Explanation, dataset: Dataset, notes: [String]) -> [String: Any] {
    [
      "user": dataset.users[Int(e.user)].id, "item": dataset.items[Int(e.item)].id,
      "title": dataset.items[Int(e.item)].title, "candidate": e.isCandidate,
      "row": RecommendCommand.row(e.row, dataset),
      "components": e.components.map { p -> [String: Any] in
        [
          "name": p.name, "weight": ModelSupport.number(p.weight),
          "raw": ModelSupport.number(p.raw),
          "mean": ModelSupport.number(p.mean), "deviation": ModelSupport.number(p.deviation),
          "z": ModelSupport.number(p.standardised),
          "contribution": ModelSupport.number(p.contribution),
          "cosine": p.cosine.map { ModelSupport.number($0) as Any } ?? NSNull(),
          "groups": p.groups.map { g in
            [
              "domain": g.domainName, "terms": g.terms.map { term($0, dataset) },
              "remainder": ModelSupport.number(g.remainder), "remainderCount": g.remainderCount,
            ] as [String: Any]
          },
          "other": p.otherTerms.map { term($0, dataset) },
          "remainder": ModelSupport.number(p.remainder), "remainderCount": p.remainderCount,
        ]
      },
      "formula": e.formula, "notes": notes,
    ]
  }

  static func text(_ e: Explanation, dataset: Dataset, notes: [String]) -> String {
    let f = ModelSupport.format
    // Terms add up to the raw score: the same four places as it.
    let term = { (x: Float) in ExplainPresenter.signed(x).leftPadded(9) }
    var lines = [
      "\(dataset.items[Int(e.item)].id) \(dataset.items[Int(e.item)].title)",
      "for \(dataset.users[Int(e.user)].id): "
        + (e.isCandidate
          ? (e.row.rank > 0 ? "rank \(e.row.rank)" : e.row.filteredReason ?? "")
          : "not a candidate (already in the history)"),
      "",
    ]
    for p in e.components {
      lines.append(
        "\(p.name): raw \(NumberFormat.fixed(p.raw, decimals: 4)) → z \(f(p.standardised)) × w \(NumberText.setting(p.weight)) = \(f(p.contribution))"
          + (p.cosine.map { "  (cos \(f($0)))" } ?? ""))
      for g in p.groups {
        lines.append("  \(g.domainName)")
        for t in g.terms {
          let title = t.historyItem.map { dataset.items[Int($0)].title } ?? t.label
          lines.append("    \(term(t.amount))  \(title.prefix(70))")
        }
        if g.remainderCount > 0 {
          lines.append("    \(term(g.remainder))  (\(g.remainderCount) more history items)")
        }
      }
      if !p.groups.isEmpty && !p.otherTerms.isEmpty { lines.append("  not tied to a history item") }
      for t in p.otherTerms { lines.append("    \(term(t.amount))  \(t.label)") }
    }
    lines.append("")
    lines += e.formula
    for note in notes { lines.append("note: \(note)") }
    return lines.joined(separator: "\n")
  }
}
