import CrossLensCore

/// A small three-domain dataset (Books, Movies, Music) with three tastes whose words appear in
/// the titles, deterministic from a fixed seed. User `u00` … `u23` have histories in all
/// three domains by taste; `cold` has Books and Movies but no Music (the cold-start case);
/// one title is Japanese, to exercise wide characters.
enum ShelfDataset {
  static let domains = ["Books", "Movies", "Music"]
  static let tastes = [
    ["space", "rocket", "orbit"], ["kitchen", "bread", "spice"], ["jazz", "blue", "night"],
  ]

  static func make() -> Dataset {
    var items: [Item] = []
    for domain in 0..<3 {
      for taste in 0..<3 {
        for n in 0..<5 {
          let words = tastes[taste]
          var title =
            "\(["Book", "Film", "Album"][domain]) of \(words[n % 3]) and \(words[(n + 1) % 3]) \(n + 1)"
          if domain == 0 && taste == 1 && n == 0 { title = "台所の本 kitchen bread" }
          items.append(Item(id: "\(domain)-\(taste)-\(n)", domain: domain, title: title))
        }
      }
    }
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var users: [User] = []
    var interactions: [Interaction] = []
    let start = 1_700_000_000.0
    for u in 0..<24 {
      // Half train, a quarter each valid and test; the cold user below has no group.
      let group = ["train", "train", "valid", "test"][u % 4]
      users.append(User(id: u < 10 ? "u0\(u)" : "u\(u)", attributes: ["group": group]))
      let taste = u % 3
      var time = start + Double(u) * 86_400
      for domain in 0..<3 {
        let count = 2 + next(3)
        for _ in 0..<count {
          // Mostly the user's taste, sometimes another one.
          let t = next(5) == 0 ? next(3) : taste
          let item = Int32(domain * 15 + t * 5 + next(5))
          interactions.append(
            Interaction(user: Int32(u), item: item, value: Float(1 + next(5)), time: time))
          time += 3_600
        }
      }
    }
    users.append(User(id: "cold"))
    for (k, item) in [0, 1, 15, 16].enumerated() {
      interactions.append(
        Interaction(user: 24, item: Int32(item), value: 5, time: start + Double(k) * 60))
    }
    return Dataset(
      name: "shelf", domains: domains, items: items, users: users, interactions: interactions,
      timeKind: .timestamp)
  }
}
