import CommandLineKit
import CrossLensCore
import CrossLensExplorer
import Foundation

/// What the model commands (train, recommend, explain, eval) share: reading a store's dataset
/// and embeddings, loading the fitted model, resolving names given on the command
/// line, and printing JSON.
enum ModelSupport {
  /// The item embeddings for the semantic components: MiniLM's from the store when every item
  /// has one (`crosslens embed STORE`), else the hashed n-gram stand-in, which every output
  /// showing semantic numbers labels as such.
  static func embeddings(in store: Store, for dataset: Dataset, configuration: ModelConfiguration)
    throws -> ItemEmbeddings
  {
    try ItemEmbeddings.best(
      in: store, for: dataset, standInDimension: configuration.standInDimension)
  }

  /// The defaults of a stored model's fit: training reports the ALS objective per iteration and
  /// keeps it with the artifacts (one pass more per iteration; evaluation refits skip it).
  static var trainingConfiguration: ModelConfiguration {
    var configuration = ModelConfiguration()
    configuration.als.computesObjective = true
    return configuration
  }

  /// The model trained on this store's data, or an error saying to train it.
  static func load(from store: Store, dataset: Dataset) throws -> CrossDomainModel {
    try store.loadModel(dataset: dataset) {
      try embeddings(in: store, for: dataset, configuration: $0)
    }
  }

  /// The index of a domain named on the command line.
  static func domain(_ name: String, in dataset: Dataset, spec: CommandSpec) throws -> Int {
    guard let d = dataset.domainIndex(named: name) else {
      throw UsageError(
        "no domain '\(name)' (domains: \(dataset.domains.joined(separator: ", ")))", spec: spec)
    }
    return d
  }

  /// The indices of a comma-separated list of source domains (`--from S[,S2]`): at least one,
  /// each once, none the target.
  static func sources(
    _ list: String, target: Int, in dataset: Dataset, spec: CommandSpec
  ) throws -> [Int] {
    guard !list.isEmpty else { throw UsageError("--from names at least one domain", spec: spec) }
    return try names(list, option: "from", spec: spec).map { name in
      let d = try domain(name, in: dataset, spec: spec)
      guard d != target else {
        throw UsageError("--from: \(name) is the target domain", spec: spec)
      }
      return d
    }
  }

  /// The names of a comma-separated option value (`--from`, `import --domains`), spaces around
  /// each trimmed: none empty, none twice.
  static func names(_ list: String, option: String, spec: CommandSpec) throws -> [String] {
    let names = list.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    if names.contains("") {
      throw UsageError("--\(option) has an empty name in '\(list)'", spec: spec)
    }
    if let twice = names.indices.first(where: { names[..<$0].contains(names[$0]) }) {
      throw UsageError("--\(option) names \(names[twice]) twice", spec: spec)
    }
    return names
  }

  static func user(_ id: String, in dataset: Dataset, spec: CommandSpec) throws -> Int32 {
    guard let u = dataset.userIndexByID[id] else { throw UsageError("no user '\(id)'", spec: spec) }
    return u
  }

  static func item(_ id: String, in dataset: Dataset, spec: CommandSpec) throws -> Int32 {
    guard let i = dataset.itemIndexByID[id] else { throw UsageError("no item '\(id)'", spec: spec) }
    return i
  }

  /// Bounds on `--lambda` and `--weights`, far beyond any useful setting (the explorer's
  /// sliders stop at 2 and ±3): with them, every score and penalty stays a finite Float.
  static let maxLambda = 1000.0
  static let maxWeight = 1000.0

