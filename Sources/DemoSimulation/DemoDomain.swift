/// The three domains of the demo catalogue.
public enum DemoDomain: String, CaseIterable, Sendable, Hashable {
  case books = "Books"
  case movies = "Movies"
  case music = "Music"

  /// The catalogue file that lists this domain's items, e.g. `books.tsv`.
  public var catalogFileName: String {
    switch self {
    case .books: "books.tsv"
    case .movies: "movies.tsv"
    case .music: "music.tsv"
    }
  }

  /// The prefix of this domain's item ids: `bk-0001`, `mv-0001`, `mu-0001`.
  public var idPrefix: String {
    switch self {
    case .books: "bk"
    case .movies: "mv"
    case .music: "mu"
    }
  }
}
