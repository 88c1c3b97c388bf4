extension SemanticBridgeComponent {
  /// Fits `W_ST = (XᵀX + ρI)⁻¹ XᵀY` for every ordered pair of distinct domains, where the rows
  /// of X are the S-profiles (over embeddings centred per domain) of the users of `dataset`
  /// with history in both, each with a constant 1 appended (the intercept: the last row of
  /// `W_ST` is the T-profile every user shares, which carries what T's users like in general),
  /// and the rows of Y their T-profiles.
  /// Pairs with no such user get no map.
  ///
  /// - Complexity: O(interactions · dimension + pairs · (users · dimension² + dimension³)).
  public static func fit(
    dataset: Dataset, embeddings: ItemEmbeddings, halfLife: Float = 5, ridge: Float = 10
  ) throws(LinearAlgebraError) -> SemanticBridgeComponent {
    let centred = centredPerDomain(embeddings, dataset: dataset)
    let profiles = UserProfiles(dataset: dataset, embeddings: centred, halfLife: halfLife)
    var maps: [Pair: Matrix] = [:]
    let d = embeddings.dimension
    for s in dataset.domains.indices {
      for t in dataset.domains.indices where t != s {
        let users = profiles.users(withBoth: s, t)
        guard !users.isEmpty else { continue }
        var x = Matrix(rows: users.count, columns: d + 1, repeating: 1)
        var y = Matrix(rows: users.count, columns: d)
        for (r, u) in users.enumerated() {
          guard let ps = profiles.profile(user: u, domain: s),
            let pt = profiles.profile(user: u, domain: t)
          else { continue }
          x.values.replaceSubrange(r * (d + 1)..<r * (d + 1) + d, with: ps)
          y.values.replaceSubrange(r * d..<(r + 1) * d, with: pt)
        }
        maps[Pair(source: s, target: t)] = try x.ridge(y, lambda: ridge)
      }
    }
    return SemanticBridgeComponent(
      dataset: dataset, embeddings: embeddings, halfLife: halfLife, maps: maps)
  }
}

/// Every user's profile vector per domain (see `RecencyProfile`), for fitting.
struct UserProfiles {
  private var vectors: [Int: [Int32: [Float]]] = [:]

  init(dataset: Dataset, embeddings: ItemEmbeddings, halfLife: Float) {
    var byUser: [Int32: [Int: [Int32]]] = [:]
    for x in dataset.interactions {
      byUser[x.user, default: [:]][dataset.items[Int(x.item)].domain, default: []].append(x.item)
    }
    for (u, domains) in byUser {
      for (d, items) in domains {
        if let p = RecencyProfile(items: items, embeddings: embeddings, halfLife: halfLife) {
          vectors[d, default: [:]][u] = p.vector
        }
      }
    }
  }

  func profile(user: Int32, domain: Int) -> [Float]? { vectors[domain]?[user] }

  /// Users with a profile in both domains, ascending (a deterministic row order).
  func users(withBoth s: Int, _ t: Int) -> [Int32] {
    guard let a = vectors[s], let b = vectors[t] else { return [] }
    return a.keys.filter { b[$0] != nil }.sorted()
  }
}
