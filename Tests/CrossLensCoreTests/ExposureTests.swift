import Foundation
import Testing

@testable import CrossLensCore

/// The concentration cost from exposure: its definition, the counts it rests on, and the
/// promise it exists for (raising λ spreads the lists over more of the catalogue).
@Suite struct ExposureTests {
  static let model: CrossDomainModel? = {
    var configuration = ModelConfiguration(fusionUsers: 40, exposureUsers: 1000)
    configuration.als.iterations = 3
    return try? CrossDomainModel.fit(dataset: TwoTasteDataset.make(), configuration: configuration)
  }()

  /// Weights given to the fit are used as they are, and exposure is counted with them: the
  /// tally equals one measured on the same components ranked with those weights.
  @Test func givenWeightsAreUsedAndSetTheExposure() throws {
    let data = TwoTasteDataset.make()
    var configuration = ModelConfiguration(fusionUsers: 40, exposureUsers: 1000)
    configuration.als.iterations = 3
    let weights = LearnedWeights(fits: [], pooled: ["svd": 1, "semantic": 0.5])
    let model = try CrossDomainModel.fit(
      dataset: data, configuration: configuration, fusionTargets: [TwoTasteDataset.kitchen],
      fusionColdStart: false, weights: weights)
    #expect(model.learnedWeights == weights)
    let expected = ItemExposure.measure(
      model: model, targets: [TwoTasteDataset.kitchen], situations: [false], users: 1000,
      seed: configuration.seed)
    #expect(model.exposure == expected && !expected.tallies.isEmpty)
    // Learned weights give another tally here (the weights differ).
    let learned = try #require(Self.model)
    #expect(learned.learnedWeights != weights)
  }

  @Test func costIsTheNormalisedLogOfTheExposure() throws {
    let exposure = ItemExposure(tallies: [
      .init(
        target: 1, coldStart: false, users: 4, depth: 2, items: [2, 5], exposure: [3, 1],
        lists: [3, 2])
    ])
    let c = try #require(exposure.costs(target: 1, coldStart: false, itemCount: 6))
    let expected: [Float] = [0, 0, 1, 0, 0, Float(log(2.0) / log(4.0))]
    #expect(zip(c, expected).allSatisfy { abs($0 - $1) < 1e-6 })
    #expect(exposure.costs(target: 1, coldStart: true, itemCount: 6) == nil)
    #expect(exposure.costs(target: 0, coldStart: false, itemCount: 6) == nil)
  }

