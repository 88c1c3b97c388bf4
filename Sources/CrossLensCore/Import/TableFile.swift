/// One input file of an import and how to read it.
public struct TableFile: Sendable, Hashable {
  /// How the header names columns.
  public enum Dialect: Sendable, Hashable {
    /// Plain names (`item_id`).
    case plain
    /// RecBole atomic files: `name:type`, with type `token`, `token_seq`, `float` or `float_seq`.
    case recBole
  }

  public var path: String
  public var format: DelimitedFormat
  public var dialect: Dialect
  /// The domain of every item in (or referenced by) this file, when the file stands for one
  /// domain; `nil` when items carry their own domain column.
  public var domain: String?
  /// Prepended to the item ids of this file, so that two datasets paired for cross-domain work
  /// can use the same ids for different items.
  public var itemIDPrefix: String

  /// A file; `format` and `dialect` default to what the name implies (`.csv` comma-separated,
  /// `.inter`/`.item`/`.user` RecBole, anything else plain tab-separated).
  public init(
    path: String, format: DelimitedFormat? = nil, dialect: Dialect? = nil, domain: String? = nil,
    itemIDPrefix: String = ""
  ) {
    let recBole = [".inter", ".item", ".user"].contains { path.hasSuffix($0) }
    self.path = path
    self.format = format ?? .forFile(path)
    self.dialect = dialect ?? (recBole ? .recBole : .plain)
    self.domain = domain
    self.itemIDPrefix = itemIDPrefix
  }
}
