import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens embed STORE`: embeds every item's text with all-MiniLM-L6-v2 into the store,
/// re-embedding only items whose text (or the model) changed since the last run.
struct EmbedCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens embed",
    abstract: "Embed every item's text with all-MiniLM-L6-v2 and cache the vectors in the store.",
    discussion: """
      The text of an item is its title plus its description, or plus its attributes when it has \
      no description (README, "Item text"). Vectors are kept per item and model with the hash \
      of the text, so a re-run embeds only new or changed items. Uses all cores.
      """,
    arguments: [
      .positional("store", help: "A store written by 'crosslens import'."),
      .option("model-dir", valueName: "dir", help: ModelCommand.modelDirHelp),
      .option(
        "seed", valueName: "folder",
        help:
          "Reuse vectors from embeddings.tsv/.f16 in this folder where the text matches (e.g. Data)."
      ),
      .option(
        "export", valueName: "folder", help: "Also write all vectors as embeddings.tsv/.f16 there."),
    ])

  let path: String
  let modelDirectory: String?
  let seed: String?
  let export: String?

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    modelDirectory = arguments.value("model-dir")
    seed = arguments.value("seed")
    export = arguments.value("export")
  }

  func run() throws {
    // Both folders are checked before minutes of embedding, not after.
    for (option, folder) in [("seed", seed), ("export", export)] {
      guard let folder else { continue }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        // A missing input is exit 66, a missing destination a command-line slip.
        if option == "seed" { throw ImportError(file: folder, fault: .notFound) }
        throw UsageError("--export: no folder '\(folder)'", spec: Self.spec)
      }
    }
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    let encoder = try MiniLMEncoder(modelDirectory: modelDirectory)
    var cached = try store.embeddings(model: encoder.identifier)
    var fromSeed: Set<String> = []
    if let seed {
      let shipped = try EmbeddingFile.read(folder: seed)
      if shipped.model == encoder.identifier {
        for (id, row) in shipped.rows where cached[id] == nil {
          cached[id] = row
          fromSeed.insert(id)
        }
      } else {
        FileHandle.standardError.write(
          Data("seed \(seed) is of model \(shipped.model); not used\n".utf8))
      }
    }
    let reporter = ProgressReporter("embedding")
    let clock = ContinuousClock()
    let start = clock.now
    let result = try CatalogEmbedder(encoder: encoder).embed(dataset.items, cached: cached) {
      reporter.update($0.total == 0 ? 1 : Double($0.done) / Double($0.total))
    }
    reporter.finish()
    let storedBefore = try store.embeddings(model: encoder.identifier)
    let rows = dataset.items.indices.compactMap {
      index -> (itemID: String, cached: CatalogEmbedder.Cached)? in
      let item = dataset.items[index]
      let row = CatalogEmbedder.Cached(
        textHash: result.textHashes[index], vector: result.vectors.row(index))
      return storedBefore[item.id] == row ? nil : (item.id, row)
    }
    try store.putEmbeddings(model: encoder.identifier, rows: rows)
    if let export {
      try EmbeddingFile.write(
        folder: export, model: encoder.identifier, itemIDs: dataset.items.map(\.id),
        textHashes: result.textHashes, vectors: result.vectors)
    }
    let elapsed = (clock.now - start).components
    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    let rate =
      result.computed.isEmpty
      ? "" : String(format: ", %.0f items/s", Double(result.computed.count) / seconds)
    let computed = Set(result.computed)
    let seeded = dataset.items.indices.filter {
      !computed.contains($0) && fromSeed.contains(dataset.items[$0].id)
    }.count
    let unchanged = dataset.items.count - result.computed.count - seeded
    let reused =
      seeded > 0 ? "\(seeded) from \(seed ?? ""), \(unchanged) unchanged" : "\(unchanged) unchanged"
    print(
      "embedded \(result.computed.count) of \(dataset.items.count) items with \(encoder.identifier) "
        + "(\(reused)) in \(String(format: "%.1f", seconds)) s\(rate) → \(path)"
    )
    // A model fitted on other vectors no longer loads (or no longer fits these): say so.
    if let fitted = try store.trainedEmbeddingModel(), fitted != encoder.identifier || !rows.isEmpty
    {
      fflush(nil)  // the summary above first, when standard output is a pipe
      let vectors = fitted == encoder.identifier ? "earlier \(fitted)" : fitted
      FileHandle.standardError.write(
        Data(
          ("note: the trained model was fitted with \(vectors) item vectors; "
            + "run 'crosslens train \(path)' to refit it on these\n").utf8))
    }
  }
}
