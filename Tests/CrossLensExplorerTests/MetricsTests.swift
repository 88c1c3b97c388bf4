import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The metrics strip: computed off the input thread, stale while a newer setting runs, equal
/// to an evaluation run here independently.
@Suite struct MetricsTests {
  func explorerWithMetrics() throws -> Explorer {
    let model = try #require(ExplorerFixture.model)
    return Explorer(
      directory: ExplorerFixture.directory, model: model, title: "shelf (test)",
      theme: .monochrome, exportDirectory: ExplorerFixture.exportDirectory,
      metrics: MetricsWorker(dataset: ExplorerFixture.dataset))
  }

  func settle(_ explorer: Explorer) {
    explorer.metrics?.waitUntilIdle()
    _ = explorer.poll()
  }

  /// Independently of the worker: the same split, a model fitted on its training data, the
  /// same cases.
  /// - Parameter inputDomains: the domains each case's input keeps (`nil`: all), filtered here
  ///   by hand rather than by the evaluator's `sources`.
  static func independentRow(
    target: Int, scenario: EvaluationScenario, parameters: RankingParameters,
    embeddings: ItemEmbeddings? = nil, weights: LearnedWeights? = nil,
    inputDomains: Set<Int>? = nil
  ) throws -> EvaluationRow {
    let dataset = ExplorerFixture.dataset
    let split = EvaluationSplit.make(dataset, target: target, protocol: .last, scenario: scenario)
    // Every target and situation fitted: the worker fits only the one it shows.
    let model = try CrossDomainModel.fit(
      dataset: split.training, embeddings: embeddings, weights: weights)
    #expect(weights == nil || model.learnedWeights == weights)
    var cases = Array(split.valid.prefix(500))
    if let inputDomains {
      for n in cases.indices {
        cases[n].input = cases[n].input.filter {
          inputDomains.contains(dataset.items[Int($0.item)].domain)
        }
      }
    }
    let rows = Evaluator(model: model, target: target, k: 10).evaluate(
      cases: cases, variants: [("x", parameters)], scenario: scenario)
    return try #require(rows.first)
  }

  @Test func stripShowsTheEvaluatorsNumbersForTheCurrentSetting() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    let context = try #require(explorer.state.recommendations)
    let result = try #require(explorer.state.metrics.result)
    #expect(result.parameters == context.parameters)
    #expect(!explorer.state.metrics.isStale)

