import CrossLensCore

/// Per-user facts the users and history panes show, computed once from the dataset: each
/// user's interaction range and their number of interactions per domain.
public struct UserDirectory: Sendable {
  public let dataset: Dataset
  /// `historyStart[u] ..< historyStart[u + 1]` indexes user u's interactions.
  private let historyStart: [Int]
  /// `counts[u * domainCount + d]`: user u's interactions in domain d.
  private let counts: [Int32]
  /// A short label per domain (`B`, `Mo`, `Mu`), unique among the domains.
  public let domainLabels: [String]
  /// Digits of the largest per-domain count: the width of the count columns.
  public let countDigits: Int
  /// The distinct values of the users' `group` attribute (train, valid, test …), ascending;
  /// empty when no user has one.
  public let groupValues: [String]

  /// - Complexity: O(interactions + users · domains).
  public init(dataset: Dataset) {
    self.dataset = dataset
    let domainCount = dataset.domains.count
    var start = [Int](repeating: 0, count: dataset.users.count + 1)
    var counts = [Int32](repeating: 0, count: dataset.users.count * domainCount)
    for x in dataset.interactions {
      start[Int(x.user) + 1] += 1
      let domain = dataset.items[Int(x.item)].domain
      counts[Int(x.user) * domainCount + domain] += 1
    }
    for u in 0..<dataset.users.count { start[u + 1] += start[u] }
    self.historyStart = start
    self.counts = counts
    self.domainLabels = Self.shortLabels(dataset.domains)
    self.countDigits = String(counts.max() ?? 0).count
    let groups = dataset.users.compactMap {
      $0.attributes[UserListContext.Filter.groupAttribute]
    }
    self.groupValues = Set(groups).sorted()
  }

  public var userCount: Int { dataset.users.count }
  public var domainCount: Int { dataset.domains.count }

  /// Interactions of `user` in `domain`.
  public func count(user: Int32, domain: Int) -> Int {
    Int(counts[Int(user) * domainCount + domain])
  }

  /// All of the user's interactions.
  public func activity(user: Int32) -> Int {
    historyStart[Int(user) + 1] - historyStart[Int(user)]
  }

  /// In how many domains the user has at least one interaction.
  public func domainsActive(user: Int32) -> Int {
    (0..<domainCount).reduce(0) { $0 + (count(user: user, domain: $1) > 0 ? 1 : 0) }
  }

  /// The user's interactions in `domain`, newest first (the dataset keeps them oldest first).
  public func history(user: Int32, domain: Int) -> [Interaction] {
    let range = historyStart[Int(user)]..<historyStart[Int(user) + 1]
    return dataset.interactions[range].reversed().filter {
      dataset.items[Int($0.item)].domain == domain
    }
  }

  /// Shortest prefixes (at least one character) that tell the domain names apart.
  static func shortLabels(_ names: [String]) -> [String] {
    names.map { name in
      let characters = Array(name)
      for length in 1...max(1, characters.count) {
        let prefix = String(characters.prefix(length))
        let clashes = names.filter { $0 != name && $0.hasPrefix(prefix) }
        if clashes.isEmpty { return prefix }
      }
      return name
    }
  }
}
