extension CrossDomainModel {
  /// Fits every component on `dataset` (all of it: hold evaluation targets out before calling)
  /// and learns the fusion weights (see `FusionTrainer`) on held-out last items of a sample of
  /// its users, with the components refitted without those items.
  ///
  /// - Parameters:
  ///   - embeddings: item text embeddings (e.g. MiniLM's from the store); when `nil`, the
  ///     hashed n-gram stand-in is computed and the model's notes say so.
  ///   - weights: fusion weights to use as they are (e.g. another model's), instead of
  ///     learning them; exposure is then counted with these.
  public static func fit(
    dataset: Dataset, embeddings: ItemEmbeddings? = nil,
    configuration: ModelConfiguration = ModelConfiguration(), fusionTargets: Set<Int>? = nil,
    fusionColdStart: Bool? = nil, validation: FusionValidation? = nil,
    weights: LearnedWeights? = nil, progress: (@Sendable (String) -> Void)? = nil
  ) throws -> CrossDomainModel {
    let embeddings =
      embeddings
      ?? HashedNGramEmbedding.itemEmbeddings(
        for: dataset, dimension: configuration.standInDimension)
    var notes: [String] = []
    if embeddings.isStandIn {
      notes.append(
        "semantic, semantic-bridge: \(embeddings.model) is a stand-in (hashed character n-grams), not a language model"
      )
    }
    let components = try makeComponents(dataset, embeddings, configuration, progress: progress)
    // Without learned weights every fused signal counts alike; popularity is never fused.
    var learned = LearnedWeights(
      fits: [],
      pooled: Dictionary(
        uniqueKeysWithValues: components.map {
          ($0.name, Float($0.name == PopularityComponent.componentName ? 0 : 1))
        }))
    if let weights {
      learned = weights
    } else {
      var fitted: LearnedWeights?
      if configuration.fusionUsers > 0 {
        progress?("learning fusion weights")
        fitted = try learnWeights(
          dataset, embeddings, configuration, components.map(\.name), fusionTargets,
          fusionColdStart.map { [$0] },
          validation, progress: progress)
      }
      if let fitted {
        learned = fitted
      } else {
        let why =
          configuration.fusionUsers > 0
          ? "too few held-out cases to learn them" : "not learned (fusion users 0)"
        notes.append("fusion weights: \(why); every component but popularity weighs 1")
      }
    }
    let unmeasured = CrossDomainModel(
      dataset: dataset, components: components, learnedWeights: learned,
      configuration: configuration, notes: notes)
    guard configuration.exposureUsers > 0 else { return unmeasured }
    progress?("counting exposure")
    let exposure = ItemExposure.measure(
      model: unmeasured,
      targets: fusionTargets.map { $0.sorted() } ?? Array(dataset.domains.indices),
      situations: fusionColdStart.map { [$0] } ?? [false, true],
      users: configuration.exposureUsers, seed: configuration.seed,
      threads: configuration.als.threads)
    return CrossDomainModel(
      dataset: dataset, components: components, learnedWeights: learned,
      configuration: configuration, exposure: exposure, notes: notes)
  }

  /// The components, in a fixed order, fitted on `dataset`; `progress` hears the joint ALS
  /// objective after each iteration when the configuration computes it.
  static func makeComponents(
    _ dataset: Dataset, _ embeddings: ItemEmbeddings, _ configuration: ModelConfiguration,
    progress: (@Sendable (String) -> Void)? = nil
  ) throws -> [any ScoringComponent] {
    let joint = dataset.jointMatrix()
    return [
      PopularityComponent(popularity: ItemPopularity(dataset: dataset)),
      ItemKNN(fitting: joint, parameters: configuration.knn, threads: configuration.als.threads),
      try TargetDomainALS.fit(dataset: dataset, parameters: configuration.als),
      try jointALS(dataset, joint, embeddings, configuration, progress: progress),
      try DomainPairSVD.fit(dataset: dataset, joint: joint, parameters: configuration.svd),
      SemanticProfileComponent(
        dataset: dataset, embeddings: embeddings, halfLife: configuration.profileHalfLife),
      try SemanticBridgeComponent.fit(
        dataset: dataset, embeddings: embeddings, halfLife: configuration.profileHalfLife,
        ridge: configuration.bridgeRidge, whitening: configuration.bridgeWhitening),
    ]
  }

  /// ALS on the joint matrix, with the factors of items with few interactions moved toward
  /// what their text predicts (`TextFactorMap`).
  static func jointALS(
    _ dataset: Dataset, _ joint: CSRMatrix, _ embeddings: ItemEmbeddings,
    _ configuration: ModelConfiguration, progress: (@Sendable (String) -> Void)? = nil
  ) throws -> ImplicitALS {
    let iterations = configuration.als.iterations
    let als = try ImplicitALS.fit(joint, parameters: configuration.als, name: "als-joint") {
      iteration, objective in
      guard let objective else { return }
      progress?(
        "als-joint iteration \(iteration + 1)/\(iterations): objective "
          + String(format: "%.6g", objective))
    }
    var counts = [Int](repeating: 0, count: dataset.items.count)
    for x in dataset.interactions { counts[Int(x.item)] += 1 }
    guard
      let map = try TextFactorMap.fit(
        embeddings: embeddings, factors: als.itemFactors, interactionCounts: counts)
    else { return als }
    return als.replacingItemFactors(
      map.applied(to: als.itemFactors, interactionCounts: counts, embeddings: embeddings))
  }

