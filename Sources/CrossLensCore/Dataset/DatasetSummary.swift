/// The sizes of a dataset, overall and per domain, as `crosslens info` shows them.
///
/// Definitions (README, "Dataset figures"): a domain's *users* are the distinct users with at
/// least one interaction with its items; its *items* are all its items, interacted with or not;
/// its *interactions* are the interaction rows on its items; its *density* is its distinct
/// user–item pairs divided by users × items. The *overlap* of two domains is the number of
/// users active in both. Overall users and items count every user and item in the dataset.
public struct DatasetSummary: Sendable, Codable, Equatable {
  /// The figures of one domain (README "Dataset figures").
  public struct Domain: Sendable, Codable, Equatable {
    public var users: Int
    public var items: Int
    public var interactions: Int
    public var density: Double
  }

  public var name: String
  public var users: Int
  public var items: Int
  public var interactions: Int
  /// Per domain, by name.
  public var domains: [String: Domain]
  /// Domain names in the dataset's order.
  public var domainOrder: [String]
  /// `overlap[a][b]`: users active in both domains `a` and `b` (`overlap[a][a]` is a's users).
  public var overlap: [String: [String: Int]]

  /// - Complexity: O(interactions + items + users × domains).
  public init(_ dataset: Dataset) {
    let domainCount = dataset.domains.count
    name = dataset.name
    users = dataset.users.count
    items = dataset.items.count
    interactions = dataset.interactions.count
    domainOrder = dataset.domains

    var itemCounts = [Int](repeating: 0, count: domainCount)
    for item in dataset.items { itemCounts[item.domain] += 1 }
    var interactionCounts = [Int](repeating: 0, count: domainCount)
    var pairCounts = [Int](repeating: 0, count: domainCount)
    // Bit d of user u's words in activeIn is set when u acts in domain d: a bit set of
    // `words` 64-bit words per user, so any number of domains stays exact.
    let words = (domainCount + 63) / 64
    var activeIn = [UInt64](repeating: 0, count: dataset.users.count * words)
    var seen: Set<Int64> = []
    for interaction in dataset.interactions {
      let domain = dataset.items[Int(interaction.item)].domain
      interactionCounts[domain] += 1
      activeIn[Int(interaction.user) * words + domain / 64] |= 1 << UInt64(domain % 64)
      if seen.insert(Int64(interaction.user) << 32 | Int64(interaction.item)).inserted {
        pairCounts[domain] += 1
      }
    }
    var overlapCounts = [[Int]](
      repeating: [Int](repeating: 0, count: domainCount), count: domainCount)
    for user in dataset.users.indices {
      let base = user * words
      let active = (0..<domainCount).filter {
        activeIn[base + $0 / 64] & (1 << UInt64($0 % 64)) != 0
      }
      for a in active {
        for b in active { overlapCounts[a][b] += 1 }
      }
    }
    var domains: [String: Domain] = [:]
    var overlap: [String: [String: Int]] = [:]
    for (d, name) in dataset.domains.enumerated() {
      let activeUsers = overlapCounts[d][d]
      let cells = Double(activeUsers) * Double(itemCounts[d])
      domains[name] = Domain(
        users: activeUsers, items: itemCounts[d], interactions: interactionCounts[d],
        density: cells > 0 ? Double(pairCounts[d]) / cells : 0)
      var row: [String: Int] = [:]
      for (e, other) in dataset.domains.enumerated() { row[other] = overlapCounts[d][e] }
      overlap[name] = row
    }
    self.domains = domains
    self.overlap = overlap
  }
}
