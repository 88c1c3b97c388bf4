@testable import CrossLensCore

/// A synthetic two-domain dataset whose right answers are known. Domain 0 "Food" and domain 1
/// "Kitchen"; each has six items of taste x and six of taste y, with taste-specific words in
/// their titles (Food x "green tea", Food y "dark chocolate", Kitchen x "copper kettle",
/// Kitchen y "steel skillet": no word crosses domains). Users 0–19 have taste x, 20–39 taste y;
/// each buys four Food items of their taste and Kitchen items of their taste by a rule
/// that makes Kitchen popularity uneven (see `make`). User 40 ("cold") bought three
/// Food-x items and nothing in Kitchen: the bridge must send them to Kitchen-x items.
enum TwoTasteDataset {
  static let coldUser: Int32 = 40
  static let food = 0
  static let kitchen = 1

  /// Item index of the n-th item (0..<6) of a domain and taste.
  static func item(domain: Int, tasteX: Bool, _ n: Int) -> Int32 {
    Int32(domain * 12 + (tasteX ? 0 : 6) + n)
  }

  static func isTasteX(_ item: Int32) -> Bool { Int(item) % 12 < 6 }

  static func make() -> Dataset {
    let names = [
      ["green tea leaves", "dark chocolate bar"], ["copper kettle pot", "steel skillet pan"],
    ]
    let lots = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    var items: [Item] = []
    for domain in 0..<2 {
      for taste in 0..<2 {
        for n in 0..<6 {
          items.append(
            Item(
              id: "d\(domain)t\(taste)n\(n)", domain: domain,
              title: "\(names[domain][taste]) \(lots[n])"))
        }
      }
    }
    var users: [User] = []
    var interactions: [Interaction] = []
    for u in 0..<40 {
      users.append(User(id: "u\(u)", attributes: ["group": u % 10 == 9 ? "test" : "train"]))
      let x = u < 20
      var t = 0.0
      for k in 0..<4 {
        interactions.append(
          Interaction(user: Int32(u), item: item(domain: food, tasteX: x, (u + k) % 6), time: t))
        t += 1
      }
      // Kitchen item n of the user's taste is bought when (u mod 20) is divisible by
      // [1, 2, 3, 4, 5, 7][n]: popularity 20, 10, 7, 5, 4, 3 per taste, all distinct.
      for (n, divisor) in [1, 2, 3, 4, 5, 7].enumerated() where (u % 20) % divisor == 0 {
        interactions.append(
          Interaction(user: Int32(u), item: item(domain: kitchen, tasteX: x, n), time: t))
        t += 1
      }
    }
    users.append(User(id: "cold", attributes: ["group": "test"]))
    for n in 0..<3 {
      interactions.append(
        Interaction(user: coldUser, item: item(domain: food, tasteX: true, n), time: Double(n)))
    }
    return Dataset(
      name: "two-taste", domains: ["Food", "Kitchen"], items: items, users: users,
      interactions: interactions, timeKind: .position)
  }
}