  /// Every eligible user is counted (the sample is larger than the data), so the tallies must
  /// equal the obvious loop over users: rank each one's request at λ = 0, 50 deep, and add
  /// 1/log2(1 + rank) for every place an item takes.
  @Test func talliesCountEveryUsersListAtLambdaZero() throws {
    let model = try #require(Self.model)
    let data = model.dataset
    let target = TwoTasteDataset.kitchen
    for coldStart in [false, true] {
      let tally = try #require(model.exposure.tally(target: target, coldStart: coldStart))
      var counts = [Int32](repeating: 0, count: data.items.count)
      var exposure = [Double](repeating: 0, count: data.items.count)
      var users = 0
      for u in data.users.indices {
        let own = data.interactions.filter { $0.user == Int32(u) }
        let inTarget = own.contains { data.items[Int($0.item)].domain == target }
        let outside = own.contains { data.items[Int($0.item)].domain != target }
        guard coldStart ? outside : inTarget else { continue }
        users += 1
        let weights = model.learnedWeights.weights(target: target, coldStart: coldStart)
        let list: [Int32]
        if coldStart {
          let history = model.query(user: Int32(u), domains: [TwoTasteDataset.food]).history
          let scores = model.scores(
            for: UserQuery(user: nil, history: history),
            candidates: model.candidates(target: target))
          list = FusedRanker.rank(scores, parameters: RankingParameters(k: 50, weights: weights))
            .rows.map(\.item)
        } else {
          list = model.recommend(
            user: Int32(u), sources: [TwoTasteDataset.food], target: target,
            parameters: RankingParameters(k: 50, weights: weights)
          ).rows.map(\.item)
        }
        for (position, item) in list.enumerated() {
          counts[Int(item)] += 1
          exposure[Int(item)] += 1 / log2(Double(position) + 2)
        }
      }
      #expect(tally.users == users && tally.depth == 50)
      let listed = counts.indices.filter { counts[$0] > 0 }
      #expect(tally.items == listed.map { Int32($0) })
      #expect(tally.lists == listed.map { counts[$0] })
      #expect(
        zip(tally.exposure, listed.map { exposure[$0] }).allSatisfy {
          abs(Double($0) - $1) < 1e-4
        })
      // Deeper than the 10 shown: some item is only ever below rank 10 (so it has exposure
      // but less than 1/log2(11) per list).
      #expect(tally.items.count > 10)
    }
  }

  /// Coverage of the warm lists of every user with Kitchen history, k = 3, over the λ sweep.
  @Test func raisingLambdaRaisesCoverage() throws {
    let model = try #require(Self.model)
    let target = TwoTasteDataset.kitchen
    let users = model.dataset.users.indices.map { Int32($0) }.filter {
      !model.query(user: $0, domains: [target]).history.isEmpty
    }
    let weights = model.learnedWeights.weights(target: target, coldStart: false)
    let coverage = [Float(0), 0.1, 0.2, 0.5, 1].map { lambda in
      Set(
        users.flatMap {
          model.recommend(
            user: $0, sources: [TwoTasteDataset.food], target: target,
            parameters: RankingParameters(k: 3, lambda: lambda, weights: weights)
          ).rows.map(\.item)
        }
      ).count
    }
    #expect(zip(coverage, coverage.dropFirst()).allSatisfy { $0 <= $1 }, "\(coverage)")
    #expect(coverage.last! > coverage.first!, "\(coverage)")
  }

  @Test func penaltyUsesTheExposureCostOfTheRequestsSituation() throws {
    let model = try #require(Self.model)
    let target = TwoTasteDataset.kitchen
    let warm = try #require(
      model.exposure.costs(target: target, coldStart: false, itemCount: model.dataset.items.count))
    #expect(model.concentrationCosts(target: target, coldStart: false) == warm)
    let scores = model.candidateScores(
      user: 2, sources: [TwoTasteDataset.food], target: target, excludeSeen: true)
    for j in 0..<scores.count {
      #expect(scores.concentrationCost(candidate: j) == warm[Int(scores.candidates[j])])
    }
    // A cold request (no Kitchen history) gets the cold tally's cost.
    let cold = try #require(
      model.exposure.costs(target: target, coldStart: true, itemCount: model.dataset.items.count))
    #expect(cold != warm)
    let coldScores = model.candidateScores(
      user: TwoTasteDataset.coldUser, sources: [TwoTasteDataset.food], target: target,
      excludeSeen: true)
    #expect(
      (0..<coldScores.count).allSatisfy {
        coldScores.concentrationCost(candidate: $0) == cold[Int(coldScores.candidates[$0])]
      })
    // Without a tally (a model fitted with exposureUsers 0) the cost is the popularity one.
    let plain = CrossDomainModel(
      dataset: model.dataset, components: model.components, learnedWeights: model.learnedWeights)
    #expect(
      plain.concentrationCosts(target: target, coldStart: true) == plain.popularity.concentration)
  }

  @Test func configurationsStoredBeforeExposureReadBackWithoutIt() throws {
    let data = try JSONEncoder().encode(ModelConfiguration())
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["exposureUsers"] as? Int == 500)
    object["exposureUsers"] = nil
    let old = try JSONDecoder().decode(
      ModelConfiguration.self, from: try JSONSerialization.data(withJSONObject: object))
    #expect(old.exposureUsers == 0)
    var expected = ModelConfiguration()
    expected.exposureUsers = 0
    #expect(old == expected)
  }

  /// A warm evaluation scores every case with the warm cost, as it ranks with the warm
  /// weights, even a case whose input happens to hold no target history.
  @Test func evaluationCostFollowsTheScenario() throws {
    let model = try #require(Self.model)
    let target = TwoTasteDataset.kitchen
    let input = model.query(user: 3, domains: [TwoTasteDataset.food]).history
    let c = EvaluationCase(
      user: 3, input: input, targets: [TwoTasteDataset.item(domain: target, tasteX: true, 0)])
    let parameters = RankingParameters(
      lambda: 1, weights: model.learnedWeights.weights(target: target, coldStart: false))
    let evaluator = Evaluator(model: model, target: target)
    for coldStart in [false, true] {
      let listed = evaluator.lists(cases: [c], variants: [parameters], coldStart: coldStart)[0][0]
      let scores = model.scores(
        for: c.query, candidates: model.candidates(target: target),
        cost: model.concentrationCosts(target: target, coldStart: coldStart))
      #expect(listed == FusedRanker.rank(scores, parameters: parameters).rows.map(\.item))
    }
  }
}
