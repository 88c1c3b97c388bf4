import CrossLensCore
import Foundation
import Testing

extension ModelCommandTests {
  /// `--include-seen` ranks the user's own target history too and marks exactly those rows.
  @Test func includeSeenRanksAndMarksTheHistory() throws {
    let store = try Self.trained.get()
    let dataset = try Store(path: store).loadDataset()
    let music = try #require(dataset.domains.firstIndex(of: "Music"))
    // The first user with Music history.
    let user = try #require(
      dataset.interactions.first { dataset.items[Int($0.item)].domain == music }?.user)
    let history = Set(
      dataset.interactions.filter { $0.user == user && dataset.items[Int($0.item)].domain == music }
        .map { dataset.items[Int($0.item)].id })
    let request = [
      "recommend", store, "--user", dataset.users[Int(user)].id, "--from", "Books", "--to", "Music",
    ]
    let musicItems = dataset.items.filter { $0.domain == music }.count

    let excluded = try Self.json(try CLI.run(request + ["--json"]).stdout)
    #expect(excluded["candidates"] as? Int == musicItems - history.count)
    let plain = try #require(excluded["rows"] as? [[String: Any]])
    #expect(plain.allSatisfy { $0["seen"] == nil })

    let k = String(musicItems)
    let included = try Self.json(
      try CLI.run(request + ["--include-seen", "-k", k, "--json"]).stdout)
    #expect(included["candidates"] as? Int == musicItems)
    let rows = try #require(included["rows"] as? [[String: Any]])
    let marked = Set(
      rows.filter { $0["seen"] as? Bool == true }.compactMap { $0["item"] as? String })
    #expect(marked == history)
    let text = try CLI.run(request + ["--include-seen"])
    #expect(
      text.stdout.hasPrefix("\(musicItems) candidates") && text.stdout.contains("seen included"))
  }

  /// `eval --max-cases` evaluates the seeded sample the explorer's metrics strip takes.
  @Test func evalMaxCasesTakesTheSeededSample() throws {
    let store = try Self.trained.get()
    let result = try CLI.run([
      "eval", store, "--to", "Movies", "--protocol", "last", "--users", "valid", "--max-cases",
      "20", "--fusion-users", "0", "--exposure-users", "50", "--lambdas", "0.5", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    #expect(object["maxCases"] as? Int == 20)
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.allSatisfy { $0["cases"] as? Int == 20 })

    let opened = try Store(path: store)
    let dataset = try opened.loadDataset()
    let movies = try #require(dataset.domains.firstIndex(of: "Movies"))
    var configuration = ModelConfiguration()
    configuration.fusionUsers = 0
    configuration.exposureUsers = 50
    let split = EvaluationSplit.make(dataset, target: movies, protocol: .last, scenario: .warm)
    let model = try CrossDomainModel.fit(
      dataset: split.training,
      embeddings: try ItemEmbeddings.best(
        in: opened, for: dataset, standInDimension: configuration.standInDimension),
      configuration: configuration, fusionTargets: [movies], fusionColdStart: false)
    let expected = Evaluator(model: model, target: movies).evaluate(
      cases: EvaluationSplit.sample(split.valid, atMost: 20),
      variants: [("item-knn", RankingParameters(weights: ["item-knn": 1]))], scenario: .warm)
    let row = try #require(rows.first { $0["model"] as? String == "item-knn" })
    let ndcg = try #require((row["metrics"] as? [String: Double])?["ndcg@10"])
    #expect(abs(ndcg - (expected.first?.metrics["ndcg@10"] ?? -1)) < 1e-9)
  }
}