  static func learnWeights(
    _ dataset: Dataset, _ embeddings: ItemEmbeddings, _ configuration: ModelConfiguration,
    _ names: [String], _ targets: Set<Int>?, _ situations: Set<Bool>?,
    _ validation: FusionValidation?,
    progress: (@Sendable (String) -> Void)?
  ) throws -> LearnedWeights? {
    let cases = FusionCases(
      dataset: dataset, maxUsers: configuration.fusionUsers, seed: configuration.seed)
    // Warm and cold cases are scored by components fitted without what each may not see
    // (refits whose ALS objective nobody reads).
    var refit = configuration
    refit.als.computesObjective = false
    func reducedModel(_ data: Dataset) throws -> CrossDomainModel {
      CrossDomainModel(
        dataset: data, components: try makeComponents(data, embeddings, refit),
        learnedWeights: LearnedWeights(fits: [], pooled: [:]))
    }
    let trainer = FusionTrainer()
    // Popularity is a baseline, not a fused signal: a learned popularity weight would make
    // "λ = 0" mean "this much popularity" and spend the λ sweep (λ·c(i)/σ_c, c from exposure)
    // cancelling it.
    let notFused = Set(names.indices.filter { names[$0] == PopularityComponent.componentName })
    var fits: [LearnedWeights.Fit] = []
    var pooledLists: [FusionTrainer.CaseFeatures] = []
    for coldStart in [false, true] where situations?.contains(coldStart) ?? true {
      // Each fold's cases are scored by components fitted without what those cases hide.
      let folds: [(data: Dataset, cases: [Int: [EvaluationCase]])] =
        coldStart ? cases.coldFolds.map { ($0.data, $0.cases) } : [(cases.reduced, cases.warm)]
      let checks = coldStart ? cases.coldCheck : cases.warmCheck
      var lists: [Int: [FusionTrainer.CaseFeatures]] = [:]
      var check: [Int: [FusionTrainer.CaseFeatures]] = [:]
      for (n, fold) in folds.enumerated() {
        let wanted = Set(fold.cases.keys).union(checks.keys).filter {
          targets?.contains($0) ?? true
        }
        guard !wanted.isEmpty else { continue }
        progress?(
          "fusion \(coldStart ? "cold" : "warm") cases"
            + (folds.count > 1 ? " (fold \(n + 1) of \(folds.count))" : ""))
        let reduced = try reducedModel(fold.data)
        for target in wanted.sorted() {
          lists[target, default: []] += trainer.lists(
            model: reduced, cases: fold.cases[target] ?? [], target: target)
          // The check cases hide from every fold's data what they hide from their input.
          guard n == 0 else { continue }
          let checkCases =
            validation.flatMap {
              $0.target == target && $0.coldStart == coldStart ? $0.cases : nil
            } ?? checks[target] ?? []
          check[target] = trainer.lists(model: reduced, cases: checkCases, target: target)
        }
      }
      for (target, list) in lists.sorted(by: { $0.key < $1.key }) {
        if !coldStart { pooledLists += list }
        guard list.count >= 50 else { continue }
        let (w, value) = trainer.fit(
          list, dimension: names.count, check: check[target] ?? [], excluded: notFused)
        progress?(
          fusionSummary(
            "\(dataset.domains[target]) \(coldStart ? "cold" : "warm")", trainer: trainer,
            cases: list, check: check[target] ?? [], value: value, weights: w, names: names,
            fused: names.indices.filter { !notFused.contains($0) }))
        fits.append(
          LearnedWeights.Fit(
            target: target, coldStart: coldStart, cases: list.count, ndcg: value,
            weights: Dictionary(uniqueKeysWithValues: zip(names, w))))
      }
    }
    // The pooled fallback: all warm cases together, else the first specific fit.
    if pooledLists.isEmpty {
      guard let first = fits.first else { return nil }
      return LearnedWeights(fits: fits, pooled: first.weights)
    }
    let pooled = trainer.fit(pooledLists, dimension: names.count, excluded: notFused).weights
    return LearnedWeights(fits: fits, pooled: Dictionary(uniqueKeysWithValues: zip(names, pooled)))
  }

  /// The fit's progress line: cases, the value reached, the weights, and each fused component
  /// alone on the cases and on the check cases (`–` without any).
  static func fusionSummary(
    _ situation: String, trainer: FusionTrainer, cases: [FusionTrainer.CaseFeatures],
    check: [FusionTrainer.CaseFeatures], value: Double, weights: [Float], names: [String],
    fused: [Int]
  ) -> String {
    let f = { (x: Double) in String(format: "%.3f", x) }
    let alone = fused.map { c -> String in
      let w = names.indices.map { Float($0 == c ? 1 : 0) }
      let onCheck = check.isEmpty ? "–" : f(trainer.value(w, check))
      return "\(names[c]) \(f(trainer.value(w, cases)))/\(onCheck)"
    }
    let shown = zip(names, weights).map { "\($0) \(String(format: "%.2f", $1))" }
    return "fusion \(situation): \(cases.count) cases (\(check.count) check), NDCG@10 \(f(value)), "
      + "weights \(shown.joined(separator: ", ")); alone (cases/check) "
      + alone.joined(separator: ", ")
  }
}

/// Held-out validation cases for one situation (target domain, warm or cold) that the fusion
/// fit may not get worse on — in an evaluation, the split's `valid` users with their real
/// held-out items, in place of the validation users' earlier items.
public struct FusionValidation: Sendable {
  public var target: Int
  public var coldStart: Bool
  public var cases: [EvaluationCase]

  public init(target: Int, coldStart: Bool, cases: [EvaluationCase]) {
    self.target = target
    self.coldStart = coldStart
    self.cases = cases
  }
}
