/// The columns an import reads, by header name. `nil` picks the first present of the defaults
/// (matched without regard to case); a name given explicitly must be present.
public struct ColumnNames: Sendable, Hashable {
  public var itemID: String?
  public var itemDomain: String?
  public var itemTitle: String?
  public var itemDescription: String?
  public var userID: String?
  public var interactionUser: String?
  public var interactionItem: String?
  public var interactionValue: String?
  public var interactionTime: String?

  public init() {}

  static let itemIDDefaults = ["item_id", "item", "itemid", "id", "asin"]
  static let itemDomainDefaults = ["domain", "category"]
  static let itemTitleDefaults = ["title", "name", "item_title", "movie_title"]
  static let itemDescriptionDefaults = ["description", "desc", "summary"]
  static let userIDDefaults = ["user_id", "user", "userid", "id"]
  static let interactionUserDefaults = ["user_id", "user", "userid"]
  static let interactionItemDefaults = ["item_id", "item", "itemid", "asin"]
  static let interactionValueDefaults = ["rating", "value", "score", "weight"]
  static let interactionTimeDefaults = ["timestamp", "time", "ts", "position", "pos", "order"]
  /// Time columns that hold a position in the user's history rather than a clock time.
  static let positionNames: Set<String> = ["position", "pos", "order"]
}
