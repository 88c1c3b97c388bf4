import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens train STORE [--factors … --threads N]`: fits every component and the fusion
/// weights on the store's data and stores them as artifacts (with parameters and data hash).
struct TrainCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens train",
    abstract: "Fit the model (item-kNN, ALS, SVD, semantic, fusion weights) and store it.",
    discussion: """
      The artifacts replace any earlier ones in STORE and record the parameters and the data \
      hash they were made from. Progress goes to standard error.
      """,
    arguments: [
      .positional("store", help: "A store written by 'crosslens import'."),
      .option("factors", valueName: "n", help: "ALS factors, at most 1024 (default 64)."),
      .option("iterations", valueName: "n", help: "ALS iterations (default 15)."),
      .option("regularization", valueName: "x", help: "ALS regularisation (default 0.05)."),
      .option("alpha", valueName: "x", help: "ALS confidence scale α (default 1)."),
      .option("svd-rank", valueName: "n", help: "SVD association rank, at most 1024 (default 64)."),
    ] + ModelSupport.fitArguments + [
      .option("seed", valueName: "n", help: "Seed of every random choice (default 0)."),
      .option("threads", valueName: "n", help: "Threads for the fits (default 2)."),
      .flag("json", help: "Print JSON instead of text."),
    ])

  let path: String
  let configuration: ModelConfiguration
  let json: Bool

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    json = arguments.flag("json")
    var c = ModelSupport.trainingConfiguration
    // The upper bounds are far past any useful fit, and keep a slip (`--factors 100000`)
    // from asking for tens of gigabytes.
    func positive(_ name: String, atMost limit: Int) throws -> Int? {
      guard let n = try arguments.integer(name) else { return nil }
      guard (1...limit).contains(n) else {
        throw UsageError("--\(name) must be in [1, \(limit)]", spec: Self.spec)
      }
      return n
    }
    func nonNegative(_ name: String) throws -> Float? {
      guard let x = try arguments.number(name) else { return nil }
      guard x >= 0 else { throw UsageError("--\(name) must be ≥ 0", spec: Self.spec) }
      return Float(x)
    }
    if let n = try positive("factors", atMost: 1024) { c.als.factors = n }
    if let n = try positive("iterations", atMost: 1000) { c.als.iterations = n }
    if let x = try nonNegative("regularization") { c.als.regularization = x }
    if let x = try nonNegative("alpha") { c.als.alpha = x }
    if let n = try positive("svd-rank", atMost: 1024) { c.svd.rank = n }
    try ModelSupport.fitSettings(arguments, into: &c)
    if let n = try positive("threads", atMost: 256) { c.als.threads = n }
    if let seed = try arguments.integer("seed") {
      guard seed >= 0 else { throw UsageError("--seed must be ≥ 0", spec: Self.spec) }
      c.seed = UInt64(seed)
      c.als.seed = UInt64(seed)
      c.svd.seed = UInt64(seed)
    }
    configuration = c
  }

  func run() throws {
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    let clock = ContinuousClock()
    let start = clock.now
    let quiet = json
    let model = try CrossDomainModel.fit(
      dataset: dataset,
      embeddings: try ModelSupport.embeddings(
        in: store, for: dataset, configuration: configuration),
      configuration: configuration,
      progress: { line in
        if !quiet { ProgressReporter.writeToStandardError("train: \(line)\n") }
      })
    try store.saveModel(model)
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let fits = model.learnedWeights.fits.map { fit -> [String: Any] in
      [
        "target": dataset.domains[fit.target], "cold": fit.coldStart, "cases": fit.cases,
        "ndcg@10": fit.ndcg, "weights": fit.weights.mapValues { ModelSupport.number($0) },
      ]
    }
    let objectives = Self.objectives(model)
    if json {
      print(
        try ModelSupport.json([
          "components": model.componentNames, "fusion": fits, "seconds": seconds,
          "dataHash": store.dataHash, "notes": model.notes, "objectives": objectives,
        ]))
    } else {
      print(
        "trained \(model.componentNames.joined(separator: ", ")) in \(String(format: "%.1f", seconds)) s"
      )
      for fit in model.learnedWeights.fits {
        let weights = fit.weights.sorted { $0.key < $1.key }.map {
          "\($0.key) \(ModelSupport.format($0.value))"
        }
        print(
          "fusion → \(dataset.domains[fit.target]) \(fit.coldStart ? "cold" : "warm"): \(fit.cases) cases, NDCG@10 \(String(format: "%.4f", fit.ndcg)); "
            + weights.joined(separator: ", "))
      }
      for (name, values) in objectives.sorted(by: { $0.key < $1.key }) {
        guard let first = values.first, let last = values.last else { continue }
        print(
          "\(name) objective: \(String(format: "%.6g", first)) → \(String(format: "%.6g", last)) "
            + "over \(values.count) iterations")
      }
      for note in model.notes { print("note: \(note)") }
    }
  }

  /// Each ALS fit's objective after every iteration, by `als-joint` and `als-target/DOMAIN`.
  static func objectives(_ model: CrossDomainModel) -> [String: [Double]] {
    var objectives: [String: [Double]] = [:]
    for component in model.components {
      if let als = component as? ImplicitALS { objectives[als.name] = als.objectives }
      if let target = component as? TargetDomainALS {
        for (domain, als) in target.models {
          objectives["\(target.name)/\(model.dataset.domains[domain])"] = als.objectives
        }
      }
    }
    return objectives
  }
}
