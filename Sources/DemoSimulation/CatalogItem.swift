/// One real title of the demo catalogue, with the description and tags written for this project.
public struct CatalogItem: Sendable, Hashable {
  /// Stable id, e.g. `bk-0001`; never renumbered once published.
  public var id: String
  public var domain: DemoDomain
  public var title: String
  /// Author, director or artist.
  public var creator: String
  /// Year of first publication or release.
  public var year: Int
  public var description: String
  public var tags: [String]
  /// Loading on each taste of the ``TasteTable``, summing to 1 (from the tags).
  public var tasteLoadings: [Double]
}
