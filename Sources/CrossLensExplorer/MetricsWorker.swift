import CrossLensCore
import Foundation

/// Offline metrics for the explorer's current setting, computed on a background queue.
///
/// Per target domain and situation it makes a validation split (each sampled user's last target
/// item held out; warm, or cold for a selected user with no target history: the held-out users'
/// target history removed from their input and the training data), fits a model on the split's
/// training data (so held-out items are never seen), then evaluates the current parameters and
/// a λ sweep on the validation cases, their input restricted to the request's sources and the
/// target (as a served request's history). Only the newest request matters: one submitted while
/// another runs replaces any waiting one, and results of superseded requests are dropped. The
/// worker never touches the terminal; the input thread collects results with `take()`.
public final class MetricsWorker: @unchecked Sendable {
  /// One evaluation's outcome for `parameters` on `target` in one situation.
  public struct Result: Sendable {
    public var generation: Int
    public var target: Int
    public var coldStart: Bool
    /// The request's source domains, ascending: each case's input is its history there and in
    /// the target.
    public var sources: [Int]
    public var parameters: RankingParameters
    public var current: EvaluationRow
    /// λ values of the sweep, with their rows (other parameters as `parameters`).
    public var sweepLambdas: [Float]
    public var sweep: [EvaluationRow]
  }

  struct Request: Sendable {
    var generation: Int
    var target: Int
    var coldStart: Bool
    var sources: [Int]
    var parameters: RankingParameters
  }

  /// The λ values of the sweep chart.
  public static let sweepLambdas: [Float] = [0, 0.25, 0.5, 1, 1.5, 2]

  private let dataset: Dataset
  private let configuration: ModelConfiguration
  private let embeddings: ItemEmbeddings?
  private let weights: LearnedWeights?
  private let maxCases: Int
  private let queue = DispatchQueue(label: "crosslens.metrics", qos: .utility)
  private let lock = NSLock()
  private var waiting: Request?
  private var isRunning = false
  private var latestGeneration = -1
  private var finished: Result?
  private var phase: String?
  /// Per target and situation: the evaluation model and validation cases (built on first use).
  private var prepared: [Situation: (Evaluator, [EvaluationCase])] = [:]

  private struct Situation: Hashable {
    var target: Int
    var coldStart: Bool
  }

  /// - Parameters:
  ///   - embeddings: the served model's item embeddings (so the semantic components score as
  ///     they do there); `nil`: the stand-in.
  ///   - weights: the served model's learned weights, which set the exposure cost (the strip
  ///     scores the slider weights, so no fusion fit is needed); `nil`: learned on the split.
  ///   - maxCases: validation cases evaluated per request (`EvaluationSplit.sample`, seed 0).
  public init(
    dataset: Dataset, configuration: ModelConfiguration = ModelConfiguration(),
    embeddings: ItemEmbeddings? = nil, weights: LearnedWeights? = nil, maxCases: Int = 500
  ) {
    self.dataset = dataset
    self.embeddings = embeddings
    self.weights = weights
    // One thread for the background fit: the other core stays with the input thread.
    var background = configuration
    background.als.threads = 1
    background.als.computesObjective = false  // nobody reads the refit's objective
    self.configuration = background
    self.maxCases = maxCases
  }

  /// Asks for the metrics of `parameters` on `target` from `sources` (`nil`: every other
  /// domain), for users with target history (warm) or without (`coldStart`); supersedes every
  /// earlier request.
  public func submit(
    generation: Int, target: Int, coldStart: Bool = false, sources: [Int]? = nil,
    parameters: RankingParameters
  ) {
    let sources = Array(Set(sources ?? dataset.domains.indices.filter { $0 != target })).sorted()
    lock.withLock {
      latestGeneration = generation
      waiting = Request(
        generation: generation, target: target, coldStart: coldStart, sources: sources,
        parameters: parameters)
      guard !isRunning else { return }
      isRunning = true
      queue.async { self.drain() }
    }
  }

  /// The newest finished result not yet taken, if it answers the newest request.
  public func take() -> Result? {
    lock.withLock {
      defer { finished = nil }
      return finished
    }
  }

  /// What the worker is doing (`fitting evaluation model`, `evaluating`), or nil when idle.
  public var currentPhase: String? { lock.withLock { phase } }

  /// Blocks until the worker is idle (for tests and benchmarks).
  public func waitUntilIdle() {
    while lock.withLock({ isRunning }) { Thread.sleep(forTimeInterval: 0.005) }
  }

  private func drain() {
    while true {
      let request: Request? = lock.withLock {
        let next = waiting
        waiting = nil
        if next == nil { isRunning = false }
        return next
      }
      guard let request else { return }
      let result = evaluate(request)
      lock.withLock {
        phase = nil
        if let result, result.generation == latestGeneration { finished = result }
      }
    }
  }

  private func setPhase(_ text: String) { lock.withLock { phase = text } }

  private func isSuperseded(_ request: Request) -> Bool {
    lock.withLock { request.generation != latestGeneration }
  }

  private func evaluate(_ request: Request) -> Result? {
    let situation = Situation(target: request.target, coldStart: request.coldStart)
    guard var (evaluator, cases) = preparedEvaluator(situation),
      !isSuperseded(request)
    else { return nil }
    evaluator.sources = Set(request.sources)
    setPhase("evaluating")
    var variants = [(name: "current", parameters: request.parameters)]
    for lambda in Self.sweepLambdas {
      var p = request.parameters
      p.lambda = lambda
      variants.append((name: "λ \(lambda)", parameters: p))
    }
    let rows = evaluator.evaluate(
      cases: cases, variants: variants, scenario: request.coldStart ? .cold : .warm)
    guard rows.count == variants.count, let current = rows.first else { return nil }
    return Result(
      generation: request.generation, target: request.target, coldStart: request.coldStart,
      sources: request.sources, parameters: request.parameters,
      current: current, sweepLambdas: Self.sweepLambdas, sweep: Array(rows.dropFirst()))
  }

  /// The evaluation model and cases for a situation, fitted on the split's training data.
  private func preparedEvaluator(_ situation: Situation) -> (Evaluator, [EvaluationCase])? {
    if let ready = lock.withLock({ prepared[situation] }) { return ready }
    setPhase("fitting \(situation.coldStart ? "cold " : "")evaluation model")
    let split = EvaluationSplit.make(
      dataset, target: situation.target, protocol: .last,
      scenario: situation.coldStart ? .cold : .warm)
    guard !split.valid.isEmpty,
      // Weights and exposure only for the situation evaluated (the slider weights are scored).
      let model = try? CrossDomainModel.fit(
        dataset: split.training, embeddings: embeddings, configuration: configuration,
        fusionTargets: [situation.target], fusionColdStart: situation.coldStart, weights: weights)
    else { return nil }
    let ready = (
      Evaluator(model: model, target: situation.target, k: 10),
      EvaluationSplit.sample(split.valid, atMost: maxCases)
    )
    lock.withLock { prepared[situation] = ready }
    return ready
  }
}
