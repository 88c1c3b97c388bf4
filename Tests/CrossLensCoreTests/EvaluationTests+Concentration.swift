import Foundation
import Testing

@testable import CrossLensCore

extension EvaluationTests {
  /// The evaluator's coverage, novelty, intra-list diversity and Gini, recomputed here from its
  /// lists, the training interactions and the raw embedding vectors (README, evaluation
  /// metrics); a τ that removes every row leaves diversity undefined, not 0.
  @Test func concentrationMetricsMatchAComputationFromTheLists() throws {
    let data = TwoTasteDataset.make()
    let split = EvaluationSplit.make(data, target: 1, protocol: .groups, scenario: .warm)
    let model = try CrossDomainModel.fit(
      dataset: split.training, configuration: ModelConfiguration(fusionUsers: 0))
    let evaluator = Evaluator(model: model, target: 1, k: 3)
    let variants = [
      ("item-knn", RankingParameters(weights: ["item-knn": 1])),
      ("semantic", RankingParameters(weights: ["semantic": 1])),
      ("nothing passes", RankingParameters(tau: 1, weights: ["semantic": 1])),
    ]
    let rows = evaluator.evaluate(cases: split.test, variants: variants, scenario: .warm)
    let lists = evaluator.lists(cases: split.test, variants: variants.map(\.1), coldStart: false)
    let vectors = try #require(model.itemEmbeddings).vectors
    func cosine(_ a: Int32, _ b: Int32) -> Double {
      let x = vectors.row(Int(a)).map(Double.init)
      let y = vectors.row(Int(b)).map(Double.init)
      let dot = zip(x, y).map(*).reduce(0, +)
      return dot / (sqrt(x.map { $0 * $0 }.reduce(0, +)) * sqrt(y.map { $0 * $0 }.reduce(0, +)))
    }
    var interactions: [Int32: Double] = [:]
    for x in split.training.interactions { interactions[x.item, default: 0] += 1 }
    let users = Double(split.training.users.count)
    let catalogue = data.itemIndices(inDomain: 1)
    for (row, lists) in zip(rows, lists) {
      let listed = lists.flatMap { $0 }
      let coverage = Double(Set(listed).count) / Double(catalogue.count)
      #expect(abs((row.metrics["coverage@3"] ?? -1) - coverage) < 1e-12, "\(row.model)")
      if !listed.isEmpty {
        let novelty =
          listed.map { -log2((interactions[$0, default: 0] + 1) / (users + 1)) }
          .reduce(0, +) / Double(listed.count)
        #expect(abs((row.metrics["novelty@3"] ?? -1) - novelty) < 1e-9, "\(row.model)")
      }
      var perList: [Double] = []
      for list in lists where list.count >= 2 {
        var distances: [Double] = []
        for a in list.indices {
          for b in list.indices where b > a { distances.append(1 - cosine(list[a], list[b])) }
        }
        perList.append(distances.reduce(0, +) / Double(distances.count))
      }
      if perList.isEmpty {
        #expect(row.metrics["diversity@3"] == nil, "\(row.model)")
      } else {
        let diversity = perList.reduce(0, +) / Double(perList.count)
        #expect(abs((row.metrics["diversity@3"] ?? -1) - diversity) < 1e-5, "\(row.model)")
      }
      // Gini of how many lists hold each catalogue item, by its definition over pairs:
      // Σ_i Σ_j |x_i − x_j| / (2 n Σ x).
      let exposure = catalogue.map { item in Double(lists.filter { $0.contains(item) }.count) }
      let total = exposure.reduce(0, +)
      let gini =
        total == 0
        ? 0
        : exposure.map { x in exposure.map { abs(x - $0) }.reduce(0, +) }.reduce(0, +)
          / (2 * Double(exposure.count) * total)
      #expect(abs((row.metrics["gini@3"] ?? -1) - gini) < 1e-12, "\(row.model)")
    }
    #expect(lists[0].contains { $0.count >= 2 } && lists[2].allSatisfy(\.isEmpty))
  }
}
