import CrossLensCore
import Foundation

/// The Food–Kitchen table: groups protocol, test users, warm and cold × Grocery and Kitchen,
/// every baseline and `fused`, full ranking (and sampled with `--negatives 999`).
enum FoodKitchenTable {
  static func run(_ arguments: [String]) throws {
    // Option values are not the folder: keep only arguments that follow no `--name`.
    let positional = arguments.enumerated().filter { k, a in
      !a.hasPrefix("--") && (k == 0 || !arguments[k - 1].hasPrefix("--"))
    }.map(\.element)
    let folder = try foodKitchenFolder(positional)
    let options = BenchmarkOptions(arguments)
    let clock = ContinuousClock()
    let start = clock.now
    let dataset = try DatasetImporter(plan: DelimitedLoader.plan(folder: folder)).run().dataset
    emit("loaded \(dataset.interactions.count) interactions in \(clock.now - start)")
    // `--embeddings STORE`: the MiniLM vectors that `crosslens embed STORE` cached (instead of the stand-in).
    let embeddings = try options.value("--embeddings").flatMap {
      try Store(path: $0).miniLMEmbeddings(dataset: dataset)
    }
    if let embeddings { emit("embeddings: \(embeddings.model), \(embeddings.vectors.rows) items") }
    let negatives = options.value("--negatives").flatMap { Int($0) }
    let scenarios = (options.value("--scenario").map { [$0] } ?? ["warm", "cold"]).compactMap(
      EvaluationScenario.init)
    let targets = options.value("--to").map { [$0] } ?? ["Grocery", "Kitchen"]
    var configuration = ModelConfiguration()
    if let users = options.value("--fusion-users").flatMap({ Int($0) }) {
      configuration.fusionUsers = users
    }
    // item-kNN: the library's defaults, as `crosslens train` fits them, unless given
    // (`--knn-shrinkage 100 --knn-half-life 1`: BENCHMARKS.md, "item-kNN retuned").
    if let x = options.value("--knn-shrinkage").flatMap({ Float($0) }) {
      configuration.knn.shrinkage = x
    }
    if let x = options.value("--knn-half-life").flatMap({ Float($0) }) {
      configuration.knn.recency = RecencyDecay(halfLife: x)
    }
    emit(
      "item-knn: shrinkage \(configuration.knn.shrinkage), half-life \(configuration.knn.recency.halfLife ?? 0)"
    )
    for scenario in scenarios {
      for name in targets {
        guard let target = dataset.domainIndex(named: name) else { continue }
        var run = EvaluationRun(target: target)
        run.scenario = scenario
        run.negatives = negatives
        run.alsoSampled = options.value("--also-sampled").flatMap { Int($0) }
        run.configuration = configuration
        run.useValidation = options.value("--users") == "valid"
        if let text = options.value("--lambdas") {
          guard let lambdas = EvaluationRun.lambdas(parsing: text) else {
            throw BenchmarkSetupError(
              "--lambdas expects comma-separated numbers ≥ 0, got '\(text)'")
          }
          run.lambdas = lambdas
        }
        // `--extra "item-knn=1,svd=1;svd=1,als-joint=0.5"`: hand-set weight rows beside `fused`.
        for spec in (options.value("--extra") ?? "").split(separator: ";") {
          let weights = spec.split(separator: ",").compactMap { pair -> (String, Float)? in
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let w = Float(parts[1]) else { return nil }
            return (String(parts[0]), w)
          }
          run.extraVariants[String(spec)] = RankingParameters(
            weights: Dictionary(uniqueKeysWithValues: weights))
        }
        let t0 = clock.now
        let rows = try run.run(dataset: dataset, embeddings: embeddings) { emit("  \($0)") }
        emit("\(scenario.rawValue) \(name) (\(rows.first?.cases ?? 0) users, \(clock.now - t0))")
        for row in rows {
          let m = row.metrics
          emit(
            "  " + (row.negatives > 0 ? "s\(row.negatives) " : "full ")
              + row.model.padding(
                toLength: Swift.max(16, row.model.count + 1), withPad: " ", startingAt: 0)
              + "λ \(row.lambda)".padding(toLength: 7, withPad: " ", startingAt: 0)
              + " ndcg@10 " + f(m["ndcg@10"]) + " ±" + f(row.standardErrors["ndcg@10"])
              + (row.ndcgVersusFused.map {
                " Δfused " + String(format: "%+6.2f", $0.mean * 100) + " ±" + f($0.standardError)
              } ?? String(repeating: " ", count: 22))
              + "  recall@10 " + f(m["recall@10"])
              + "  cov@10 " + f(m["coverage@10"]) + "  nov " + f(m["novelty@10"], scale: 1)
              + "  gini " + f(m["gini@10"], scale: 1))
        }
      }
    }
  }

  /// Writes a line unbuffered, so progress shows as it comes (also into a file).
  @Sendable static func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// ×100 with two decimals (as the reference table).
  static func f(_ x: Double?, scale: Double = 100) -> String {
    String(format: "%6.2f", (x ?? 0) * scale)
  }
}
