/// A cross-domain dataset held in memory: domains, items, users and their interactions.
///
/// Items and users are addressed by dense indices (`Int32` in interactions); the external ids
/// are kept for display and lookup.
public struct Dataset: Sendable {
  public var name: String
  /// Domain names, in a stable order; `Item.domain` indexes this array.
  public var domains: [String]
  public var items: [Item]
  public var users: [User]
  /// Interactions sorted by user, then by time (where present), then by input order.
  public private(set) var interactions: [Interaction]
  /// What `Interaction.time` means for this data.
  public var timeKind: TimeKind

  /// What `Interaction.time` holds: a clock time, an order within the user's history, or nothing.
  public enum TimeKind: String, Sendable, Codable {
    case none, position, timestamp
  }

  public private(set) var itemIndexByID: [String: Int32]
  public private(set) var userIndexByID: [String: Int32]

  public init(
    name: String, domains: [String], items: [Item], users: [User],
    interactions: [Interaction], timeKind: TimeKind
  ) {
    self.name = name
    self.domains = domains
    self.items = items
    self.users = users
    self.timeKind = timeKind
    self.interactions =
      Self.isInOrder(interactions)
      ? interactions
      : interactions.enumerated().sorted { a, b in
        if a.element.user != b.element.user { return a.element.user < b.element.user }
        let ta = a.element.time ?? 0
        let tb = b.element.time ?? 0
        if ta != tb { return ta < tb }
        return a.offset < b.offset
      }.map(\.element)
    var itemIndex: [String: Int32] = [:]
    itemIndex.reserveCapacity(items.count)
    for (i, item) in items.enumerated() { itemIndex[item.id] = Int32(i) }
    var userIndex: [String: Int32] = [:]
    userIndex.reserveCapacity(users.count)
    for (u, user) in users.enumerated() { userIndex[user.id] = Int32(u) }
    self.itemIndexByID = itemIndex
    self.userIndexByID = userIndex
  }

  /// True when interactions are already sorted by user, then time (as the store keeps them),
  /// so the stable sort would change nothing.
  ///
  /// - Complexity: O(n).
  static func isInOrder(_ interactions: [Interaction]) -> Bool {
    guard interactions.count > 1 else { return true }
    for k in 1..<interactions.count {
      let a = interactions[k - 1]
      let b = interactions[k]
      if a.user != b.user {
        if a.user > b.user { return false }
      } else if (a.time ?? 0) > (b.time ?? 0) {
        return false
      }
    }
    return true
  }

  /// Index of the named domain, if present.
  public func domainIndex(named name: String) -> Int? {
    domains.firstIndex(of: name)
  }

  /// Item indices of one domain, ascending.
  public func itemIndices(inDomain domain: Int) -> [Int32] {
    items.indices.filter { items[$0].domain == domain }.map { Int32($0) }
  }
}
