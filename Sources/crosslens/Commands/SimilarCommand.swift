import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens similar STORE --text "…" --to DOMAIN [--user U]`: the items of a domain nearest to
/// a free text, and with a user, where each stands in that user's ranked list.
struct SimilarCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens similar",
    abstract: "List the items of a domain whose text is nearest to a free text (MiniLM cosine).",
    discussion: """
      Needs the store's embeddings ('crosslens embed STORE'). The cosine is between the text's \
      and the item's normalised all-MiniLM-L6-v2 embeddings, in [-1, 1] (README, "cosine"). \
      With --user (and a trained store), each item's rank in that user's full ordering under the \
      learned weights (or --lambda, --threshold, --weights over them), as 'crosslens \
      recommend' ranks it: τ when the threshold removes it, seen when it is no candidate.
      """,
    arguments: [
      .positional("store", help: "A store with embeddings."),
      .option("text", short: "t", valueName: "text", required: true, help: "The query text."),
      .option("to", valueName: "domain", required: true, help: "The domain to search."),
      .option("k", short: "k", valueName: "n", default: "10", help: "How many items to list."),
      .option("user", valueName: "id", help: "Also rank the items for this user."),
      .option(
        "from", valueName: "S[,S2]",
        help: "The user's source domains (default: every domain but the target)."),
    ] + ModelSupport.rankingArguments.filter { $0.name != "k" && $0.name != "json" } + [
      .option("model-dir", valueName: "dir", help: ModelCommand.modelDirHelp),
      .flag("json", help: "Print JSON instead of text."),
    ])

  let path: String
  let text: String
  let domain: String
  let k: Int
  let modelDirectory: String?
  let userID: String?
  let sources: String?
  let arguments: ParsedArguments
  let json: Bool

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    text = arguments.value("text") ?? ""
    guard !text.allSatisfy(\.isWhitespace) else {
      throw UsageError("--text is empty", spec: Self.spec)
    }
    domain = arguments.value("to") ?? ""
    k = try arguments.integer("k") ?? 10
    guard k >= 1 else { throw UsageError("-k must be at least 1", spec: Self.spec) }
    modelDirectory = arguments.value("model-dir")
    userID = arguments.value("user")
    sources = arguments.value("from")
    json = arguments.flag("json")
    self.arguments = arguments
    for option in ["from", "lambda", "threshold", "weights", "include-seen"]
    where userID == nil && (arguments.value(option) != nil || arguments.flag(option)) {
      throw UsageError("--\(option) needs --user", spec: Self.spec)
    }
  }

  func run() throws {
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    guard let target = dataset.domainIndex(named: domain) else {
      throw UsageError(
        "no domain '\(domain)' (domains: \(dataset.domains.joined(separator: ", ")))",
        spec: Self.spec)
    }
    // Resolve the user before the slow parts, so a typo fails at once.
    let user = try userID.map { try ModelSupport.user($0, in: dataset, spec: Self.spec) }
    let sourceDomains =
      try sources.map {
        try ModelSupport.sources($0, target: target, in: dataset, spec: Self.spec)
      }
      ?? dataset.domains.indices.filter { $0 != target }
    let encoder = try MiniLMEncoder(modelDirectory: modelDirectory)
    guard let embeddings = try store.itemEmbeddings(model: encoder.identifier, dataset: dataset)
    else {
      throw StoreError(
        path: path,
        message: "embeddings missing or out of date; run 'crosslens embed \(path)' first",
        isMissingInput: true)
    }
    let matches = try SimilarItems.nearest(
      to: text, encoder: encoder, vectors: embeddings.vectors,
      candidates: dataset.itemIndices(inDomain: target), k: k)
    var placements: [FusedRanker.Placement]?
    if let user {
      let model = try ModelSupport.load(from: store, dataset: dataset)
      let parameters = try ModelSupport.parameters(
        arguments, defaults: model.defaultParameters(user: user, target: target),
        components: model.componentNames)
      let scores = model.candidateScores(
        user: user, sources: sourceDomains, target: target, excludeSeen: parameters.excludeSeen)
      placements = FusedRanker.placements(
        of: matches.map(\.item), in: scores, parameters: parameters)
    }
    if json {
      print(try ModelSupport.json(Self.object(matches, placements: placements, dataset: dataset)))
      return
    }
    print("  #  cosine" + (placements == nil ? "" : "    rank") + "  item")
    for (n, match) in matches.enumerated() {
      let item = dataset.items[Int(match.item)]
      let rank = placements.map { $0[n].description.leftPadded(8) } ?? ""
      print(
        String(format: "%3d  %6.3f", n + 1, match.cosine) + rank + "  \(item.id)  \(item.title)")
    }
  }

  /// `{"matches":[{"item","title","cosine"[,"rank","placement"]}]}`; `rank` is null unless
  /// `placement` is `ranked`.
  static func object(
    _ matches: [SimilarItems.Match], placements: [FusedRanker.Placement]?, dataset: Dataset
  ) -> [String: Any] {
    [
      "matches": matches.enumerated().map { n, match -> [String: Any] in
        var row: [String: Any] = [
          "item": dataset.items[Int(match.item)].id, "title": dataset.items[Int(match.item)].title,
          "cosine": ModelSupport.number(match.cosine),
        ]
        if let placement = placements?[n] {
          switch placement {
          case .ranked(let r):
            row["rank"] = r
            row["placement"] = "ranked"
          case .filtered:
            row["rank"] = NSNull()
            row["placement"] = "filtered"
          case .notCandidate:
            row["rank"] = NSNull()
            row["placement"] = "seen"
          }
        }
        return row
      }
    ]
  }
}
