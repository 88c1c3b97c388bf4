import Testing

@testable import CrossLensCore

@Suite struct ImplicitALSTests {
  let matrix = RandomInteractions.matrix(users: 30, items: 20, density: 0.25, seed: 3)
  let exact = ImplicitALS.Parameters(
    factors: 4, regularization: 0.1, alpha: 2, iterations: 3, seed: 11, threads: 2,
    solver: .cholesky)

  @Test func choleskySolverAgreesWithDenseReference() throws {
    let model = try ImplicitALS.fit(matrix, parameters: exact)
    let reference = ReferenceALS.fit(matrix, parameters: exact)
    for (a, b) in zip(model.userFactors.values, reference.users.values) {
      #expect(abs(a - b) < 1e-3 * max(1, abs(b)))
    }
    for (a, b) in zip(model.itemFactors.values, reference.items.values) {
      #expect(abs(a - b) < 1e-3 * max(1, abs(b)))
    }
    #expect(model.objectives.count == 3)
    for (a, b) in zip(model.objectives, reference.objectives) {
      #expect(abs(a - b) < 1e-3 * b, "objective \(a) vs dense \(b)")
    }
    #expect(zip(model.objectives, model.objectives.dropFirst()).allSatisfy { $0 >= $1 - 1e-6 })
  }

  @Test func conjugateGradientApproachesTheExactObjective() throws {
    var cg = exact
    cg.iterations = 30
    cg.solver = .conjugateGradient(steps: 3)
    var ch = exact
    ch.iterations = 30
    let a = try ImplicitALS.fit(matrix, parameters: cg)
    let b = try ImplicitALS.fit(matrix, parameters: ch)
    let last = try #require(a.objectives.last)
    let exactLast = try #require(b.objectives.last)
    #expect(abs(last - exactLast) < 0.02 * exactLast, "CG \(last) vs Cholesky \(exactLast)")
  }

  @Test func deterministicForSeedAndThreads() throws {
    var p = exact
    p.solver = .conjugateGradient(steps: 3)
    let a = try ImplicitALS.fit(matrix, parameters: p)
    let b = try ImplicitALS.fit(matrix, parameters: p)
    #expect(a.userFactors == b.userFactors && a.itemFactors == b.itemFactors)
    p.seed = 12
    let c = try ImplicitALS.fit(matrix, parameters: p)
    #expect(c.userFactors != a.userFactors)
  }

  @Test func foldInSolvesTheUserSystemExactly() throws {
    let model = try ImplicitALS.fit(matrix, parameters: exact)
    let history = RandomInteractions.history(matrix, user: 5)
    let x = try model.foldIn(history)
    var values = [Double](repeating: 0, count: matrix.columns)
    for e in history { values[Int(e.item)] = Double(e.value) }
    let items = (0..<matrix.columns).map { model.itemFactors.row($0).map(Double.init) }
    let expected = ReferenceALS.solveRow(values: values, other: items, alpha: 2, lambda: 0.1)
    for (a, b) in zip(x, expected) { #expect(abs(Double(a) - b) < 1e-4 * max(1, abs(b))) }
  }

  @Test func explanationTermsSumToTheScore() throws {
    let model = try ImplicitALS.fit(matrix, parameters: exact)
    let query = UserQuery(user: nil, history: RandomInteractions.history(matrix, user: 9))
    let candidates: [Int32] = [0, 4, 13, 19]
    let scores = model.scores(for: query, candidates: candidates)
    for (item, score) in zip(candidates, scores) {
      let terms = model.explain(query, item: item)
      #expect(terms.count == query.history.count)
      #expect(abs(terms.map(\.amount).reduce(0, +) - score) < 1e-4)
    }
  }

  /// Two blocks of users × items with no interaction across them: with as many factors as
  /// blocks, every unseen item of the user's block must outscore every item of the other block.
  @Test func checkerboardRecommendationsStayInBlock() throws {
    let board = RandomInteractions.checkerboard(users: 40, items: 30, density: 0.6, seed: 5)
    let model = try ImplicitALS.fit(
      board, parameters: .init(factors: 2, regularization: 0.05, iterations: 10, seed: 1))
    for u in 0..<board.rows {
      let history = RandomInteractions.history(board, user: u)
      let seen = Set(history.map(\.item))
      let candidates = (0..<Int32(board.columns)).filter { !seen.contains($0) }
      let scores = model.scores(for: UserQuery(user: nil, history: history), candidates: candidates)
      let block = u < 20 ? 0..<Int32(15) : 15..<Int32(30)
      let inside = zip(candidates, scores).filter { block.contains($0.0) }.map(\.1)
      let outside = zip(candidates, scores).filter { !block.contains($0.0) }.map(\.1)
      #expect(!inside.isEmpty)
      #expect(inside.min()! > outside.max()!, "user \(u): in-block \(inside), other \(outside)")
    }
  }

  @Test func nonFiniteFactorsAreAnError() {
    var p = exact
    p.alpha = 1e38
    p.solver = .conjugateGradient(steps: 3)
    #expect(throws: ALSError.nonFiniteFactors(iteration: 0, side: "user")) {
      try ImplicitALS.fit(matrix, parameters: p)
    }
    p.alpha = -1
    #expect(throws: ALSError.invalidParameter(name: "alpha", value: "-1.0")) {
      try ImplicitALS.fit(matrix, parameters: p)
    }
  }

  @Test func progressReportsEachIterationsObjective() throws {
    var reported: [Double] = []
    let model = try ImplicitALS.fit(matrix, parameters: exact) { _, objective in
      if let objective { reported.append(objective) }
    }
    #expect(reported == model.objectives)
  }

  @Test func serializationRoundTrips() throws {
    let model = try ImplicitALS.fit(matrix, parameters: exact)
    let copy = try ImplicitALS(serialized: model.serialized())
    #expect(copy.userFactors == model.userFactors && copy.itemFactors == model.itemFactors)
    #expect(copy.parameters == model.parameters && copy.objectives == model.objectives)
    #expect(throws: ArtifactDecodingError.self) {
      try ImplicitALS(serialized: Array(model.serialized().prefix(40)))
    }
  }
}