    let row = try Self.independentRow(
      target: context.target, scenario: .warm, parameters: context.parameters)
    let ndcg = try #require(row.metrics["ndcg@10"])
    #expect(abs((result.current.metrics["ndcg@10"] ?? -1) - ndcg) < 1e-9)
    let line = explorer.render(size: Size(width: 120, height: 40)).line(39)
    let error = try #require(row.standardErrors["ndcg@10"])
    #expect(
      line.contains(
        "valid NDCG@10 " + NumberFormat.unit(Float(ndcg), decimals: 3) + "±"
          + NumberFormat.unit(Float(error), decimals: 3)))
    #expect(!line.contains("stale"))
    // R@10, coverage, novelty and ILD as the evaluator computes them.
    let recall = try #require(row.metrics["recall@10"])
    let coverage = try #require(row.metrics["coverage@10"])
    let novelty = try #require(row.metrics["novelty@10"])
    #expect(line.contains(" R@10 " + NumberFormat.unit(Float(recall), decimals: 3)), "\(line)")
    #expect(line.contains(" cov " + NumberFormat.fixed(coverage * 100, decimals: 0) + "%"))
    #expect(line.contains(" nov " + NumberFormat.fixed(novelty, decimals: 1)), "\(line)")
    let diversity = try #require(row.metrics["diversity@10"])
    #expect(line.contains(" ILD " + NumberFormat.unit(Float(diversity)) + " "), "\(line)")
    #expect(
      line.contains("λ-sweep " + Bars.sparkline(result.sweep.map { $0.metrics["ndcg@10"] ?? .nan }))
    )
  }

  /// A user new to the target is served with the cold weights: the strip evaluates them on the
  /// cold split, not on users who keep their target history.
  @Test func aColdUserGetsTheColdSplitsNumbers() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    #expect(explorer.state.metrics.result?.coldStart == false)
    ExplorerFixture.drive(explorer, [.character("c")])  // filter: cold in the target
    // The filter's message covers the strip until it is old.
    explorer.state.messageShownAt = .now - ExplorerState.messageLifetime
    settle(explorer)
    let context = try #require(explorer.state.recommendations)
    let user = try #require(explorer.state.users.selectedUser)
    #expect(ExplorerFixture.model?.isColdStart(user: user, target: context.target) == true)
    let result = try #require(explorer.state.metrics.result)
    #expect(result.coldStart && result.parameters == context.parameters)

    let row = try Self.independentRow(
      target: context.target, scenario: .cold, parameters: context.parameters)
    let ndcg = try #require(row.metrics["ndcg@10"])
    #expect(abs((result.current.metrics["ndcg@10"] ?? -1) - ndcg) < 1e-9)
    let line = explorer.render(size: Size(width: 120, height: 40)).line(39)
    #expect(line.contains("valid cold NDCG@10 " + NumberFormat.unit(Float(ndcg), decimals: 3)))
  }

  /// Given the served model's embeddings and weights, the strip's model uses them: its numbers
  /// equal an evaluation of a model fitted on the split with the same two.
  @Test func theServedModelsEmbeddingsAndWeightsReachTheStrip() throws {
    let served = try #require(ExplorerFixture.model)
    // Not the stand-in the worker computes by default (another dimension, other vectors).
    let embeddings = HashedNGramEmbedding.itemEmbeddings(
      for: ExplorerFixture.dataset, dimension: 16)
    // λ > 0: the exposure cost, counted with the given weights, takes part.
    let parameters = RankingParameters(lambda: 0.5, weights: ["semantic": 1, "item-knn": 0.5])
    func strip(_ worker: MetricsWorker) throws -> MetricsWorker.Result {
      worker.submit(generation: 1, target: 2, parameters: parameters)
      worker.waitUntilIdle()
      return try #require(worker.take())
    }
    let result = try strip(
      MetricsWorker(
        dataset: ExplorerFixture.dataset, embeddings: embeddings, weights: served.learnedWeights))
    let expected = try Self.independentRow(
      target: 2, scenario: .warm, parameters: parameters, embeddings: embeddings,
      weights: served.learnedWeights)
    #expect(result.current.metrics == expected.metrics)
    // The λ sweep: each λ's row as the evaluator computes it on the same model.
    #expect(result.sweepLambdas == MetricsWorker.sweepLambdas)
    for (lambda, row) in zip(result.sweepLambdas, result.sweep) {
      var swept = parameters
      swept.lambda = lambda
      let independent = try Self.independentRow(
        target: 2, scenario: .warm, parameters: swept, embeddings: embeddings,
        weights: served.learnedWeights)
      #expect(row.metrics == independent.metrics, "λ \(lambda)")
    }
    let line = MetricsPresenter.line(result: result, isStale: false, phase: nil, width: 120)
      .spans.map(\.text).joined()
    let sparklines =
      Bars.sparkline(result.sweep.map { $0.metrics["ndcg@10"] ?? .nan }) + " NDCG "
      + Bars.sparkline(result.sweep.map { $0.metrics["coverage@10"] ?? .nan }) + " cov"
    #expect(line.contains("λ-sweep " + sparklines), "\(line)")
    // Without them the worker's own stand-in and learned weights give other numbers.
    let own = try strip(MetricsWorker(dataset: ExplorerFixture.dataset))
    #expect(own.current.metrics != result.current.metrics)
  }

  /// The strip scores the request the list shows: each case's input is its history in the
  /// chosen sources and the target only.
  @Test func theStripFollowsTheChosenSources() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    let everyDomain = try #require(explorer.state.metrics.result)
    let target = everyDomain.target
    let domains = ExplorerFixture.dataset.domains
    let source = try #require(domains.indices.first { $0 != target })
    #expect(everyDomain.sources == domains.indices.filter { $0 != target })
    ExplorerFixture.drive(
      explorer, [.character(":")] + keys("source \(domains[source])") + [.enter])
    #expect(explorer.state.metrics.isStale)
    settle(explorer)
    let result = try #require(explorer.state.metrics.result)
    #expect(result.sources == [source] && !explorer.state.metrics.isStale)
    let parameters = try #require(explorer.state.recommendations?.parameters)
    let expected = try Self.independentRow(
      target: target, scenario: .warm, parameters: parameters, inputDomains: [source, target])
    #expect(result.current.metrics == expected.metrics)
    // Fewer sources change the numbers here, so the test shows the restriction took effect.
    #expect(result.current.metrics != everyDomain.current.metrics)
    #expect(explorer.state.metrics.previous?.sources == everyDomain.sources)
  }

  /// A message covers the strip until the next key or until it is `messageLifetime` old;
  /// then the next poll brings the strip back.
  @Test func anOldMessageGivesTheStatusLineBack() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    explorer.state.message = "exported 10 rows"
    #expect(!explorer.poll() && explorer.state.message != nil)
    let size = Size(width: 120, height: 40)
    #expect(explorer.render(size: size).line(39).contains("exported 10 rows"))
    explorer.state.messageShownAt = .now - ExplorerState.messageLifetime
    #expect(explorer.poll() && explorer.state.message == nil)
    #expect(explorer.render(size: size).line(39).contains("valid NDCG@10"))
  }

  /// With no user selected (a search that matches none) the strip still follows the target and
  /// the sliders, for users with target history.
  @Test func theStripFollowsTheSettingWithNoUserSelected() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    let before = try #require(explorer.state.metrics.result)
    ExplorerFixture.drive(explorer, [.character("/")] + keys("zzz") + [.enter])
    #expect(explorer.state.users.selectedUser == nil)
    ExplorerFixture.drive(explorer, [.character("T"), .tab, .tab, .character("]")])
    settle(explorer)
    let context = try #require(explorer.state.recommendations)
    let result = try #require(explorer.state.metrics.result)
    #expect(result.target == context.target && result.target != before.target)
    #expect(result.parameters == context.parameters && context.parameters.lambda > 0)
    #expect(!result.coldStart && !explorer.state.metrics.isStale)
  }

  @Test func aNewerSettingMarksTheStripStaleUntilItsResultArrives() throws {
    let explorer = try explorerWithMetrics()
    settle(explorer)
    for _ in 0..<5 { _ = explorer.handle(.character("+")) }
    #expect(explorer.state.metrics.isStale)
    #expect(explorer.render(size: Size(width: 120, height: 40)).line(39).contains("stale"))
    settle(explorer)
    let context = try #require(explorer.state.recommendations)
    let result = try #require(explorer.state.metrics.result)
    // Superseded requests were dropped: the result answers the last one.
    #expect(result.generation == explorer.state.metrics.generation)
    #expect(result.parameters == context.parameters)
    #expect(!explorer.render(size: Size(width: 120, height: 40)).line(39).contains("stale"))
  }
}
