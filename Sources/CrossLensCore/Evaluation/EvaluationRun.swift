import Foundation

/// One evaluation as the CLI and the benchmarks run it: split, fit on the split's training data
/// (a model retrained per scenario), then every baseline, `fused` and a λ sweep of `fused` on
/// the same cases.
public struct EvaluationRun: Sendable {
  public var target: Int
  public var evaluationProtocol: EvaluationProtocol = .groups
  public var scenario: EvaluationScenario = .warm
  /// `nil`: full ranking; a number: sampled protocol with this many negatives.
  public var negatives: Int?
  /// Also rank with the sampled protocol (this many negatives) using the same fitted model;
  /// those rows carry `negatives`.
  public var alsoSampled: Int?
  public var seed: UInt64 = 0
  public var k = 10
  /// Evaluate the test users (default) or the validation users.
  public var useValidation = false
  /// Evaluate a seeded sample of at most this many of them (`EvaluationSplit.sample`, as the
  /// explorer's metrics strip does); `nil`: all.
  public var maxCases: Int?
  /// λ values for the `fused` sweep rows (λ = 0 is the `fused` row itself).
  public var lambdas: [Float] = [0.1, 0.2, 0.5, 1]
  /// The domains each case's input may come from besides the target (`Evaluator.sources`);
  /// `nil`: every domain. The fit is the same either way: only the input is restricted.
  public var sources: Set<Int>?
  /// Further rows with hand-set parameters, by row name (ranked after the sweep, by name).
  public var extraVariants: [String: RankingParameters] = [:]
  public var configuration = ModelConfiguration()

  public init(target: Int) { self.target = target }

  /// The sweep's λ values from a comma-separated list (`0.1,0.5,1`; spaces allowed), λ = 0
  /// dropped (it is the `fused` row); `nil` when an entry is empty, or not a finite number ≥ 0.
  public static func lambdas(parsing text: String) -> [Float]? {
    var lambdas: [Float] = []
    for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
      guard let lambda = Float(entry.trimmingCharacters(in: .whitespaces)), lambda.isFinite,
        lambda >= 0
      else { return nil }
      if lambda != 0 { lambdas.append(lambda) }
    }
    return lambdas
  }

  /// The rows: one per component alone (weight 1), `fused` with the learned weights for the
  /// scenario, and `fused` at each λ of the sweep.
  ///
  /// - Throws: `EvaluationError` when the split holds no case to evaluate.
  public func run(
    dataset: Dataset, embeddings: ItemEmbeddings? = nil,
    progress: (@Sendable (String) -> Void)? = nil
  ) throws -> [EvaluationRow] {
    let split = EvaluationSplit.make(
      dataset, target: target, protocol: evaluationProtocol, scenario: scenario, seed: seed)
    let all = useValidation ? split.valid : split.test
    let cases = maxCases.map { EvaluationSplit.sample(all, atMost: $0, seed: seed) } ?? all
    guard !cases.isEmpty else {
      throw EvaluationError.noCases(
        target: dataset.domains[target], evaluationProtocol: evaluationProtocol,
        scenario: scenario, validation: useValidation)
    }
    progress?("\(cases.count) cases; fitting on \(split.training.interactions.count) interactions")
    let model = try CrossDomainModel.fit(
      dataset: split.training, embeddings: embeddings, configuration: configuration,
      fusionTargets: [target], fusionColdStart: scenario == .cold,
      validation: useValidation
        ? nil : FusionValidation(target: target, coldStart: scenario == .cold, cases: split.valid),
      progress: progress)
    var fused = RankingParameters(
      weights: model.learnedWeights.weights(target: target, coldStart: scenario == .cold))
    var variants = model.componentNames.map { ($0, RankingParameters(weights: [$0: 1])) }
    variants.append(("fused", fused))
    for lambda in lambdas {
      fused.lambda = lambda
      variants.append(("fused", fused))
    }
    variants += extraVariants.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    progress?("ranking")
    var rows = Evaluator(
      model: model, target: target, k: k, negatives: negatives, seed: seed, sources: sources
    ).evaluate(cases: cases, variants: variants, scenario: scenario)
    if let sampled = alsoSampled {
      rows += Evaluator(
        model: model, target: target, k: k, negatives: sampled, seed: seed, sources: sources
      ).evaluate(cases: cases, variants: variants, scenario: scenario)
    }
    return rows
  }
}
