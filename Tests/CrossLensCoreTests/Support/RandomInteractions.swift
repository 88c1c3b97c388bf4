import CrossLensCore

/// Small seeded user × item matrices for the collaborative-filtering tests.
enum RandomInteractions {
  /// Each user interacts with each item with probability `density`; values 1…5.
  static func matrix(users: Int, items: Int, density: Float, seed: UInt64) -> CSRMatrix {
    var rng = SplitMix64(seed: seed)
    var triplets: [(row: Int32, column: Int32, value: Float)] = []
    for u in 0..<users {
      for i in 0..<items where rng.nextUnit() < density {
        triplets.append((Int32(u), Int32(i), Float(1 + rng.next() % 5)))
      }
    }
    return CSRMatrix(rows: users, columns: items, triplets: triplets)
  }

  /// Two blocks: users `0..<users/2` interact only with items `0..<items/2`, the rest only with
  /// the rest; each user with about `density` of their block.
  static func checkerboard(users: Int, items: Int, density: Float, seed: UInt64) -> CSRMatrix {
    var rng = SplitMix64(seed: seed)
    var triplets: [(row: Int32, column: Int32, value: Float)] = []
    for u in 0..<users {
      let block = u < users / 2 ? 0..<(items / 2) : (items / 2)..<items
      for i in block where rng.nextUnit() < density {
        triplets.append((Int32(u), Int32(i), 1))
      }
    }
    return CSRMatrix(rows: users, columns: items, triplets: triplets)
  }

  /// The history of row `u` as query events, in column order, with positions as times.
  static func history(_ m: CSRMatrix, user u: Int) -> [UserQuery.Event] {
    let (items, values) = m.row(u)
    return zip(items, values).enumerated().map {
      UserQuery.Event(item: $0.element.0, value: $0.element.1, time: Double($0.offset))
    }
  }
}
