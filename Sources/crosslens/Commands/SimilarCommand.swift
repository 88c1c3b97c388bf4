import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens similar STORE --text "…" --to DOMAIN`: the items of a domain nearest to a free text.
struct SimilarCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens similar",
    abstract: "List the items of a domain whose text is nearest to a free text (MiniLM cosine).",
    discussion: """
      Needs the store's embeddings ('crosslens embed STORE'). The cosine is between the text's \
      and the item's normalised all-MiniLM-L6-v2 embeddings, in [-1, 1] (README, "cosine").
      """,
    arguments: [
      .positional("store", help: "A store with embeddings."),
      .option("text", short: "t", valueName: "text", required: true, help: "The query text."),
      .option("to", valueName: "domain", required: true, help: "The domain to search."),
      .option("k", short: "k", valueName: "n", default: "10", help: "How many items to list."),
      .option("model-dir", valueName: "dir", help: ModelCommand.modelDirHelp),
    ])

  let path: String
  let text: String
  let domain: String
  let k: Int
  let modelDirectory: String?

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    text = arguments.value("text") ?? ""
    domain = arguments.value("to") ?? ""
    k = try arguments.integer("k") ?? 10
    guard k > 0 else { throw UsageError("-k must be positive", spec: Self.spec) }
    modelDirectory = arguments.value("model-dir")
  }

  func run() throws {
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    guard let target = dataset.domainIndex(named: domain) else {
      throw UsageError(
        "no domain '\(domain)' (domains: \(dataset.domains.joined(separator: ", ")))",
        spec: Self.spec)
    }
    let encoder = try MiniLMEncoder(modelDirectory: modelDirectory)
    guard let embeddings = try store.itemEmbeddings(model: encoder.identifier, dataset: dataset)
    else {
      throw StoreError(
        path: path,
        message: "embeddings missing or out of date; run 'crosslens embed \(path)' first")
    }
    let matches = try SimilarItems.nearest(
      to: text, encoder: encoder, vectors: embeddings.vectors,
      candidates: dataset.itemIndices(inDomain: target), k: k)
    print("  #  cosine  item")
    for (rank, match) in matches.enumerated() {
      let item = dataset.items[Int(match.item)]
      print(String(format: "%3d  %6.3f  ", rank + 1, match.cosine) + "\(item.id)  \(item.title)")
    }
  }
}
