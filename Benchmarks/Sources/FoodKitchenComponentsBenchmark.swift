import CrossLensCore
import Foundation

/// Each collaborative and association component alone on Food–Kitchen, the README's held-out
/// protocol (`groups`: each valid/test user's last interaction is the target, only targets in
/// the target domain count): NDCG@10 and Recall@10 over the test users, full ranking over the
/// target domain's items with the input history excluded (`--cases valid` for tuning). Warm keeps the users' target-domain
/// input; cold removes it from the input and the training data (`EvaluationSplit`).
enum FoodKitchenComponentsBenchmark {
  static func run(arguments: [String]) throws {
    let options = BenchmarkOptions(arguments)
    let folder = try foodKitchenFolder(options.value("--folder").map { [$0] } ?? [])
    let scenarios = (options.value("--scenario") ?? "warm,cold").split(separator: ",").compactMap {
      EvaluationScenario(rawValue: String($0))
    }
    // Defaults: the library's. `--half-life` sets item-kNN's and SVD's recency together.
    let knnDefaults = ItemKNN.Parameters()
    let knn = ItemKNN.Parameters(
      neighbours: options.value("--neighbours").flatMap { Int($0) } ?? knnDefaults.neighbours,
      shrinkage: options.value("--shrinkage").flatMap { Float($0) } ?? knnDefaults.shrinkage,
      recency: options.value("--half-life").map { RecencyDecay(halfLife: Float($0)) }
        ?? knnDefaults.recency)
    let als = ImplicitALS.Parameters(
      factors: Int(options.value("--factors") ?? "64") ?? 64,
      regularization: Float(options.value("--regularization") ?? "0.05") ?? 0.05,
      alpha: Float(options.value("--alpha") ?? "1") ?? 1,
      iterations: Int(options.value("--iterations") ?? "15") ?? 15, seed: 0, threads: 2)
    let svd = CoOccurrenceSVD.Parameters(
      rank: Int(options.value("--svd-rank") ?? "64") ?? 64,
      recency: options.value("--half-life").map { RecencyDecay(halfLife: Float($0)) }
        ?? CoOccurrenceSVD.Parameters().recency)
    let selected = Set(
      (options.value("--components") ?? "item-knn,als-joint,svd").split(separator: ",").map(
        String.init))
    let useValid = options.value("--cases") == "valid"
    let dataset = try ImportLayout.load(folder).dataset
    // `semantic`, `semantic-bridge`: MiniLM vectors cached in `--embeddings STORE`, else the stand-in.
    let embeddings =
      try options.value("--embeddings").flatMap {
        try Store(path: $0).miniLMEmbeddings(dataset: dataset)
      }
      ?? HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 256)
    // `--versus-stand-in` (with `--embeddings`): the semantic rows again on the stand-in, and
    // the paired difference between the two on the same users.
    guard !options.flag("--versus-stand-in") || options.value("--embeddings") != nil else {
      throw BenchmarkSetupError("--versus-stand-in compares with --embeddings STORE: give both")
    }
    let standIn =
      options.flag("--versus-stand-in")
      ? HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 256) : nil
    let bridgeRidge = Float(options.value("--bridge-ridge") ?? "10") ?? 10
    // `--bridge-whitening none` fits the unwhitened map.
    let whitening = options.value("--bridge-whitening").map { Float($0) } ?? 0.01
    let profileHalfLife = Float(options.value("--profile-half-life") ?? "1") ?? 1
    print(
      "food-kitchen: \(dataset.users.count) users, \(dataset.items.count) items, \(dataset.interactions.count) interactions"
    )
    print("item-knn \(knn)\nals \(als)\nsvd rank \(svd.rank)")
    for scenario in scenarios {
      for target in ["Grocery", "Kitchen"] {
        guard let t = dataset.domainIndex(named: target) else { continue }
        let split = EvaluationSplit.make(dataset, target: t, protocol: .groups, scenario: scenario)
        let joint = split.training.jointMatrix()
        let candidates = split.training.itemIndices(inDomain: t)
        let sources = split.training.itemIndices(inDomain: 1 - t)
        var timings: [String] = []
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
          let clock = ContinuousClock()
          let start = clock.now
          let value = try body()
          let d = clock.now - start
          timings.append(
            String(
              format: "%@ %.1fs", name,
              Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))
          return value
        }
        var components: [any ScoringComponent] = []
        if selected.contains("item-knn") {
          components.append(timed("item-knn") { ItemKNN(fitting: joint, parameters: knn) })
        }
        if selected.contains("als-joint") {
          components.append(try timed("als-joint") { try ImplicitALS.fit(joint, parameters: als) })
        }
        if selected.contains("svd") {
          components.append(
            try timed("svd") {
              try CoOccurrenceSVD.fit(
                joint, sourceItems: sources, targetItems: candidates, parameters: svd)
            })
        }
        // Each semantic component with the embeddings it runs on (MiniLM, then the stand-in).
        var labels = components.map { _ in embeddings.model }
        for vectors in [embeddings] + (standIn.map { [$0] } ?? []) {
          if selected.contains("semantic") {
            components.append(
              SemanticProfileComponent(
                dataset: split.training, embeddings: vectors, halfLife: profileHalfLife))
            labels.append(vectors.model)
          }
          if selected.contains("semantic-bridge") {
            components.append(
              try timed("semantic-bridge") {
                try SemanticBridgeComponent.fit(
                  dataset: split.training, embeddings: vectors, halfLife: profileHalfLife,
                  ridge: bridgeRidge, whitening: whitening)
              })
            labels.append(vectors.model)
          }
        }
        var ndcgs: [String: [Double]] = [:]
        for (component, label) in zip(components, labels) {
          var all: [RankingMetrics] = []
          for c in useValid ? split.valid : split.test {
            let seen = Set(c.input.map(\.item))
            let pool = candidates.filter { !seen.contains($0) }
            let scores = component.scores(
              for: UserQuery(user: nil, history: c.input), candidates: pool)
            let ranked = zip(pool, scores).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
              .prefix(10).map(\.0)
            all.append(RankingMetrics(ranked: ranked, relevant: c.targets, k: 10))
          }
          let mean = RankingMetrics.mean(all)
          let errors = RankingMetrics.standardErrors(all)
          print(
            String(
              format: "%@ %@ %@ (%@): cases %d  NDCG@10 %.2f%% ± %.2f  Recall@10 %.2f%%",
              scenario.rawValue, target, component.name, label, all.count, 100 * mean.ndcg,
              100 * errors.ndcg, 100 * mean.recall))
          let ndcg = all.map(\.ndcg)
          if let standIn, label == standIn.model, let real = ndcgs[component.name] {
            let d = MeanEstimate.paired(real, minus: ndcg)
            print(
              String(
                format: "  %@ − stand-in, paired: %+.2f ± %.2f (×100)", embeddings.model,
                100 * d.mean, 100 * d.standardError))
          }
          ndcgs[component.name] = ndcgs[component.name] ?? ndcg
        }
        print("  fit: " + timings.joined(separator: ", "))
      }
    }
  }
}
