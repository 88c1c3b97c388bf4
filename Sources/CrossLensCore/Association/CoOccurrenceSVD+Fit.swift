extension CoOccurrenceSVD {
  /// The degree-normalised S × T co-occurrence matrix over `users` (all rows when `nil`) who
  /// have at least one S and one T interaction (value > 0), with the S and T items that occur
  /// in it (rows and columns in ascending item order).
  ///
  /// - Complexity: O(Σ_u n_S(u)·n_T(u) · log) for the triplet sort.
  public static func normalizedCoOccurrence(
    _ matrix: CSRMatrix, sourceItems: [Int32], targetItems: [Int32], users: [Int32]?
  ) -> (matrix: CSRMatrix, sourceItems: [Int32], targetItems: [Int32]) {
    var side = [Int8](repeating: 0, count: matrix.columns)
    for i in sourceItems where i >= 0 && Int(i) < matrix.columns { side[Int(i)] = 1 }
    for i in targetItems where i >= 0 && Int(i) < matrix.columns { side[Int(i)] = 2 }
    var pairs: [(row: Int32, column: Int32, value: Float)] = []
    var s: [Int32] = []
    var t: [Int32] = []
    for u in users.map({ $0.map(Int.init) }) ?? Array(0..<matrix.rows)
    where u >= 0 && u < matrix.rows {
      let (items, values) = matrix.row(u)
      s.removeAll(keepingCapacity: true)
      t.removeAll(keepingCapacity: true)
      for (i, v) in zip(items, values) where v > 0 {
        if side[Int(i)] == 1 { s.append(i) } else if side[Int(i)] == 2 { t.append(i) }
      }
      for a in s { for b in t { pairs.append((a, b, 1)) } }
    }
    // Compact to the items that co-occur at all.
    var sourceLocal = [Int32](repeating: -1, count: matrix.columns)
    var targetLocal = [Int32](repeating: -1, count: matrix.columns)
    for p in pairs {
      sourceLocal[Int(p.row)] = 0
      targetLocal[Int(p.column)] = 0
    }
    var keptSource: [Int32] = []
    var keptTarget: [Int32] = []
    for i in 0..<matrix.columns {
      if sourceLocal[i] == 0 {
        sourceLocal[i] = Int32(keptSource.count)
        keptSource.append(Int32(i))
      }
      if targetLocal[i] == 0 {
        targetLocal[i] = Int32(keptTarget.count)
        keptTarget.append(Int32(i))
      }
    }
    let counts = CSRMatrix(
      rows: keptSource.count, columns: keptTarget.count,
      triplets: pairs.map { (sourceLocal[Int($0.row)], targetLocal[Int($0.column)], $0.value) })
    var rowDegree = [Float](repeating: 0, count: counts.rows)
    var columnDegree = [Float](repeating: 0, count: counts.columns)
    for r in 0..<counts.rows {
      let (columns, values) = counts.row(r)
      for (c, v) in zip(columns, values) {
        rowDegree[r] += v
        columnDegree[Int(c)] += v
      }
    }
    var normalized = counts.values
    for r in 0..<counts.rows {
      for k in counts.rowPointers[r]..<counts.rowPointers[r + 1] {
        let c = Int(counts.columnIndices[k])
        normalized[k] /= (rowDegree[r] * columnDegree[c]).squareRoot()
      }
    }
    let m = CSRMatrix(
      rows: counts.rows, columns: counts.columns, rowPointers: counts.rowPointers,
      columnIndices: counts.columnIndices, values: normalized)
    return (m, keptSource, keptTarget)
  }

  /// Fits the association for S (`sourceItems`) → T (`targetItems`) on a user × item matrix.
  public static func fit(
    _ matrix: CSRMatrix, sourceItems: [Int32], targetItems: [Int32], users: [Int32]? = nil,
    parameters: Parameters = Parameters(), name: String = "svd"
  ) throws(LinearAlgebraError) -> CoOccurrenceSVD {
    let (m, s, t) = normalizedCoOccurrence(
      matrix, sourceItems: sourceItems, targetItems: targetItems, users: users)
    let svd = try TruncatedSVD(
      m, rank: parameters.rank, method: parameters.method, oversampling: parameters.oversampling,
      powerIterations: parameters.powerIterations, seed: parameters.seed)
    let r = svd.s.count
    let root = svd.s.map { max(0, $0).squareRoot() }
    var a = svd.u
    for row in 0..<a.rows { for c in 0..<r { a[row, c] *= root[c] } }
    var b = svd.v
    for row in 0..<b.rows { for c in 0..<r { b[row, c] *= root[c] } }
    return CoOccurrenceSVD(
      name: name, parameters: parameters, itemCount: matrix.columns, sourceItems: s,
      targetItems: t, sourceVectors: a, targetVectors: b, singularValues: svd.s)
  }
}