  /// `name=w,name=w` over the defaults; names must be components of the model, each once.
  static func weights(
    _ text: String?, over defaults: [String: Float], components: [String], spec: CommandSpec
  ) throws -> [String: Float] {
    var weights = defaults
    guard let text else { return weights }
    var given: Set<String> = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let pair = part.split(separator: "=", maxSplits: 1).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      guard pair.count == 2, let w = Double(pair[1]) else {
        throw UsageError("--weights wants name=number pairs, got '\(part)'", spec: spec)
      }
      guard components.contains(pair[0]) else {
        throw UsageError(
          "no component '\(pair[0])' (components: \(components.joined(separator: ", ")))",
          spec: spec)
      }
      guard abs(w) <= maxWeight else {
        throw UsageError(
          "--weights: \(pair[0])'s weight must be in [-\(Int(maxWeight)), \(Int(maxWeight))]",
          spec: spec)
      }
      guard given.insert(pair[0]).inserted else {
        throw UsageError("--weights names \(pair[0]) twice", spec: spec)
      }
      weights[pair[0]] = Float(w)
    }
    return weights
  }

  /// Ranking parameters from `-k`, `--lambda`, `--threshold`, `--weights` over the learned ones.
  static func parameters(
    _ arguments: ParsedArguments, defaults: RankingParameters, components: [String]
  ) throws -> RankingParameters {
    var p = defaults
    if let k = try arguments.integer("k") {
      guard k >= 1 else { throw UsageError("-k must be at least 1", spec: arguments.spec) }
      p.k = k
    }
    if let lambda = try arguments.number("lambda") {
      guard (0...maxLambda).contains(lambda) else {
        throw UsageError("--lambda must be in [0, \(Int(maxLambda))]", spec: arguments.spec)
      }
      p.lambda = Float(lambda)
    }
    if let tau = try arguments.number("threshold") {
      guard (-1...1).contains(tau) else {
        throw UsageError("--threshold must be in [-1, 1]", spec: arguments.spec)
      }
      p.tau = Float(tau)
    }
    p.weights = try weights(
      arguments.value("weights"), over: p.weights, components: components, spec: arguments.spec)
    if arguments.flag("include-seen") { p.excludeSeen = false }
    return p
  }

  static let rankingArguments: [ArgumentSpec] = [
    .option("k", short: "k", valueName: "n", help: "How many rows (default 10)."),
    .option("lambda", valueName: "λ", help: "Concentration penalty λ in [0, 1000] (default 0)."),
    .option(
      "threshold", valueName: "τ", help: "Similarity threshold τ in [-1, 1] (default -1: none)."),
    .option(
      "weights", valueName: "name=w,…",
      help: "Component weights in [-1000, 1000] over the learned ones (e.g. item-knn=1,svd=0.5)."),
    .flag(
      "include-seen",
      help: "Rank the user's own target-domain history too (the explorer's x; default: exclude)."),
    .flag("json", help: "Print JSON instead of text."),
  ]

  /// The fit's settings that `train` and `eval` share: the sample sizes and item-kNN's two
  /// data-dependent settings.
  static let fitArguments: [ArgumentSpec] = [
    .option(
      "fusion-users", valueName: "n",
      help: "Held-out users for the fusion weights (default 5000)."),
    .option(
      "exposure-users", valueName: "n",
      help: "Users whose lists set the concentration cost (default 500; 0: popularity)."),
    .option(
      "knn-shrinkage", valueName: "x",
      help: "item-kNN similarity shrinkage (default 10; Food–Kitchen: 100)."),
    .option(
      "knn-half-life", valueName: "x",
      help: "item-kNN recency half-life in events (default 2; Food–Kitchen: 1)."),
  ]

  /// `--fusion-users`, `--exposure-users` (each ≥ 0), `--knn-shrinkage` (≥ 0) and
  /// `--knn-half-life` (> 0) over `configuration`.
  static func fitSettings(
    _ arguments: ParsedArguments, into configuration: inout ModelConfiguration
  ) throws {
    func count(_ name: String) throws -> Int? {
      guard let n = try arguments.integer(name) else { return nil }
      guard n >= 0 else { throw UsageError("--\(name) must be ≥ 0", spec: arguments.spec) }
      return n
    }
    if let n = try count("fusion-users") { configuration.fusionUsers = n }
    if let n = try count("exposure-users") { configuration.exposureUsers = n }
    // Checked as the Float the model keeps: 1e39 would be infinite and 1e-50 zero.
    if let x = try arguments.number("knn-shrinkage").map(Float.init) {
      guard x >= 0, x.isFinite else {
        throw UsageError("--knn-shrinkage must be a number ≥ 0", spec: arguments.spec)
      }
      configuration.knn.shrinkage = x
    }
    if let x = try arguments.number("knn-half-life").map(Float.init) {
      guard x > 0, x.isFinite else {
        throw UsageError("--knn-half-life must be a number > 0", spec: arguments.spec)
      }
      configuration.knn.recency = RecencyDecay(halfLife: x)
    }
  }

  /// Sorted-keys JSON text of a JSON-compatible value.
  static func json(_ object: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// A float rounded to 4 decimals, as a JSON number.
  static func number(_ x: Float) -> Double { (Double(x) * 10_000).rounded() / 10_000 }

  /// A float to 2 decimals for text output, as the explorer writes it (no `-0.00`).
  static func format(_ x: Float) -> String { NumberFormat.fixed(x, decimals: 2) }
}
