import CBLAS

/// Cross-domain association for a domain pair (S, T) by truncated SVD of the degree-normalised
/// co-occurrence matrix between S-items and T-items.
///
/// Over the training users active in both domains, `A[s, t]` counts the users who interacted
/// with both `s` and `t`; with `d_S`, `d_T` its row and column sums,
/// `M = D_S^-1/2 · A · D_T^-1/2 ≈ U_r Σ_r V_rᵀ`. Item `s` of S gets the association vector
/// `a_s = (U_r Σ_r^½)[s]`, item `t` of T gets `b_t = (V_r Σ_r^½)[t]`, so `a_s · b_t` is the
/// rank-r approximation of `M[s, t]`.
///
/// **Score** of a T item for a history `H`: `Σ_{h ∈ H ∩ S} w(h) · a_h · b_t` (the user's S
/// history mapped into the shared space as `Σ w(h) a_h`, then a dot product), with `w` the
/// recency weight (`RecencyDecay`). Items outside T score 0; history items outside S are
/// ignored — the signal needs no T history at all. **Explanation**: one term
/// `w(h) · a_h · b_t` per S history item.
public struct CoOccurrenceSVD: ScoringComponent {
  /// Rank, SVD method and recency decay of the association (README "SVD association").
  public struct Parameters: Sendable, Hashable, Codable {
    public var rank: Int
    public var method: TruncatedSVD.Method
    public var oversampling: Int
    public var powerIterations: Int
    public var seed: UInt64
    public var recency: RecencyDecay

    public init(
      rank: Int = 64, method: TruncatedSVD.Method = .automatic, oversampling: Int = 10,
      powerIterations: Int = 3, seed: UInt64 = 0, recency: RecencyDecay = .init(halfLife: 2)
    ) {
      self.rank = rank
      self.method = method
      self.oversampling = oversampling
      self.powerIterations = powerIterations
      self.seed = seed
      self.recency = recency
    }
  }

  public let name: String
  public let parameters: Parameters
  public let itemCount: Int
  /// Dataset indices of the S items with a vector; row `k` of `sourceVectors` belongs to
  /// `sourceItems[k]`.
  public let sourceItems: [Int32]
  public let targetItems: [Int32]
  public let sourceVectors: Matrix
  public let targetVectors: Matrix
  public let singularValues: [Float]
  /// Item index → row in `sourceVectors` / `targetVectors`, or −1.
  let sourceRow: [Int32]
  let targetRow: [Int32]

  init(
    name: String, parameters: Parameters, itemCount: Int, sourceItems: [Int32],
    targetItems: [Int32], sourceVectors: Matrix, targetVectors: Matrix, singularValues: [Float]
  ) {
    self.name = name
    self.parameters = parameters
    self.itemCount = itemCount
    self.sourceItems = sourceItems
    self.targetItems = targetItems
    self.sourceVectors = sourceVectors
    self.targetVectors = targetVectors
    self.singularValues = singularValues
    var s = [Int32](repeating: -1, count: itemCount)
    for (k, i) in sourceItems.enumerated() { s[Int(i)] = Int32(k) }
    var t = [Int32](repeating: -1, count: itemCount)
    for (k, i) in targetItems.enumerated() { t[Int(i)] = Int32(k) }
    sourceRow = s
    targetRow = t
  }

  public var rank: Int { singularValues.count }

  /// The history's S items with their recency weights and association-vector rows.
  private func sourceTerms(_ history: [UserQuery.Event]) -> [(item: Int32, weight: Float, row: Int)]
  {
    parameters.recency.itemWeights(history).compactMap { item, weight in
      guard item >= 0, Int(item) < itemCount, sourceRow[Int(item)] >= 0 else { return nil }
      return (item, weight, Int(sourceRow[Int(item)]))
    }
  }

  /// The user's position in the shared space: `Σ_{h ∈ H ∩ S} w(h) · a_h`.
  ///
  /// - Complexity: O(|H| · r).
  public func profile(_ history: [UserQuery.Event]) -> [Float] {
    var p = [Float](repeating: 0, count: rank)
    sourceVectors.values.withUnsafeBufferPointer { a in
      for term in sourceTerms(history) {
        cblas_saxpy(Int32(rank), term.weight, a.baseAddress! + term.row * rank, 1, &p, 1)
      }
    }
    return p
  }

  /// - Complexity: O(|H| · r + |candidates| · r).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    let p = profile(query.history)
    return targetVectors.values.withUnsafeBufferPointer { b in
      candidates.map { i in
        guard i >= 0, Int(i) < itemCount, targetRow[Int(i)] >= 0, rank > 0 else { return 0 }
        return cblas_sdot(
          Int32(rank), p, 1, b.baseAddress! + Int(targetRow[Int(i)]) * rank, 1)
      }
    }
  }

  /// One term `w(h)·a_h·b_t` per source-domain history item, summing to `score`; empty for an
  /// item outside the target domain.
  ///
  /// - Complexity: O(|history| · rank).
  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    guard item >= 0, Int(item) < itemCount, targetRow[Int(item)] >= 0, rank > 0 else { return [] }
    let t = Int(targetRow[Int(item)])
    return sourceVectors.values.withUnsafeBufferPointer { a in
      targetVectors.values.withUnsafeBufferPointer { b in
        sourceTerms(query.history).map { term in
          let dot = cblas_sdot(
            Int32(rank), a.baseAddress! + term.row * rank, 1, b.baseAddress! + t * rank, 1)
          return Contribution(
            historyItem: term.item, amount: term.weight * dot,
            label: "association \(dot) × recency \(term.weight)")
        }
      }
    }
  }
}
