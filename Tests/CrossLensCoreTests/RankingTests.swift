import Foundation
import Testing

@testable import CrossLensCore

@Suite struct RankingTests {
  static let model: CrossDomainModel? = try? CrossDomainModel.fit(dataset: TwoTasteDataset.make())

  /// c(i) by the README's definition, from the exposure tally of the user's situation (the
  /// model fits one for every target and situation): `log(1 + x_i) / max_j log(1 + x_j)`,
  /// `x_i` the item's exposure.
  static func cost(_ model: CrossDomainModel, user: Int32, target: Int) -> [Float] {
    let cold = model.query(user: user, domains: [target]).history.isEmpty
    let tally = model.exposure.tally(target: target, coldStart: cold)!
    var x = [Double](repeating: 0, count: model.dataset.items.count)
    for (item, e) in zip(tally.items, tally.exposure) { x[Int(item)] = Double(e) }
    let top = x.map { log(1 + $0) }.max()!
    return x.map { Float(log(1 + $0) / top) }
  }

  /// Independent computation of every candidate's numbers, by the README's definitions.
  static func bruteForce(
    _ model: CrossDomainModel, user: Int32, parameters: RankingParameters
  ) -> [(item: Int32, score: Float, sim: Float, final: Float)] {
    let query = model.query(user: user, domains: [0, 1])
    let seen = Set(query.history.map(\.item))
    let candidates = model.dataset.itemIndices(inDomain: 1).filter { !seen.contains($0) }
    var score = [Float](repeating: 0, count: candidates.count)
    var simSum = [Float](repeating: 0, count: candidates.count)
    var simWeight: Float = 0
    for component in model.components {
      let w = parameters.weights[component.name] ?? 0
      let raw = candidates.map { component.scores(for: query, candidates: [$0])[0] }
      let mean = raw.reduce(0, +) / Float(raw.count)
      let sd = (raw.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(raw.count)).squareRoot()
      for j in candidates.indices where sd > 1e-6 { score[j] += w * (raw[j] - mean) / sd }
      if w > 0, let cos = component.latentCosines(for: query, candidates: candidates) {
        for j in candidates.indices { simSum[j] += w * cos[j] }
        simWeight += w
      }
    }
    let itemCost = cost(model, user: user, target: 1)
    let costs = candidates.map { itemCost[Int($0)] }
    let meanCost = costs.reduce(0, +) / Float(costs.count)
    let costSD =
      (costs.map { ($0 - meanCost) * ($0 - meanCost) }.reduce(0, +)
      / Float(costs.count)).squareRoot()
    return candidates.indices.map { j in
      let sim = simWeight > 0 ? simSum[j] / simWeight : 0
      let penalty = costSD > 1e-6 ? parameters.lambda * costs[j] / costSD : 0
      return (candidates[j], score[j], sim, score[j] - penalty)
    }
  }

  @Test func rowsMatchAnIndependentComputation() throws {
    let model = try #require(Self.model)
    let parameters = RankingParameters(
      k: 5, lambda: 0.3, tau: 0.0,
      weights: ["popularity": 0.5, "semantic": 1, "semantic-bridge": 0.7])
    for user: Int32 in [3, 25, TwoTasteDataset.coldUser] {
      let list = model.recommend(user: user, sources: [0], target: 1, parameters: parameters)
      let expected = Self.bruteForce(model, user: user, parameters: parameters)
        .filter { $0.sim >= parameters.tau }
        .sorted { $0.final > $1.final || ($0.final == $1.final && $0.item < $1.item) }
      #expect(list.rows.count == Swift.min(5, expected.count) && !list.rows.isEmpty)
      #expect(list.rows.map(\.rank) == Array(1...list.rows.count))
      for (row, e) in zip(list.rows, expected.prefix(5)) {
        #expect(row.item == e.item)
        #expect(abs(row.score - e.score) < 1e-4)
        #expect(abs(row.sim - e.sim) < 1e-4)
        #expect(abs(row.finalScore - e.final) < 1e-4)
      }
    }
  }

