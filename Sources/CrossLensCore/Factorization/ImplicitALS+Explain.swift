import CBLAS

extension ImplicitALS {
  /// A query's fold-in system: the Cholesky factor of `W⁻¹ = YᵀY + λI + Σ_j (c_j − 1) y_j y_jᵀ`
  /// over the history items `j`, their confidences, and the solved user vector.
  struct UserSystem {
    let items: [Int32]
    let confidences: [Float]
    /// Column-major lower Cholesky factor of `W⁻¹` (f × f).
    let factor: [Float]
    let userVector: [Float]

    init(model: ImplicitALS, history: [UserQuery.Event]) throws(ALSError) {
      let f = model.parameters.factors
      var summed: [Int32: Float] = [:]
      for e in history where e.item >= 0 && Int(e.item) < model.itemFactors.rows {
        summed[e.item, default: 0] += e.value
      }
      let entries = summed.filter { $0.value > 0 }.sorted { $0.key < $1.key }
      let items = entries.map(\.key)
      let confidences = entries.map { 1 + model.parameters.alpha * $0.value }
      var a = model.itemGram
      var b = [Float](repeating: 0, count: f)
      model.itemFactors.values.withUnsafeBufferPointer { y in
        for (j, c) in zip(items, confidences) {
          let row = y.baseAddress! + Int(j) * f
          cblas_ssyr(CblasRowMajor, CblasUpper, Int32(f), c - 1, row, 1, &a, Int32(f))
          cblas_saxpy(Int32(f), c, row, 1, &b, 1)
        }
      }
      let info = LAPACKE_spotrf_work(
        LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), Int32(f), &a, Int32(f))
      guard info == 0 else { throw .solveFailed(iteration: 0, side: "fold-in", info: info) }
      self.items = items
      self.confidences = confidences
      factor = a
      userVector = Self.solve(factor: a, b, factors: f)
    }

    static func solve(factor: [Float], _ b: [Float], factors f: Int) -> [Float] {
      var x = b
      _ = LAPACKE_spotrs_work(
        LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), Int32(f), 1, factor, Int32(f), &x, Int32(f))
      return x
    }
  }

  /// The user vector solved from a history with the item factors fixed (no refit): the
  /// factors of a user unseen at training time, or of a user's request input.
  ///
  /// - Complexity: O(|H|·f² + f³).
  public func foldIn(_ history: [UserQuery.Event]) throws(ALSError) -> [Float] {
    try UserSystem(model: self, history: history).userVector
  }

  /// Hu et al. §5: `score(i) = Σ_{j∈H} c_j · y_iᵀ W y_j`; one term per history item, summing
  /// to `scores(for: query, candidates: [item])`.
  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    guard item >= 0, Int(item) < itemFactors.rows,
      let system = try? UserSystem(model: self, history: query.history)
    else { return [] }
    let f = parameters.factors
    let weighted = UserSystem.solve(factor: system.factor, itemFactors.row(Int(item)), factors: f)
    return itemFactors.values.withUnsafeBufferPointer { y in
      zip(system.items, system.confidences).map { j, c in
        let s = cblas_sdot(Int32(f), weighted, 1, y.baseAddress! + Int(j) * f, 1)
        return Contribution(historyItem: j, amount: c * s, label: "confidence \(c) × s \(s)")
      }
    }
  }
}
