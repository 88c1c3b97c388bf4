import Foundation
import Testing

@testable import CrossLensCore

@Suite struct EvaluationTests {
  @Test func groupsProtocolHoldsOutLastTargetItems() {
    let data = TwoTasteDataset.make()
    let warm = EvaluationSplit.make(data, target: 1, protocol: .groups, scenario: .warm)
    // Test users 9, 19, 29, 39 end in Kitchen; the cold user ends in Food and does not count.
    #expect(warm.test.map(\.user) == [9, 19, 29, 39] && warm.valid.isEmpty)
    for c in warm.test {
      let history = data.interactions.filter { $0.user == c.user }
      #expect(c.targets == [history[history.count - 1].item])
      #expect(c.input.count == history.count - 1)
      #expect(
        !warm.training.interactions.contains { $0.user == c.user && c.targets.contains($0.item) })
    }
    // The cold user's last (Food) interaction is held out too.
    #expect(warm.training.interactions.count == data.interactions.count - 5)
    let cold = EvaluationSplit.make(data, target: 1, protocol: .groups, scenario: .cold)
    for c in cold.test {
      #expect(c.input.allSatisfy { data.items[Int($0.item)].domain == 0 })
      #expect(
        !cold.training.interactions.contains {
          $0.user == c.user && data.items[Int($0.item)].domain == 1
        })
    }
  }

  @Test func randomSplitIsSeededAndDisjoint() {
    let data = TwoTasteDataset.make()
    let a = EvaluationSplit.make(data, target: 1, protocol: .random, scenario: .warm, seed: 3)
    let b = EvaluationSplit.make(data, target: 1, protocol: .random, scenario: .warm, seed: 3)
    #expect(a.test == b.test && a.valid == b.valid && !a.test.isEmpty)
    #expect(Set(a.test.map(\.user)).isDisjoint(with: a.valid.map(\.user)))
    let last = EvaluationSplit.make(data, target: 1, protocol: .last, scenario: .warm, seed: 3)
    for c in last.test {
      let kitchen = data.interactions.filter {
        $0.user == c.user && data.items[Int($0.item)].domain == 1
      }
      #expect(c.targets == [kitchen[kitchen.count - 1].item])
    }
  }

  /// A user with history only in the target has no input once it is removed: such users are
  /// never drawn for a cold split (they still are for a warm one).
  @Test func coldSplitsDrawUsersWithHistoryElsewhere() {
    let full = TwoTasteDataset.make()
    // Users 0–19 keep only their Kitchen (target) history.
    let data = Dataset(
      name: full.name, domains: full.domains, items: full.items, users: full.users,
      interactions: full.interactions.filter {
        $0.user >= 20 || full.items[Int($0.item)].domain == 1
      }, timeKind: full.timeKind)
    for p in [EvaluationProtocol.random, .last] {
      let cold = EvaluationSplit.make(data, target: 1, protocol: p, scenario: .cold, seed: 1)
      let cases = cold.test + cold.valid
      #expect(!cases.isEmpty && cases.allSatisfy { !$0.input.isEmpty && $0.user >= 20 })
    }
    let warm = (0..<20).contains { seed in
      let split = EvaluationSplit.make(
        data, target: 1, protocol: .last, scenario: .warm, seed: UInt64(seed))
      return (split.test + split.valid).contains { $0.user < 20 }
    }
    #expect(warm)
  }

  /// A sample of cases is spread over them all, in their order, and the same for a seed: the
  /// first n of user-ordered cases would be one kind of user only.
  @Test func caseSamplesAreSeededSpreadAndOrdered() {
    let cases = (0..<1000).map { EvaluationCase(user: Int32($0), input: [], targets: [0]) }
    let sample = EvaluationSplit.sample(cases, atMost: 100)
    #expect(sample.count == 100)
    #expect(sample.map(\.user) == sample.map(\.user).sorted())
    #expect(sample == EvaluationSplit.sample(cases, atMost: 100))
    #expect(sample != EvaluationSplit.sample(cases, atMost: 100, seed: 1))
    // Every tenth of the users is drawn from.
    #expect(Set(sample.map { $0.user / 100 }).count == 10)
    #expect(EvaluationSplit.sample(Array(cases.prefix(50)), atMost: 100).count == 50)
  }

  @Test func evaluatorScoresTheBridgeAboveChanceForColdUsers() throws {
    let data = TwoTasteDataset.make()
    let split = EvaluationSplit.make(data, target: 1, protocol: .groups, scenario: .cold)
    let model = try CrossDomainModel.fit(
      dataset: split.training, configuration: ModelConfiguration(fusionUsers: 0))
    let evaluator = Evaluator(model: model, target: 1, k: 6)
    let rows = evaluator.evaluate(
      cases: split.test,
      variants: [("semantic-bridge", RankingParameters(weights: ["semantic-bridge": 1]))],
      scenario: .cold)
    let row = try #require(rows.first)
    // Every test user's target has their taste; the bridge's top 6 are exactly that taste.
    #expect(row.metrics["hit@6"] == 1 && row.metrics["recall@6"] == 1 && row.cases == 4)
    #expect(row.metrics["coverage@6"] == 1)
    let sampled = Evaluator(model: model, target: 1, k: 6, negatives: 3, seed: 1)
    for c in split.test { #expect(sampled.candidates(for: c).count == 4) }
    // The sampled protocol as the README defines it: the held-out items and N other target
    // items outside the input, the same for a seed, another draw for another seed.
    let pool = Set(data.itemIndices(inDomain: 1))
    let other = Evaluator(model: model, target: 1, k: 6, negatives: 3, seed: 2)
    var differs = false
    for c in split.test {
      let drawn = Set(sampled.candidates(for: c))
      let input = Set(c.input.map(\.item))
      #expect(drawn.isSuperset(of: c.targets) && drawn.isSubset(of: pool))
      #expect(drawn.isDisjoint(with: input))
      #expect(drawn.subtracting(c.targets).count == 3)
      #expect(Set(sampled.candidates(for: c)) == drawn)
      differs = differs || Set(other.candidates(for: c)) != drawn
    }
    #expect(differs, "seed 2 drew the same negatives as seed 1 for every case")
  }

  @Test func fusionTrainerCombinesComponentsAboveTheBestSingleOne() {
    // Two components, each alone puts the target first in half the cases (and last in the
    // others); together (equal weights) the target is first everywhere.
    let lists: [FusionTrainer.CaseFeatures] = (0..<20).map { n in
      let target: [Float] = n % 2 == 0 ? [2, 0.5] : [0.5, 2]
      let rivals: [Float] = n % 2 == 0 ? [0, 1, 1, 0] : [1, 0, 0, 1]
      return FusionTrainer.CaseFeatures(features: target + rivals, count: 3)
    }
    var trainer = FusionTrainer()
    trainer.cutoff = 1  // NDCG@1: 1 when the target is first, else 0
    #expect(trainer.value([1, 0], lists) == 0.5)
    let (w, value) = trainer.fit(lists, dimension: 2)
    #expect(value == 1 && trainer.value(w, lists) == 1)
    #expect(w.max() == 1 && w.allSatisfy { $0 > 0 })
  }
}

