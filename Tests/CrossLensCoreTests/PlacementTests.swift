import Foundation
import Testing

@testable import CrossLensCore

/// `FusedRanker.placements`: every target item's place in the full ordering, against the
/// README's definitions computed independently (`RankingTests.bruteForce`).
@Suite struct PlacementTests {
  @Test func placementsMatchTheIndependentOrdering() throws {
    let model = try #require(RankingTests.model)
    let parameters = RankingParameters(
      k: 3, lambda: 0.3, tau: 0.0,
      weights: ["popularity": 0.5, "semantic": 1, "semantic-bridge": 0.7])
    let items = model.dataset.itemIndices(inDomain: 1)
    var kinds: Set<String> = []
    for user: Int32 in [3, 25, TwoTasteDataset.coldUser] {
      let expected = RankingTests.bruteForce(model, user: user, parameters: parameters)
      let order = expected.filter { $0.sim >= parameters.tau }
        .sorted { $0.final > $1.final || ($0.final == $1.final && $0.item < $1.item) }
        .map(\.item)
      let candidates = Set(expected.map(\.item))
      let scores = model.candidateScores(user: user, sources: [0], target: 1, excludeSeen: true)
      let placements = FusedRanker.placements(of: items, in: scores, parameters: parameters)
      for (item, placement) in zip(items, placements) {
        if let place = order.firstIndex(of: item) {
          #expect(placement == .ranked(place + 1), "user \(user) item \(item)")
          kinds.insert("ranked")
        } else if candidates.contains(item) {
          #expect(placement == .filtered, "user \(user) item \(item)")
          kinds.insert("filtered")
        } else {
          #expect(placement == .notCandidate, "user \(user) item \(item)")
          kinds.insert("seen")
        }
      }
      // The explanation's rank (which reads the placement) is the independent place too.
      for (place, item) in order.prefix(6).enumerated() {
        let e = model.explain(
          user: user, item: item, sources: [0], target: 1, parameters: parameters)
        #expect(e.row.rank == place + 1)
      }
    }
    // The fixture exercises all three outcomes.
    #expect(kinds == ["ranked", "filtered", "seen"])
  }

  @Test func anItemOfAnotherDomainIsNoCandidate() throws {
    let model = try #require(RankingTests.model)
    let scores = model.candidateScores(user: 3, sources: [0], target: 1, excludeSeen: true)
    let grocery = try #require(model.dataset.itemIndices(inDomain: 0).first)
    #expect(
      FusedRanker.placements(of: [grocery], in: scores, parameters: model.defaultParameters)
        == [.notCandidate])
  }
}
