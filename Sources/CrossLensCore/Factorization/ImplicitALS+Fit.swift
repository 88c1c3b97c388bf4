import CBLAS

extension ImplicitALS {
  /// Fits on a user × item matrix (values are interaction strengths; entries ≤ 0 are ignored).
  ///
  /// Factors start uniform in [0, 0.01) from `seed` (users, then items, as `implicit` does);
  /// each iteration solves every user with the item factors fixed, then every item with the
  /// user factors fixed, rows split into `threads` contiguous chunks with OpenBLAS held at one
  /// thread inside them. The result depends only on the data, the parameters and the thread
  /// count. `progress` receives (iteration, objective or nil) after each iteration.
  ///
  /// - Complexity: per iteration, CG: O(steps·(nnz·f + (users + items)·f²));
  ///   Cholesky: O(nnz·f² + (users + items)·f³).
  public static func fit(
    _ matrix: CSRMatrix, parameters: Parameters = Parameters(), name: String = "als-joint",
    progress: ((Int, Double?) -> Void)? = nil
  ) throws(ALSError) -> ImplicitALS {
    try validate(parameters)
    let f = parameters.factors
    var rng = SplitMix64(seed: parameters.seed)
    var users = Matrix(rows: matrix.rows, columns: f)
    for k in users.values.indices { users.values[k] = rng.nextUnit() * 0.01 }
    var items = Matrix(rows: matrix.columns, columns: f)
    for k in items.values.indices { items.values[k] = rng.nextUnit() * 0.01 }
    let byItem = matrix.transposed()

    let savedThreads = openblas_get_num_threads()
    openblas_set_num_threads(1)
    defer { openblas_set_num_threads(savedThreads) }

    var objectives: [Double] = []
    for iteration in 0..<parameters.iterations {
      try solveSide(
        matrix, target: &users, fixed: items, parameters: parameters, iteration: iteration,
        side: "user")
      try solveSide(
        byItem, target: &items, fixed: users, parameters: parameters, iteration: iteration,
        side: "item")
      var objective: Double?
      if parameters.computesObjective {
        let value = Self.objective(matrix, users: users, items: items, parameters: parameters)
        objectives.append(value)
        objective = value
      }
      progress?(iteration, objective)
    }
    return ImplicitALS(
      name: name, parameters: parameters, userFactors: users, itemFactors: items,
      objectives: objectives)
  }

  static func validate(_ p: Parameters) throws(ALSError) {
    if p.factors < 1 { throw .invalidParameter(name: "factors", value: "\(p.factors)") }
    if p.iterations < 0 { throw .invalidParameter(name: "iterations", value: "\(p.iterations)") }
    if p.threads < 1 { throw .invalidParameter(name: "threads", value: "\(p.threads)") }
    if !(p.regularization >= 0) || !p.regularization.isFinite {
      throw .invalidParameter(name: "regularization", value: "\(p.regularization)")
    }
    if !(p.alpha >= 0) || !p.alpha.isFinite {
      throw .invalidParameter(name: "alpha", value: "\(p.alpha)")
    }
    if case .conjugateGradient(let steps) = p.solver, steps < 1 {
      throw .invalidParameter(name: "cg steps", value: "\(steps)")
    }
  }

  private static func check(_ m: Matrix, iteration: Int, side: String) throws(ALSError) {
    if !m.values.allSatisfy(\.isFinite) {
      throw .nonFiniteFactors(iteration: iteration, side: side)
    }
  }

  /// Solves every row of `ratings` for `target`, with `fixed` the other side.
  private static func solveSide(
    _ ratings: CSRMatrix, target: inout Matrix, fixed: Matrix, parameters: Parameters,
    iteration: Int, side: String
  ) throws(ALSError) {
    let f = parameters.factors
    var gram = fixed.gram()
    for k in 0..<f { gram[k, k] += parameters.regularization }
    let gramValues = gram.values
    let failures: [Int32] = fixed.values.withUnsafeBufferPointer { y in
      target.values.withUnsafeMutableBufferPointer { x in
        nonisolated(unsafe) let yBase = y.baseAddress!
        nonisolated(unsafe) let xBase = x.baseAddress!
        return parallelChunks(count: ratings.rows, threads: parameters.threads) { range in
          let solver = ALSRowSolver(factors: f, alpha: parameters.alpha, gram: gramValues)
          var failure: Int32 = 0
          for u in range {
            let (columns, values) = ratings.row(u)
            switch parameters.solver {
            case .conjugateGradient(let steps):
              solver.solveCG(columns, values, fixed: yBase, x: xBase + u * f, steps: steps)
            case .cholesky:
              let info = solver.solveCholesky(columns, values, fixed: yBase, x: xBase + u * f)
              if info != 0 && failure == 0 { failure = info }
            }
          }
          return failure
        }
      }
    }
    if let info = failures.first(where: { $0 != 0 }) {
      throw .solveFailed(iteration: iteration, side: side, info: info)
    }
    try check(target, iteration: iteration, side: side)
  }
}
