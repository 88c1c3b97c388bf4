/// Things an import tolerated, counted by kind with the first occurrence kept as an example.
public struct ImportWarnings: Sendable, CustomStringConvertible {
  /// A kind of tolerated fault, counted rather than listed row by row.
  public enum Kind: String, Sendable, CaseIterable {
    case duplicateItemMerged = "duplicate item rows merged (first row kept)"
    case duplicateUserMerged = "duplicate user rows merged (attributes combined)"
    case userOnlyInInteractions = "users appear only in interactions (no users-file row)"
    case itemWithoutDomainSkipped =
      "items without a domain skipped (no domain column, no interactions)"
    case rowSkipped = "bad rows skipped on request"
    case htmlReferencesDecoded =
      "item texts with HTML character references decoded, &amp; to & (--keep-html-references keeps them)"
    case controlCharactersReplaced =
      "item texts with control characters (line breaks, tabs, escapes) replaced by spaces"
  }

  public private(set) var counts: [Kind: Int] = [:]
  public private(set) var firstExamples: [Kind: String] = [:]

  public init() {}

  public var isEmpty: Bool { counts.isEmpty }

  /// How many warnings of `kind` the import gave.
  public func count(_ kind: Kind) -> Int { counts[kind, default: 0] }

  mutating func note(_ kind: Kind, _ example: @autoclosure () -> String) {
    if counts[kind] == nil { firstExamples[kind] = example() }
    counts[kind, default: 0] += 1
  }

  /// One line per kind: `warning: 3 bad rows skipped on request (first: items.tsv:4: …)`.
  public var description: String {
    Kind.allCases.compactMap { kind -> String? in
      guard let n = counts[kind] else { return nil }
      let example = firstExamples[kind].map { " (first: \($0))" } ?? ""
      return "warning: \(n) \(kind.rawValue)\(example)"
    }.joined(separator: "\n")
  }
}
