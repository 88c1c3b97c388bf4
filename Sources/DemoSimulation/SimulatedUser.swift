/// The evaluation group a simulated user belongs to.
public enum UserGroup: String, Sendable, CaseIterable {
  case train, valid, test
}

/// A user's weight on one taste, in thousandths, so the written weights sum to exactly 1.
public struct TasteWeight: Sendable, Hashable {
  /// Index into ``TasteTable/tastes``.
  public var taste: Int
  public var permille: Int

  public var weight: Double { Double(permille) / 1000 }
}

/// One simulated user: their hidden tastes, the domains they use, and some flavour attributes.
public struct SimulatedUser: Sendable, Hashable {
  /// `u0001` … in creation order.
  public var id: String
  public var group: UserGroup
  /// ISO 3166 alpha-2 code.
  public var country: String
  public var ageBand: String
  /// The user's true tastes, heaviest first; weights sum to 1000‰.
  public var tastes: [TasteWeight]
  /// The domains the user acts in; every other domain is cold for them.
  public var activeDomains: [DemoDomain]

}

/// One simulated interaction.
public struct SimulatedInteraction: Sendable, Hashable {
  /// Index into ``SimulatedWorld/users``.
  public var user: Int
  /// Index into ``Catalog/items``.
  public var item: Int
  /// 1…5.
  public var rating: Int
  /// Unix seconds; strictly increasing within a user.
  public var timestamp: Int64
}
