import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation
import TerminalKit

/// `crosslens recommend STORE --user U --from S[,S2] --to T [-k --lambda --threshold --weights]`.
struct RecommendCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens recommend",
    abstract: "Top-k items of a target domain for one user, with score, sim and shares.",
    discussion: """
      Uses the model stored by 'crosslens train'. Weights default to those learned for the \
      request (target domain; warm or cold user). Every number is defined in README.md, \
      "Numbers shown".
      """,
    arguments: [
      .positional("store", help: "A trained store."),
      .option("user", valueName: "id", required: true, help: "The user's id."),
      .option("from", valueName: "S[,S2]", required: true, help: "Source domains."),
      .option("to", valueName: "T", required: true, help: "Target domain."),
    ] + ModelSupport.rankingArguments)

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
    let target = try ModelSupport.domain(arguments.value("to") ?? "", in: dataset, spec: Self.spec)
    let sources = try ModelSupport.sources(
      arguments.value("from") ?? "", target: target, in: dataset, spec: Self.spec)
    let model = try ModelSupport.load(from: store, dataset: dataset)
    let parameters = try ModelSupport.parameters(
      arguments, defaults: model.defaultParameters(user: user, target: target),
      components: model.componentNames)
    let list = model.recommend(user: user, sources: sources, target: target, parameters: parameters)
    // With --include-seen, rows of the user's own target history are marked.
    let seen: Set<Int32>? =
      parameters.excludeSeen
      ? nil : model.seenItems(user: user, target: target)
    let unranked = model.unrankedReason(
      user: user, sources: sources, target: target, parameters: parameters)
    let notes =
      model.notes
      + (unranked.map {
        [$0.text(user: user, dataset: model.dataset) + ": every score is 0, rows in item order"]
      } ?? [])
    if arguments.flag("json") {
      print(
        try ModelSupport.json(
          Self.object(list, parameters: parameters, notes: notes, model: model, seen: seen))
      )
    } else {
      print(Self.text(list, parameters: parameters, notes: notes, model: model, seen: seen))
    }
  }

  /// One row as JSON; `seen` (with `--include-seen`) adds whether the user has the item.
  static func row(_ r: RecommendationRow, _ dataset: Dataset, seen: Set<Int32>? = nil)
    -> [String: Any]
  {
    var object: [String: Any] = [
      "rank": r.rank, "item": dataset.items[Int(r.item)].id,
      "title": dataset.items[Int(r.item)].title,
      "score": ModelSupport.number(r.score), "sim": ModelSupport.number(r.sim),
      "contributions": r.contributions.mapValues { ModelSupport.number($0) },
      "penalty": ModelSupport.number(r.penalty), "finalScore": ModelSupport.number(r.finalScore),
    ]
    if let reason = r.filteredReason { object["filteredReason"] = reason }
    if let seen { object["seen"] = seen.contains(r.item) }
    return object
  }

  static func object(
    _ list: RecommendationList, parameters: RankingParameters, notes: [String],
    model: CrossDomainModel, seen: Set<Int32>? = nil
  )
    -> [String: Any]
  {
    [
      "rows": list.rows.map { row($0, model.dataset, seen: seen) },
      "filtered": list.filtered.map { row($0, model.dataset, seen: seen) },
      "candidates": list.candidateCount,
      "parameters": [
        "k": parameters.k, "lambda": ModelSupport.number(parameters.lambda),
        "tau": ModelSupport.number(parameters.tau), "excludeSeen": parameters.excludeSeen,
        "weights": parameters.weights.mapValues { ModelSupport.number($0) },
      ],
      "notes": notes,
    ]
  }

  /// The list as a table: each column as wide as its heading or widest value, numbers right-
  /// aligned (sim with three places, as the explorer shows it; the others two), the title last.
  static func text(
    _ list: RecommendationList, parameters: RankingParameters, notes: [String],
    model: CrossDomainModel, seen: Set<Int32>? = nil
  )
    -> String
  {
    let names = model.componentNames.filter { parameters.weight(of: $0) != 0 }
    let candidates =
      NumberFormat.count(list.candidateCount)
      + (list.candidateCount == 1 ? " candidate" : " candidates")
    let k = min(parameters.k, list.candidateCount)
    var summary =
      "\(candidates) · top \(k) · λ \(NumberText.setting(parameters.lambda, maxPlaces: 6))"
      + " · τ \(NumberText.setting(parameters.tau, maxPlaces: 6))"
    if parameters.tau > -1 {
      summary += " · \(list.filtered.count) of the top \(k) below τ"
    }
    if seen != nil { summary += " · seen included" }
    let rows = list.rows + list.filtered
    let f = ModelSupport.format
    var columns: [(heading: String, cells: [String])] = [
      ("#", rows.map { $0.rank > 0 ? String($0.rank) : "τ" }),
      ("item", rows.map { model.dataset.items[Int($0.item)].id }),
      ("score", rows.map { f($0.score) }),
      // Three places; a τ-filtered row's more where three would write it as τ.
      ("sim", rows.map { NumberText.sim($0.sim, against: parameters.tau) }),
      ("pen", rows.map { f($0.penalty) }), ("final", rows.map { f($0.finalScore) }),
    ]
    columns += names.map { name in (name, rows.map { f($0.contributions[name] ?? 0) }) }
    if let seen { columns.append(("seen", rows.map { seen.contains($0.item) ? "✓" : "" })) }
    let widths = columns.map { column in
      column.cells.reduce(column.heading.count) { max($0, $1.count) }
    }
    // The item id reads left-aligned; every other column is a number (or # / τ).
    func line(_ cells: [String]) -> String {
      zip(cells, widths).enumerated().map { index, pair in
        index == 1
          ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
          : pair.0.leftPadded(pair.1)
      }.joined(separator: "  ")
    }
    var lines = [summary, line(columns.map(\.heading)) + "  title"]
    for (n, r) in rows.enumerated() {
      lines.append(
        line(columns.map { $0.cells[n] }) + "  "
          + Text.truncate(model.dataset.items[Int(r.item)].title, toWidth: 60)
          + (r.filteredReason.map { "  [\($0)]" } ?? ""))
    }
    for note in notes { lines.append("note: \(note)") }
    return lines.joined(separator: "\n")
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
