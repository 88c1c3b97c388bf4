import CBLAS

/// Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren & Volinsky
/// 2008), fitted on the joint user × all-items matrix so one user factor serves every domain.
///
/// Minimises `Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²)` with preference
/// `p_ui = 1` where the user interacted (value > 0) and 0 elsewhere, and confidence
/// `c_ui = 1 + α·value` (1 where there is no interaction).
///
/// **Score.** For a query history `H` (values summed per item), the user vector is the exact
/// least-squares solution with the item factors fixed, `x̂ = W (Σ_{j∈H} c_j y_j)` with
/// `W = (YᵀY + λI + Σ_{j∈H} (c_j − 1) y_j y_jᵀ)⁻¹`, and `score(i) = y_iᵀ x̂`. Solving from the
/// query (rather than looking up the stored training factor) makes the score depend on the
/// request's input only — a cold-start request never sees the user's held-out target history —
/// and works for users unseen at training time. **Explanation** (Hu et al. §5, as `implicit`'s
/// `explain`): `score(i) = Σ_{j∈H} c_j · y_iᵀ W y_j`, one term per history item.
public struct ImplicitALS: ScoringComponent {
  /// How each row's least-squares problem is solved: exactly (Cholesky) or by a few
  /// conjugate-gradient steps warm-started from the previous factors.
  public enum Solver: Sendable, Hashable, Codable {
    /// Exact per-row solves (form the system, Cholesky).
    case cholesky
    /// A few warm-started conjugate-gradient steps per row, as `implicit` does.
    case conjugateGradient(steps: Int)
  }

  /// The fit's settings (README "ALS": factors, λ, α, iterations, solver, seed, threads).
  public struct Parameters: Sendable, Hashable, Codable {
    public var factors: Int
    public var regularization: Float
    public var alpha: Float
    public var iterations: Int
    public var seed: UInt64
    public var threads: Int
    public var solver: Solver
    /// Whether to compute the training objective after every iteration (one extra pass,
    /// O(nnz·f + rows·f²)); when off, `objectives` stays empty.
    public var computesObjective: Bool

    public init(
      factors: Int = 64, regularization: Float = 0.05, alpha: Float = 1, iterations: Int = 15,
      seed: UInt64 = 0, threads: Int = 2, solver: Solver = .conjugateGradient(steps: 3),
      computesObjective: Bool = true
    ) {
      self.factors = factors
      self.regularization = regularization
      self.alpha = alpha
      self.iterations = iterations
      self.seed = seed
      self.threads = threads
      self.solver = solver
      self.computesObjective = computesObjective
    }
  }

  public let name: String
  public let parameters: Parameters
  /// users × factors.
  public let userFactors: Matrix
  /// items × factors.
  public let itemFactors: Matrix
  /// The training objective after each iteration (empty when not computed).
  public let objectives: [Double]
  /// `YᵀY + λI`, shared by every fold-in.
  let itemGram: [Float]

  init(
    name: String, parameters: Parameters, userFactors: Matrix, itemFactors: Matrix,
    objectives: [Double]
  ) {
    self.name = name
    self.parameters = parameters
    self.userFactors = userFactors
    self.itemFactors = itemFactors
    self.objectives = objectives
    var g = itemFactors.gram()
    for k in 0..<parameters.factors { g[k, k] += parameters.regularization }
    self.itemGram = g.values
  }

  /// `y_iᵀ x` for every candidate (0 for indices outside the model).
  ///
  /// - Complexity: O(|candidates|·f).
  public func scores(userVector x: [Float], candidates: [Int32]) -> [Float] {
    let f = Int32(parameters.factors)
    let items = itemFactors.rows
    return itemFactors.values.withUnsafeBufferPointer { y in
      candidates.map { i in
        guard i >= 0, Int(i) < items else { return 0 }
        return cblas_sdot(f, y.baseAddress! + Int(i) * Int(f), 1, x, 1)
      }
    }
  }

  /// Scores from the query's folded-in user vector (see the type's documentation); all zero
  /// when the history's system cannot be factored (only possible with λ = 0).
  ///
  /// - Complexity: O(|H|·f² + f³ + |candidates|·f).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    guard let system = try? UserSystem(model: self, history: query.history) else {
      return [Float](repeating: 0, count: candidates.count)
    }
    return scores(userVector: system.userVector, candidates: candidates)
  }
}
