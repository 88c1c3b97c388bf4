import Foundation
import Testing

@testable import CrossLensCore

/// sim's per-component cosines, each against a plain computation from the component's own
/// vectors: ALS's folded-in user vector against item factors (the fold-in itself is checked
/// exactly in `ImplicitALSTests`), and SVD's joined source profiles against joined target
/// vectors over every source domain of the history.
@Suite struct LatentCosineTests {
  static func cosine(_ a: [Float], _ b: [Float]) -> Float {
    let dot = zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
    let norms = (a.reduce(0) { $0 + $1 * $1 } * b.reduce(0) { $0 + $1 * $1 }).squareRoot()
    return norms > 0 ? dot / norms : 0
  }

  @Test func alsCosinesAreUserVectorAgainstItemFactors() throws {
    let model = try #require(RankingTests.model)
    let als = try #require(model.components.compactMap { $0 as? ImplicitALS }.first)
    let f = als.parameters.factors
    for user: Int32 in [3, 25] {
      let query = model.query(user: user, domains: [0, 1])
      let candidates = model.dataset.itemIndices(inDomain: 1)
      let cosines = try #require(als.latentCosines(for: query, candidates: candidates))
      let x = try als.foldIn(query.history)
      for (j, item) in candidates.enumerated() {
        let y = Array(als.itemFactors.values[Int(item) * f..<(Int(item) + 1) * f])
        #expect(abs(cosines[j] - Self.cosine(x, y)) < 1e-4, "user \(user) item \(item)")
        #expect(cosines[j] >= -1.0001 && cosines[j] <= 1.0001)
      }
    }
  }

  @Test func svdCosinesJoinEverySourcePair() throws {
    let model = try #require(RankingTests.model)
    let svd = try #require(model.components.compactMap { $0 as? DomainPairSVD }.first)
    let target = 1
    for user: Int32 in [3, 25, TwoTasteDataset.coldUser] {
      let query = model.query(user: user, domains: [0, 1])
      let candidates = model.dataset.itemIndices(inDomain: target)
      let sourceDomains = Set(query.history.map { model.dataset.items[Int($0.item)].domain })
        .subtracting([target]).sorted()
      let pairs = sourceDomains.compactMap {
        svd.models[DomainPairSVD.Pair(source: $0, target: target)]
      }
      try #require(!pairs.isEmpty)
      let profile = pairs.flatMap { $0.profile(query.history) }
      let cosines = try #require(svd.latentCosines(for: query, candidates: candidates))
      for (j, item) in candidates.enumerated() {
        let vector = pairs.flatMap { pair -> [Float] in
          let row = Int(pair.targetRow[Int(item)])
          return row < 0
            ? [Float](repeating: 0, count: pair.rank)
            : (0..<pair.rank).map { pair.targetVectors[row, $0] }
        }
        #expect(abs(cosines[j] - Self.cosine(profile, vector)) < 1e-4, "user \(user) item \(item)")
      }
    }
  }
}