  @Test func contributionsSumToScoreAndPenaltyIsLambdaTimesCostInDeviations() throws {
    let model = try #require(Self.model)
    var parameters = model.defaultParameters
    parameters.lambda = 0.5
    let list = model.recommend(user: 7, sources: [0], target: 1, parameters: parameters)
    #expect(!list.rows.isEmpty)
    // σ_c over the request's candidates: Kitchen items user 7 has not bought.
    let seen = Set(model.query(user: 7, domains: [0, 1]).history.map(\.item))
    let itemCost = Self.cost(model, user: 7, target: 1)
    let costs = model.dataset.itemIndices(inDomain: 1).filter { !seen.contains($0) }.map {
      Double(itemCost[Int($0)])
    }
    let mean = costs.reduce(0, +) / Double(costs.count)
    let sd = (costs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(costs.count))
      .squareRoot()
    #expect(sd > 0.01)
    for row in list.rows {
      #expect(abs(row.contributions.values.reduce(0, +) - row.score) < 1e-5)
      let cost = Double(itemCost[Int(row.item)])
      #expect(abs(Double(row.penalty) - 0.5 * cost / sd) < 1e-5)
      #expect(row.finalScore == row.score - row.penalty)
    }
    #expect(zip(list.rows, list.rows.dropFirst()).allSatisfy { $0.finalScore >= $1.finalScore })
  }

  @Test func seenItemsAreExcludedUnlessAsked() throws {
    let model = try #require(Self.model)
    let seen = Set(model.query(user: 5, domains: [1]).history.map(\.item))
    #expect(seen.count == 2)
    var parameters = model.defaultParameters
    parameters.k = 12
    let list = model.recommend(user: 5, sources: [0], target: 1, parameters: parameters)
    #expect(list.candidateCount == 12 - seen.count)
    #expect(list.rows.allSatisfy { !seen.contains($0.item) })
    parameters.excludeSeen = false
    let all = model.recommend(user: 5, sources: [0], target: 1, parameters: parameters)
    #expect(all.candidateCount == 12 && Set(all.rows.map(\.item)).isSuperset(of: seen))
  }

  @Test func tauFiltersAndReportsWhy() throws {
    let model = try #require(Self.model)
    var parameters = model.defaultParameters
    parameters.tau = 0.2
    let list = model.recommend(
      user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: parameters)
    #expect(list.rows.allSatisfy { $0.sim >= 0.2 })
    #expect(!list.filtered.isEmpty)
    for row in list.filtered {
      #expect(row.sim < 0.2 && row.rank == 0)
      #expect(row.filteredReason?.hasSuffix("< τ 0.20") == true)
    }
    // Independently: the filtered rows are exactly the top k without τ that are below τ, in
    // that order; the kept rows are that list's others, then the next ones above τ.
    for k in [1, 3, 5, 50] {
      parameters.k = k
      var open = parameters
      open.tau = -1
      let unfiltered = model.recommend(
        user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: open
      ).rows
      let capped = model.recommend(
        user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: parameters)
      #expect(capped.filtered.map(\.item) == unfiltered.filter { $0.sim < 0.2 }.map(\.item))
      let kept = unfiltered.filter { $0.sim >= 0.2 }.map(\.item)
      #expect(Array(capped.rows.map(\.item).prefix(kept.count)) == kept)
    }
  }

  @Test func lambdaZeroIsRelevanceOrderAndLambdaDemotesExposedItems() throws {
    let model = try #require(Self.model)
    var parameters = RankingParameters(k: 9, weights: ["semantic-bridge": 1])
    let relevance = model.recommend(
      user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: parameters)
    #expect(zip(relevance.rows, relevance.rows.dropFirst()).allSatisfy { $0.score >= $1.score })
    parameters.lambda = 100
    let penalised = model.recommend(
      user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: parameters)
    let itemCost = Self.cost(model, user: TwoTasteDataset.coldUser, target: 1)
    let cost = { (row: RecommendationRow) in itemCost[Int(row.item)] }
    #expect(
      zip(penalised.rows, penalised.rows.dropFirst()).allSatisfy { cost($0) <= cost($1) + 0.02 })
  }

  @Test func bridgeSendsAColdUserToTheirTasteAcrossDomains() throws {
    let model = try #require(Self.model)
    let parameters = RankingParameters(k: 6, weights: ["semantic-bridge": 1])
    let list = model.recommend(
      user: TwoTasteDataset.coldUser, sources: [0], target: 1, parameters: parameters)
    #expect(list.candidateCount == 12)
    #expect(list.rows.count == 6 && list.rows.allSatisfy { TwoTasteDataset.isTasteX($0.item) })
    // Raw within-domain semantic has nothing to say for a user without Kitchen history.
    let semantic = model.recommend(
      user: TwoTasteDataset.coldUser, sources: [0], target: 1,
      parameters: RankingParameters(k: 6, weights: ["semantic": 1]))
    #expect(semantic.rows.allSatisfy { $0.score == 0 })
  }

  @Test func cachedRerankEqualsFreshComputation() throws {
    let model = try #require(Self.model)
    let first = RankingParameters(
      k: 4, lambda: 0.1, tau: -1, weights: ["semantic": 1, "popularity": 1])
    _ = model.recommend(user: 12, sources: [0], target: 1, parameters: first)
    for second in [
      RankingParameters(
        k: 8, lambda: 0.7, tau: 0.1, weights: ["semantic-bridge": 2, "popularity": -1]),
      RankingParameters(
        k: 3, lambda: 0, tau: 0.3, weights: ["semantic": 0.2, "semantic-bridge": 1]),
    ] {
      let cached = model.recommend(user: 12, sources: [0], target: 1, parameters: second)
      let query = model.query(user: 12, domains: [0, 1])
      let seen = Set(query.history.map(\.item))
      let fresh = FusedRanker.rank(
        model.scores(for: query, candidates: model.candidates(target: 1, excluding: seen)),
        parameters: second)
      #expect(cached == fresh)
    }
  }
}

