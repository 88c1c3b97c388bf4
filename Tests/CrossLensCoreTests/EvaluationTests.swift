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
