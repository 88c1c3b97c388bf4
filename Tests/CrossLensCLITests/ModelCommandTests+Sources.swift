import CrossLensCore
import Foundation
import Testing

extension ModelCommandTests {
  /// `eval --from` restricts each case's input to the named sources and the target: the rows
  /// equal the library's evaluation of the same split with the input filtered by hand.
  @Test func evalFromRestrictsTheInputToTheSources() throws {
    let store = try Self.trained.get()
    let request = [
      "eval", store, "--to", "Movies", "--from", "Books", "--protocol", "last", "--fusion-users",
      "0", "--lambdas", "0.5", "--exposure-users", "50",
    ]
    let result = try CLI.run(request + ["--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    #expect(object["from"] as? [String] == ["Books"])
    let rows = try #require(object["rows"] as? [[String: Any]])
    let ndcg = { (rows: [[String: Any]], model: String) -> Double? in
      let row = rows.first { $0["model"] as? String == model && $0["lambda"] as? Double == 0 }
      return (row?["metrics"] as? [String: Double])?["ndcg@10"]
    }

    // The same split and fit in the library, each case's Music history removed by hand.
    let opened = try Store(path: store)
    let dataset = try opened.loadDataset()
    let movies = try #require(dataset.domains.firstIndex(of: "Movies"))
    let books = try #require(dataset.domains.firstIndex(of: "Books"))
    var run = EvaluationRun(target: movies)
    run.evaluationProtocol = .last
    run.configuration.fusionUsers = 0
    run.configuration.exposureUsers = 50
    let split = EvaluationSplit.make(dataset, target: movies, protocol: .last, scenario: .warm)
    let embeddings = try ItemEmbeddings.best(
      in: opened, for: dataset, standInDimension: run.configuration.standInDimension)
    let model = try CrossDomainModel.fit(
      dataset: split.training, embeddings: embeddings, configuration: run.configuration,
      fusionTargets: [movies], fusionColdStart: false,
      validation: FusionValidation(target: movies, coldStart: false, cases: split.valid))
    var cases = split.test
    for n in cases.indices {
      cases[n].input.removeAll { ![books, movies].contains(dataset.items[Int($0.item)].domain) }
    }
    let expected = Evaluator(model: model, target: movies).evaluate(
      cases: cases,
      variants: model.componentNames.map { ($0, RankingParameters(weights: [$0: 1])) },
      scenario: .warm)
    for row in expected {
      let value = try #require(ndcg(rows, row.model), "no row \(row.model)")
      #expect(abs(value - (row.metrics["ndcg@10"] ?? -1)) < 1e-9, "\(row.model)")
    }
    // Without Music in the input some component scores otherwise, so the option did something.
    let unfiltered = Evaluator(model: model, target: movies).evaluate(
      cases: split.test,
      variants: model.componentNames.map { ($0, RankingParameters(weights: [$0: 1])) },
      scenario: .warm)
    #expect(zip(expected, unfiltered).contains { $0.metrics != $1.metrics })

    let text = try CLI.run(request)
    #expect(text.stdout.hasPrefix("Books → Movies · warm · last full · "), "\(text.stdout)")
    for (bad, message) in [("Nowhere", "no domain 'Nowhere'"), ("", "--from names at least one")] {
      let refused = try CLI.run(["eval", store, "--to", "Movies", "--from", bad])
      #expect(refused.status == 64 && refused.stderr.contains(message), "\(refused.stderr)")
    }
  }
}