@Suite struct EvaluationErrorTests {
  @Test func sweepListsParseOrAreRefused() {
    #expect(EvaluationRun.lambdas(parsing: "0.25, 2") == [0.25, 2])
    #expect(EvaluationRun.lambdas(parsing: "0,1") == [1])  // λ = 0 is the fused row
    for bad in ["0.1,x", "", "-1", "nan", "inf", "0.5,"] {
      #expect(EvaluationRun.lambdas(parsing: bad) == nil, "\(bad)")
    }
  }

  @Test func meanEstimatesByHand() {
    // d = (1, 0, 0): mean 1/3; s² = ((2/3)² + 2·(1/3)²) / 2 = 1/3; error = √(1/3 / 3) = 1/3.
    let d = MeanEstimate.paired([1, 0, 0.5], minus: [0, 0, 0.5])
    #expect(abs(d.mean - 1.0 / 3) < 1e-12 && abs(d.standardError - 1.0 / 3) < 1e-12)
    // Unpaired: (2, 4): mean 3, s² = 2, error = √(2/2) = 1.
    #expect(MeanEstimate([2, 4]) == MeanEstimate(mean: 3, standardError: 1))
    #expect(MeanEstimate([0.25]).standardError == 0 && MeanEstimate([]).mean == 0)
  }

  /// Every row's errors, recomputed from its own top-k lists case by case.
  @Test func rowsCarryErrorsOfTheirOwnCases() throws {
    let data = TwoTasteDataset.make()
    let split = EvaluationSplit.make(data, target: 1, protocol: .random, scenario: .warm, seed: 3)
    let model = try CrossDomainModel.fit(
      dataset: split.training, configuration: ModelConfiguration(fusionUsers: 0))
    let evaluator = Evaluator(model: model, target: 1, k: 3)
    let variants: [(name: String, parameters: RankingParameters)] = [
      ("popularity", RankingParameters(weights: ["popularity": 1])),
      ("fused", RankingParameters(weights: model.learnedWeights.pooled)),
    ]
    // Both held-out groups: enough users that a wrong pairing changes the paired error.
    let cases = split.test + split.valid
    let rows = evaluator.evaluate(cases: cases, variants: variants, scenario: .warm)
    let lists = evaluator.lists(
      cases: cases, variants: variants.map(\.parameters), coldStart: false)
    func ndcg(_ v: Int) -> [Double] {
      zip(lists[v], cases).map { list, c in
        // NDCG of one list, written out: ideal DCG over min(R, K) places.
        let dcg = list.prefix(3).enumerated().reduce(0.0) {
          $0 + (c.targets.contains($1.element) ? 1 / log2(Double($1.offset + 2)) : 0)
        }
        let ideal = (0..<min(c.targets.count, 3)).reduce(0.0) { $0 + 1 / log2(Double($1 + 2)) }
        return dcg / ideal
      }
    }
    let popularity = ndcg(0)
    let fused = ndcg(1)
    // Not a degenerate case: the two variants rank differently, and not every case alike.
    #expect(popularity != fused)
    let n = Double(popularity.count)
    func meanAndError(_ x: [Double]) -> (Double, Double) {
      let mean = x.reduce(0, +) / n
      let sd = (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
      return (mean, sd / n.squareRoot())
    }
    let (mean, error) = meanAndError(popularity)
    #expect(error > 0)
    #expect(abs((rows[0].standardErrors["ndcg@3"] ?? -1) - error) < 1e-9)
    // The paired error depends on which cases are paired: differences case by case.
    let (differenceMean, differenceError) = meanAndError(zip(popularity, fused).map { $0 - $1 })
    let difference = try #require(rows[0].ndcgVersusFused)
    #expect(
      abs(difference.mean - differenceMean) < 1e-9
        && abs(mean - fused.reduce(0, +) / n - differenceMean) < 1e-9)
    #expect(abs(difference.standardError - differenceError) < 1e-9)
    #expect(rows[1].ndcgVersusFused == nil && (rows[1].standardErrors["hit@3"] ?? -1) >= 0)
  }
}
