import Testing

@testable import CrossLensCore

@Suite struct ItemKNNTests {
  let matrix = RandomInteractions.matrix(users: 40, items: 25, density: 0.2, seed: 7)

  @Test func keepingAllNeighboursMatchesDenseCosine() {
    let knn = ItemKNN(
      fitting: matrix, parameters: .init(neighbours: 1000, shrinkage: 3), threads: 2)
    let reference = ReferenceItemSimilarity.similarities(matrix, shrinkage: 3)
    for i in 0..<matrix.columns {
      let (items, sims) = knn.neighbours(of: Int32(i))
      var sparse = [Float](repeating: 0, count: matrix.columns)
      for (j, s) in zip(items, sims) { sparse[Int(j)] = s }
      for j in 0..<matrix.columns {
        #expect(abs(sparse[j] - reference[i][j]) < 1e-6, "sim(\(i), \(j))")
      }
    }
  }

  @Test func keptNeighboursAreTheLargestSimilarities() {
    let knn = ItemKNN(fitting: matrix, parameters: .init(neighbours: 4, shrinkage: 1), threads: 3)
    let reference = ReferenceItemSimilarity.similarities(matrix, shrinkage: 1)
    for i in 0..<matrix.columns {
      let (items, sims) = knn.neighbours(of: Int32(i))
      #expect(items.count <= 4)
      let kept = Set(items.map(Int.init))
      let smallestKept = sims.min() ?? .infinity
      for j in 0..<matrix.columns where j != i && !kept.contains(j) {
        #expect(reference[i][j] <= smallestKept + 1e-6, "item \(j) should have been kept for \(i)")
      }
      #expect(zip(sims, sims.dropFirst()).allSatisfy { $0 >= $1 }, "sorted by similarity")
    }
  }

  @Test func scoreIsRecencyWeightedSumOfSimilaritiesAndExplainSumsToIt() {
    let decay = RecencyDecay(halfLife: 2)
    let knn = ItemKNN(
      fitting: matrix, parameters: .init(neighbours: 1000, shrinkage: 3, recency: decay))
    let reference = ReferenceItemSimilarity.similarities(matrix, shrinkage: 3)
    let history: [UserQuery.Event] = [
      .init(item: 3, time: 0), .init(item: 8, time: 1), .init(item: 3, time: 2),
      .init(item: 11, time: 3),
    ]
    // Ages 3, 2, 1, 0 → weights 2^-1.5, 2^-1, 2^-0.5, 1; item 3 appears twice.
    let w3 = Float(0.353_553_4 + 0.707_106_8)
    let w8: Float = 0.5
    let w11: Float = 1
    let query = UserQuery(user: nil, history: history)
    let candidates: [Int32] = [0, 5, 17, 24]
    let scores = knn.scores(for: query, candidates: candidates)
    for (c, score) in zip(candidates, scores) {
      let expected =
        w3 * reference[3][Int(c)] + w8 * reference[8][Int(c)] + w11 * reference[11][Int(c)]
      #expect(abs(score - expected) < 1e-5, "item \(c)")
      let terms = knn.explain(query, item: c)
      #expect(abs(terms.map(\.amount).reduce(0, +) - score) < 1e-5)
      #expect(Set(terms.compactMap(\.historyItem)).isSubset(of: [3, 8, 11]))
    }
  }

  @Test func historyWithoutTimesIsUnweighted() {
    let weights = RecencyDecay(halfLife: 1).itemWeights([.init(item: 1), .init(item: 2)])
    #expect(weights.map(\.weight) == [1, 1])
  }

  @Test func serializationRoundTrips() throws {
    let knn = ItemKNN(fitting: matrix, parameters: .init(neighbours: 5, shrinkage: 2))
    let copy = try ItemKNN(serialized: knn.serialized())
    #expect(copy.neighbourItems == knn.neighbourItems)
    #expect(copy.neighbourSimilarities == knn.neighbourSimilarities)
    #expect(copy.parameters == knn.parameters)
    var truncated = knn.serialized()
    truncated.removeLast(3)
    #expect(throws: ArtifactDecodingError.self) { try ItemKNN(serialized: truncated) }
  }

  @Test func decodingErrorsNameTheArtifactOnce() {
    let tagged = ArtifactDecodingError(kind: "IKNN", offset: 8, reason: "bad")
    #expect("\(tagged)" == "cannot read IKNN artifact at byte 8: bad")
    let untagged = ArtifactDecodingError(kind: "artifact", offset: 35, reason: "truncated")
    #expect("\(untagged)" == "cannot read artifact at byte 35: truncated")
  }
}