@Suite struct ModelArtifactTests {
  @Test func storedModelRanksExactlyAsTheFittedOne() throws {
    let model = try #require(RankingTests.model)
    let profile = try #require(
      model.components.compactMap { $0 as? SemanticProfileComponent }.first)
    let embeddings = profile.embeddings
    let artifacts = try model.artifacts()
    #expect(
      Set(artifacts.map(\.kind)) == [
        "model", "item-knn", "als-target", "als-joint", "svd", "semantic-bridge",
      ])
    let loaded = try CrossDomainModel.load(
      dataset: model.dataset, embeddings: embeddings, artifacts: artifacts)
    #expect(
      loaded.componentNames == model.componentNames && loaded.learnedWeights == model.learnedWeights
        && loaded.exposure == model.exposure && !model.exposure.tallies.isEmpty
    )
    let parameters = RankingParameters(
      k: 12, lambda: 0.2, tau: -1, weights: model.learnedWeights.pooled)
    for user: Int32 in [2, 33, TwoTasteDataset.coldUser] {
      #expect(
        loaded.recommend(user: user, sources: [0], target: 1, parameters: parameters)
          == model.recommend(user: user, sources: [0], target: 1, parameters: parameters))
    }
    #expect(throws: ModelLoadingError.self) {
      try CrossDomainModel.load(
        dataset: model.dataset, embeddings: embeddings, artifacts: Array(artifacts.dropFirst()))
    }
    // A manifest from a version without `bridgeWhitening` (as stored before 9176e97) is an
    // artifact error, which the explorer answers by retraining.
    var old = artifacts
    var manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(old[0].blob)) as? [String: Any])
    var configuration = try #require(manifest["configuration"] as? [String: Any])
    configuration["bridgeWhitening"] = nil
    manifest["configuration"] = configuration
    old[0].blob = Array(try JSONSerialization.data(withJSONObject: manifest))
    #expect(throws: ArtifactDecodingError.self) {
      try CrossDomainModel.load(dataset: model.dataset, embeddings: embeddings, artifacts: old)
    }
  }
}

extension RankingTests {
  /// The reason never reads as false: enough places for sim to print below τ, τ printed
  /// with as many.
  @Test func filteredReasonPrintsSimBelowTau() {
    #expect(FusedRanker.filteredReason(sim: 0.03, tau: 0.1) == "sim 0.03 < τ 0.10")
    #expect(FusedRanker.filteredReason(sim: 0.097, tau: 0.1) == "sim 0.097 < τ 0.100")
    #expect(FusedRanker.filteredReason(sim: 0.104, tau: 0.105) == "sim 0.104 < τ 0.105")
    #expect(FusedRanker.filteredReason(sim: 0.09996, tau: 0.1) == "sim 0.09996 < τ 0.10000")
    #expect(FusedRanker.filteredReason(sim: -0.5, tau: 0.25) == "sim -0.50 < τ 0.25")
    let tau: Float = 0.3
    let below = tau.nextDown
    #expect(FusedRanker.filteredReason(sim: below, tau: tau) == "sim 0.299999982 < τ 0.300000012")
  }
}
