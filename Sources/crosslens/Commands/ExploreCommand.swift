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
      Fits the model on the store's data (progress on standard error), then opens the
      explorer. Press ? inside for the keys, q to quit. NO_COLOR=1 selects the monochrome theme.
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

  /// Loads the store, fits the model, and runs the explorer until the user quits.
  static func open(storePath: String, metrics: Bool = true) throws {
    let store = try Store(path: storePath)
    let dataset = try store.loadDataset()
    let clock = ContinuousClock()
    let start = clock.now
    ProgressReporter.writeToStandardError(
      "fitting the model on \(dataset.interactions.count) interactions of \(dataset.users.count) users…\n"
    )
    let model = try CrossDomainModel.fit(dataset: dataset) { step in
      ProgressReporter.writeToStandardError("  \(step)\n")
    }
    ProgressReporter.writeToStandardError("fitted in \(clock.now - start)\n")
    let name = (storePath as NSString).lastPathComponent
    var title = name + " · " + model.componentNames.joined(separator: " · ")
    if !model.notes.isEmpty { title += " · stand-in embedding" }
    let explorer = Explorer(
      directory: UserDirectory(dataset: dataset), model: model, title: title,
      theme: ExplorerLauncher.environmentTheme, annotations: StoreAnnotations(store: store),
      metrics: metrics ? MetricsWorker(dataset: dataset) : nil)
    try ExplorerLauncher.run(explorer)
  }
}
