import Testing

@testable import CrossLensCore

@Suite struct CoOccurrenceSVDTests {
  /// Users: 0 → {0, 2, 3}, 1 → {0, 1, 2}, 2 → {1} (S only), 3 → {3} (T only).
  /// S = {0, 1}, T = {2, 3}. Only users 0 and 1 are active in both, so
  /// A = [[2, 1], [1, 0]], degrees (3, 1) and (3, 1), M = [[2/3, 1/√3], [1/√3, 0]].
  let matrix = CSRMatrix(
    rows: 4, columns: 4,
    triplets: [
      (0, 0, 1), (0, 2, 1), (0, 3, 1), (1, 0, 1), (1, 1, 1), (1, 2, 1), (2, 1, 1), (3, 3, 1),
    ])

  @Test func normalisedCoOccurrenceMatchesHandComputation() {
    let (m, s, t) = CoOccurrenceSVD.normalizedCoOccurrence(
      matrix, sourceItems: [0, 1], targetItems: [2, 3], users: nil)
    #expect(s == [0, 1] && t == [2, 3])
    let d = m.densified().values
    let expected: [Float] = [2.0 / 3, 1 / Float(3).squareRoot(), 1 / Float(3).squareRoot(), 0]
    for (a, b) in zip(d, expected) { #expect(abs(a - b) < 1e-6) }
  }

  @Test func fullRankScoresReproduceTheNormalisedMatrix() throws {
    let model = try CoOccurrenceSVD.fit(
      matrix, sourceItems: [0, 1], targetItems: [2, 3], parameters: .init(rank: 2))
    let query = UserQuery(user: nil, history: [.init(item: 0), .init(item: 3)])
    let scores = model.scores(for: query, candidates: [2, 3, 1])
    // Item 3 is a T item: ignored as history. Item 1 is not a target: 0.
    #expect(abs(scores[0] - 2.0 / 3) < 1e-5)
    #expect(abs(scores[1] - 1 / Float(3).squareRoot()) < 1e-5)
    #expect(scores[2] == 0)
    let terms = model.explain(query, item: 2)
    #expect(terms.map(\.historyItem) == [0])
  }

  @Test func onlyTheGivenUsersCount() throws {
    let (m, s, t) = CoOccurrenceSVD.normalizedCoOccurrence(
      matrix, sourceItems: [0, 1], targetItems: [2, 3], users: [0])
    #expect(s == [0] && t == [2, 3])
    #expect(
      m.densified().values.map { abs($0 - 1 / Float(2).squareRoot()) < 1e-6 } == [true, true])
  }

  @Test func randomizedAgreesWithExactOnTopSingularValues() throws {
    // A rank-4 matrix with decaying spectrum plus small noise, stored sparse.
    var rng = SplitMix64(seed: 9)
    let (rows, columns) = (70, 50)
    var triplets: [(row: Int32, column: Int32, value: Float)] = []
    let left = (0..<4).map { _ in (0..<rows).map { _ in rng.nextGaussian() } }
    let right = (0..<4).map { _ in (0..<columns).map { _ in rng.nextGaussian() } }
    let weight: [Float] = [8, 4, 2, 1]
    for r in 0..<rows {
      for c in 0..<columns {
        var v = 0.01 * rng.nextGaussian()
        for k in 0..<4 { v += weight[k] * left[k][r] * right[k][c] }
        triplets.append((Int32(r), Int32(c), v))
      }
    }
    let m = CSRMatrix(rows: rows, columns: columns, triplets: triplets)
    let exact = try TruncatedSVD(m, rank: 4, method: .exact)
    let randomized = try TruncatedSVD(
      m, rank: 4, method: .randomized, oversampling: 6, powerIterations: 2, seed: 3)
    #expect(randomized.s.count == 4)
    for (a, b) in zip(randomized.s, exact.s) { #expect(abs(a - b) < 1e-3 * b, "\(a) vs \(b)") }
    for k in 0..<4 {
      var dot: Float = 0
      for r in 0..<rows { dot += exact.u[r, k] * randomized.u[r, k] }
      #expect(abs(abs(dot) - 1) < 1e-3, "singular vector \(k)")
    }
  }

  @Test func orthonormalColumnsAreOrthonormalAndSpanTheInput() throws {
    var rng = SplitMix64(seed: 4)
    let a = Matrix(rows: 9, columns: 3, values: (0..<27).map { _ in rng.nextGaussian() })
    let q = try a.orthonormalColumns()
    let qtq = Matrix.multiply(q, transposeA: true, q)
    for i in 0..<3 { for j in 0..<3 { #expect(abs(qtq[i, j] - (i == j ? 1 : 0)) < 1e-5) } }
    let projected = Matrix.multiply(q, Matrix.multiply(q, transposeA: true, a))
    for (x, y) in zip(projected.values, a.values) { #expect(abs(x - y) < 1e-4) }
  }

  @Test func explanationSumsToScoreWithRecency() throws {
    let data = RandomInteractions.matrix(users: 60, items: 30, density: 0.3, seed: 2)
    let s = (0..<Int32(12)).map { $0 }
    let t = (12..<Int32(30)).map { $0 }
    let model = try CoOccurrenceSVD.fit(
      data, sourceItems: s, targetItems: t,
      parameters: .init(rank: 5, recency: RecencyDecay(halfLife: 2)))
    let query = UserQuery(user: nil, history: RandomInteractions.history(data, user: 3))
    let candidates = Array(t.prefix(6))
    for (item, score) in zip(candidates, model.scores(for: query, candidates: candidates)) {
      let total = model.explain(query, item: item).map(\.amount).reduce(0, +)
      #expect(abs(total - score) < 1e-5)
    }
    let copy = try CoOccurrenceSVD(serialized: model.serialized())
    #expect(
      copy.scores(for: query, candidates: candidates)
        == model.scores(for: query, candidates: candidates))
  }
}

@Suite struct CoOccurrenceSVDDatasetTests {
  @Test func fitsFromDatasetDomains() throws {
    // Books 0, 1; Movies 2, 3 — the same interactions as the hand example above.
    let items = [
      Item(id: "b0", domain: 0, title: "B0"), Item(id: "b1", domain: 0, title: "B1"),
      Item(id: "m0", domain: 1, title: "M0"), Item(id: "m1", domain: 1, title: "M1"),
    ]
    let users = (0..<4).map { User(id: "u\($0)") }
    let pairs: [(Int32, Int32)] = [(0, 0), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (2, 1), (3, 3)]
    let dataset = Dataset(
      name: "tiny", domains: ["Books", "Movies"], items: items, users: users,
      interactions: pairs.map { Interaction(user: $0.0, item: $0.1) }, timeKind: .none)
    let model = try CoOccurrenceSVD.fit(
      dataset, sources: [0], target: 1, parameters: .init(rank: 2))
    let scores = model.scores(
      for: UserQuery(user: nil, history: [.init(item: 0)]), candidates: [2, 3])
    #expect(abs(scores[0] - 2.0 / 3) < 1e-5)
    #expect(abs(scores[1] - 1 / Float(3).squareRoot()) < 1e-5)
  }
}
