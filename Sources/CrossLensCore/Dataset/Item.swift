/// One item of the catalogue. Every item belongs to exactly one domain.
public struct Item: Sendable, Hashable {
  /// The external id, as in the source data (an ASIN, a MovieLens id, …).
  public var id: String
  /// Index into `Dataset.domains`.
  public var domain: Int
  public var title: String
  public var description: String?
  /// Further named fields from the source (tags, genres, year, …), kept as text.
  public var attributes: [String: String]

  public init(
    id: String, domain: Int, title: String, description: String? = nil,
    attributes: [String: String] = [:]
  ) {
    self.id = id
    self.domain = domain
    self.title = title
    self.description = description
    self.attributes = attributes
  }
}

/// One user. Attributes keep any user columns of the source (such as a held-out `group`).
public struct User: Sendable, Hashable {
  public var id: String
  public var attributes: [String: String]

  public init(id: String, attributes: [String: String] = [:]) {
    self.id = id
    self.attributes = attributes
  }
}

/// One user–item event. Indices refer to `Dataset.users` and `Dataset.items`.
public struct Interaction: Sendable, Hashable {
  public var user: Int32
  public var item: Int32
  /// A rating or other strength; `nil` where the data has none (implicit feedback).
  public var value: Float?
  /// A timestamp or a position within the user's history; `nil` where the data has no order.
  public var time: Double?

  public init(user: Int32, item: Int32, value: Float? = nil, time: Double? = nil) {
    self.user = user
    self.item = item
    self.value = value
    self.time = time
  }
}
