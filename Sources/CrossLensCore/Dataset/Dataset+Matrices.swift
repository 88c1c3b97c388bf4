extension Dataset {
  /// The joint user × all-items matrix; a cell holds the interaction's value (1 where the data
  /// has none), repeated interactions summed.
  public func jointMatrix() -> CSRMatrix {
    CSRMatrix(
      rows: users.count, columns: items.count,
      triplets: interactions.map { ($0.user, $0.item, $0.value ?? 1) })
  }

  /// The user × domain-items matrix for one domain; columns index `itemIndices(inDomain:)`.
  public func domainMatrix(_ domain: Int) -> CSRMatrix {
    let local = itemIndices(inDomain: domain)
    var position = [Int32](repeating: -1, count: items.count)
    for (k, i) in local.enumerated() { position[Int(i)] = Int32(k) }
    let triplets = interactions.compactMap { x -> (row: Int32, column: Int32, value: Float)? in
      let p = position[Int(x.item)]
      return p < 0 ? nil : (x.user, p, x.value ?? 1)
    }
    return CSRMatrix(rows: users.count, columns: local.count, triplets: triplets)
  }
}
