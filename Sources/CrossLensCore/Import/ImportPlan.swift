/// Everything an import reads: files by role, columns, and what to tolerate.
public struct ImportPlan: Sendable {
  /// The dataset's name (the store shows it; the default domain when nothing names one).
  public var name: String
  public var users: [TableFile] = []
  public var items: [TableFile] = []
  public var interactions: [TableFile] = []
  public var columns = ColumnNames()
  /// When set, the only domains allowed, in this order; each must end up with items.
  public var declaredDomains: [String]?
  /// Skip rows with a fault confined to the row (and count them) instead of failing.
  public var skipBadRows = false
  /// Decode HTML character references (`&amp;`, `&#9733;`) in item titles and descriptions
  /// (see `HTMLCharacterReferences`).
  public var decodesHTMLReferences = true

  public init(name: String) { self.name = name }

  /// Every file the plan reads.
  public var allFiles: [TableFile] { users + items + interactions }
}

/// The dataset an import produced and the warnings it tolerated on the way.
public struct ImportResult: Sendable {
  public var dataset: Dataset
  public var warnings: ImportWarnings
}
