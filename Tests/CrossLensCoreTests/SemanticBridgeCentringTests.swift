import Testing

@testable import CrossLensCore

/// The bridge on embeddings with a large common component per domain, as sentence encoders
/// give: the map must learn the taste, not the shared direction.
@Suite struct SemanticBridgeCentringTests {
  /// Axes (common, taste A, taste B); every title but the generic one is 3·common + its taste.
  /// S-taste A goes with T-taste B and vice versa (the known linear map is the swap).
  static func swapDataset() -> (Dataset, ItemEmbeddings) {
    let items = [
      Item(id: "sA", domain: 0, title: ""), Item(id: "sB", domain: 0, title: ""),
      Item(id: "tA", domain: 1, title: ""), Item(id: "tB", domain: 1, title: ""),
      Item(id: "tGeneric", domain: 1, title: ""),
    ]
    let dataset = Dataset(
      name: "common-component", domains: ["S", "T"], items: items,
      users: [User(id: "a"), User(id: "b")],
      interactions: [
        Interaction(user: 0, item: 0), Interaction(user: 0, item: 3),
        Interaction(user: 1, item: 1), Interaction(user: 1, item: 2),
      ],
      timeKind: .none)
    let e = ItemEmbeddings(
      model: "test", isStandIn: false,
      vectors: Matrix(
        rows: 5, columns: 3, values: [3, 1, 0, 3, 0, 1, 3, 1, 0, 3, 0, 1, 1, 0, 0]))
    return (dataset, e)
  }

  @Test func centringRemovesEachDomainsMeanAndRenormalises() {
    let (dataset, e) = Self.swapDataset()
    let c = SemanticBridgeComponent.centredPerDomain(e, dataset: dataset)
    // S mean = (3, ½, ½)/√10, so sA − mean = (0, ½, −½)/√10: (0, 1, −1)/√2 once normalised.
    let r = Float(0.5).squareRoot()
    for (a, b) in zip(c.vectors.values[0..<6], [0, r, -r, 0, -r, r] as [Float]) {
      #expect(abs(a - b) < 1e-5)
    }
    // Two items of a domain centred on their mean are opposite.
    #expect(abs(c.dot(0, 1) + 1) < 1e-5)
  }

  @Test func bridgeRecoversTheSwapDespiteTheCommonComponent() throws {
    let (dataset, e) = Self.swapDataset()
    let bridge = try SemanticBridgeComponent.fit(
      dataset: dataset, embeddings: e, ridge: 1, whitening: nil)
    let query = UserQuery(user: nil, history: [.init(item: 0)])
    let scores = bridge.scores(for: query, candidates: [2, 3, 4])
    // Independent computation (numpy: the closed form on centred vectors with a constant 1
    // appended): [−0.790569, 1, −0.323597]. Uncentred, all three land at 0.97–0.98 (the
    // common direction), the generic title above the wrong taste.
    for (a, b) in zip(scores, [-0.790569, 1, -0.323597] as [Float]) { #expect(abs(a - b) < 1e-4) }
    // Explanation terms sum to the score.
    let total = bridge.explain(query, item: 3).reduce(0) { $0 + $1.amount }
    #expect(abs(total - scores[1]) < 1e-4)
  }

  @Test func whiteningPushesTheGenericTitleFurtherDown() throws {
    let (dataset, e) = Self.swapDataset()
    let bridge = try SemanticBridgeComponent.fit(
      dataset: dataset, embeddings: e, ridge: 1, whitening: 0.01)
    let query = UserQuery(user: nil, history: [.init(item: 0)])
    let scores = bridge.scores(for: query, candidates: [2, 3, 4])
    // numpy: W·inv(ẼᵀẼ + 0.01·(3/3)·I) on the centred T items, then the cosine with p̂.
    for (a, b) in zip(scores, [-0.698744, 0.990480, -0.450769] as [Float]) {
      #expect(abs(a - b) < 1e-4)
    }
    for item: Int32 in [2, 3, 4] {
      let total = bridge.explain(query, item: item).reduce(0) { $0 + $1.amount }
      #expect(abs(total - scores[Int(item) - 2]) < 1e-4)
    }
  }
}
