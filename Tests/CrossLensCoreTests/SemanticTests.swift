import Testing

@testable import CrossLensCore

@Suite struct SemanticTests {
  @Test func standInEmbeddingIsDeterministicNormalisedAndSharesWords() {
    let dataset = TwoTasteDataset.make()
    let e = HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 128)
    #expect(e.isStandIn && e.model == "hashed-ngram-128")
    #expect(e.vectors == HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 128).vectors)
    #expect(abs(e.dot(0, 0) - 1) < 1e-5)
    // "green tea leaves alpha" vs "green tea leaves bravo" share three words.
    let same = e.dot(
      TwoTasteDataset.item(domain: 0, tasteX: true, 0),
      TwoTasteDataset.item(domain: 0, tasteX: true, 1))
    let other = e.dot(
      TwoTasteDataset.item(domain: 0, tasteX: true, 0),
      TwoTasteDataset.item(domain: 0, tasteX: false, 1))
    #expect(same > 0.5 && same > other + 0.3)
  }

  @Test func recencyProfileWeighsTheLatestMost() throws {
    let values: [Float] = [1, 0, 0, 1]  // two orthogonal unit items
    let e = ItemEmbeddings(
      model: "test", isStandIn: false, vectors: Matrix(rows: 2, columns: 2, values: values))
    let p = try #require(RecencyProfile(items: [0, 1], embeddings: e, halfLife: 1))
    // Weights 1/2 (older) and 1 (latest): p = (0.5, 1) / √1.25.
    let norm = Float(1.25).squareRoot()
    #expect(abs(p.vector[0] - 0.5 / norm) < 1e-6 && abs(p.vector[1] - 1 / norm) < 1e-6)
    #expect(abs(p.shares[1] - 1 / norm) < 1e-6)
    #expect(RecencyProfile(items: [], embeddings: e, halfLife: 1) == nil)
  }

  @Test func bridgeMapIsTheRidgeSolution() throws {
    // Two users; S-profiles e0, e1 map to T-profiles e1, e0 (a swap). Centred per domain the
    // items are ±v, v = (1, −1)/√2, so X = [v; −v], Y = [−v; v], XᵀX = 2vvᵀ, XᵀY = −2vvᵀ and
    // with ρ = 0.5 the closed form is W = −2/2.5 · vvᵀ = −0.4 · [[1, −1], [−1, 1]]; the
    // intercept row (inputs ±v sum to 0, so do the targets) is 0.
    let items = [
      Item(id: "s0", domain: 0, title: ""), Item(id: "s1", domain: 0, title: ""),
      Item(id: "t0", domain: 1, title: ""), Item(id: "t1", domain: 1, title: ""),
    ]
    let dataset = Dataset(
      name: "swap", domains: ["S", "T"], items: items, users: [User(id: "a"), User(id: "b")],
      interactions: [
        Interaction(user: 0, item: 0), Interaction(user: 0, item: 3),
        Interaction(user: 1, item: 1), Interaction(user: 1, item: 2),
      ],
      timeKind: .none)
    let e = ItemEmbeddings(
      model: "test", isStandIn: false,
      vectors: Matrix(rows: 4, columns: 2, values: [1, 0, 0, 1, 1, 0, 0, 1]))
    let bridge = try SemanticBridgeComponent.fit(
      dataset: dataset, embeddings: e, ridge: 0.5, whitening: nil)
    let w = try #require(bridge.maps[.init(source: 0, target: 1)])
    for (a, b) in zip(w.values, [-0.4, 0.4, 0.4, -0.4, 0, 0] as [Float]) {
      #expect(abs(a - b) < 1e-5)
    }
    let query = UserQuery(user: nil, history: [.init(item: 0)])
    // p̂ ∝ Wᵀv = 0.8·(−v): cosine −1 with t0 (centred v), +1 with t1 (centred −v).
    #expect(
      bridge.scores(for: query, candidates: [2, 3]).map { ($0 * 1e4).rounded() / 1e4 } == [-1, 1])

    // Whitened (β = 0.25): W' = W·(ẼᵀẼ + β·(n_T/d)·I)⁻¹ with Ẽ = [v; −v], n_T = d = 2, so
    // W'·(2vvᵀ + 0.25·I) must give W back; W = −0.8·vvᵀ, hence W' = −0.8/2.25 · vvᵀ.
    let whitened = try SemanticBridgeComponent.fit(
      dataset: dataset, embeddings: e, ridge: 0.5, whitening: 0.25)
    let w2 = try #require(whitened.maps[.init(source: 0, target: 1)])
    let g = Matrix(rows: 2, columns: 2, values: [1.25, -1, -1, 1.25])  // 2vvᵀ + 0.25·I
    for (a, b) in zip(Matrix.multiply(w2, g).values, w.values) { #expect(abs(a - b) < 1e-5) }
    let c = Float(-0.8 / 2.25 / 2)
    for (a, b) in zip(w2.values, [c, -c, -c, c, 0, 0]) { #expect(abs(a - b) < 1e-5) }
    #expect(
      whitened.scores(for: query, candidates: [2, 3]).map { ($0 * 1e4).rounded() / 1e4 }
        == [-1, 1])
  }
}
