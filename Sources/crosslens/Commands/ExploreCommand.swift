import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation

/// `crosslens explore STORE`: the terminal explorer on a store (also what `crosslens` with no
/// arguments opens, on the demo dataset).
struct ExploreCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens explore",
    abstract: "Browse users and watch cross-domain recommendations re-rank live.",
    discussion: """
      Loads the store's trained model, or trains and saves one when there is none or it is out of
      date (progress on standard error), then opens the explorer. Press ? inside for the keys, q to quit. NO_COLOR=1 selects the monochrome theme.
      """,
    arguments: [
      .positional("store", help: "A store written by 'crosslens import'."),
      .flag("no-metrics", help: "Do not compute the validation metrics strip."),
    ])

  let path: String
  let metrics: Bool

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    metrics = !arguments.flag("no-metrics")
  }

  func run() throws {
    try Self.open(storePath: path, metrics: metrics)
  }

  /// Loads the store and its trained model (training and saving one first when there is
  /// none for this data), then runs the explorer until the user quits.
  static func open(storePath: String, metrics: Bool = true) throws {
    // Before any long work: the explorer needs a terminal on both ends.
    try ExplorerLauncher.requireTerminal()
    let store = try Store(path: storePath)
    let dataset = try store.loadDataset()
    let (model, configuration) = try trainedModel(store: store, dataset: dataset)
    let name = (storePath as NSString).lastPathComponent
    // The model before the dataset's name (often the file's again): on a narrow screen the
    // end of the header is cut.
    let title =
      name + " · "
      + HeaderPresenter.modelSummary(
        model, trained: try store.artifact(kind: "model", name: "default")?.created) + " · "
      + dataset.name
    let explorer = Explorer(
      directory: UserDirectory(dataset: dataset), model: model, title: title,
      theme: ExplorerLauncher.environmentTheme, annotations: StoreAnnotations(store: store),
      // Named in full in the export message, so the file can be found.
      exportDirectory: FileManager.default.currentDirectoryPath,
      metrics: metrics
        ? MetricsWorker(
          dataset: dataset, configuration: configuration, embeddings: model.itemEmbeddings,
          weights: model.learnedWeights) : nil)
    let search = StoredTextSearch(store: store, dataset: dataset)
    explorer.textSearch = { text, domain in try search.nearest(to: text, domain: domain) }
    try ExplorerLauncher.run(explorer)
    if let signal = explorer.endingSignal { throw Interrupted(signal: signal) }
  }

  /// The store's model when it was trained on this data; otherwise one trained now (progress
  /// on standard error) and saved, so the next start is quick.
  static func trainedModel(store: Store, dataset: Dataset) throws -> (
    CrossDomainModel, ModelConfiguration
  ) {
    var reason = "no trained model in \(store.path)"
    if let manifest = try store.artifact(kind: "model", name: "default"),
      manifest.dataHash == store.dataHash
    {
      do {
        let model = try ModelSupport.load(from: store, dataset: dataset)
        return (model, model.configuration)
      } catch let error as ArtifactDecodingError {
        // A model saved by an older build (its format changed): retrain rather than refuse.
        reason = "the stored model cannot be read (\(error))"
      }
    }
    let configuration = ModelSupport.trainingConfiguration
    ProgressReporter.writeToStandardError(
      "\(reason): training one now (saved for the next start)\n")
    let model = try CrossDomainModel.fit(
      dataset: dataset,
      embeddings: try ModelSupport.embeddings(
        in: store, for: dataset, configuration: configuration),
      configuration: configuration,
      progress: { ProgressReporter.writeToStandardError("train: \($0)\n") })
    try store.saveModel(model)
    return (model, configuration)
  }
}

/// The free-text query of the explorer: MiniLM on the query text against the store's item
/// embeddings (`crosslens embed`), both loaded on first use.
final class StoredTextSearch {
  private let store: Store
  private let dataset: Dataset
  private var loaded: (encoder: MiniLMEncoder, embeddings: ItemEmbeddings)?

  init(store: Store, dataset: Dataset) {
    self.store = store
    self.dataset = dataset
  }

  func nearest(to text: String, domain: Int) throws -> [SimilarItems.Match] {
    if loaded == nil {
      let encoder = try MiniLMEncoder()
      guard let embeddings = try store.itemEmbeddings(model: encoder.identifier, dataset: dataset)
      else {
        throw StoreError(
          path: store.path,
          message: "embeddings missing or out of date; run 'crosslens embed \(store.path)' first",
          isMissingInput: true)
      }
      loaded = (encoder, embeddings)
    }
    guard let (encoder, embeddings) = loaded else { return [] }
    return try SimilarItems.nearest(
      to: text, encoder: encoder, vectors: embeddings.vectors,
      candidates: dataset.itemIndices(inDomain: domain), k: 20)
  }
}
