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
