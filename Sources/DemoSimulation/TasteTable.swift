/// The latent tastes that span domains, and how each catalogue tag loads on them.
///
/// Read from `tastes.tsv` (taste, description) and `tags.tsv` (tag, loadings), where loadings are
/// `taste:weight` pairs separated by `;`, or `-` for a tag that carries no taste (e.g.
/// `soundtrack`). An item's loading vector is the sum of its tags' loadings, normalised to sum 1.
public struct TasteTable: Sendable {
  public struct Taste: Sendable, Hashable {
    public var name: String
    public var description: String
  }

  public private(set) var tastes: [Taste]
  /// For each tag, its (taste index, weight) pairs; empty for a tag that carries no taste.
  public private(set) var tagLoadings: [String: [(taste: Int, weight: Double)]]

  public init(tastesFile: String, tastesText: String, tagsFile: String, tagsText: String)
    throws(CatalogError)
  {
    let tasteRows = try TSVTable(
      file: tastesFile, text: tastesText, columns: ["taste", "description"])
    var tastes: [Taste] = []
    var tasteIndex: [String: Int] = [:]
    for row in tasteRows.rows {
      let name = row.fields[0]
      guard tasteIndex[name] == nil else {
        throw CatalogError(
          file: tastesFile, line: row.line, field: "taste", message: "'\(name)' listed twice")
      }
      tasteIndex[name] = tastes.count
      tastes.append(Taste(name: name, description: row.fields[1]))
    }
    guard !tastes.isEmpty else {
      throw CatalogError(file: tastesFile, line: 0, message: "no tastes listed")
    }

    let tagRows = try TSVTable(file: tagsFile, text: tagsText, columns: ["tag", "loadings"])
    var tagLoadings: [String: [(taste: Int, weight: Double)]] = [:]
    for row in tagRows.rows {
      let tag = row.fields[0]
      guard tagLoadings[tag] == nil else {
        throw CatalogError(
          file: tagsFile, line: row.line, field: "tag", message: "'\(tag)' listed twice")
      }
      tagLoadings[tag] = try Self.parseLoadings(
        row.fields[1], tasteIndex: tasteIndex, file: tagsFile, line: row.line)
    }
    self.tastes = tastes
    self.tagLoadings = tagLoadings
  }

  /// The normalised taste loadings of an item with these tags, or nil if no tag carries a taste.
  /// Tags must be known (the catalogue checks that first).
  public func loadings(ofTags tags: [String]) -> [Double]? {
    var vector = [Double](repeating: 0, count: tastes.count)
    for tag in tags {
      for entry in tagLoadings[tag] ?? [] { vector[entry.taste] += entry.weight }
    }
    let total = vector.reduce(0, +)
    guard total > 0 else { return nil }
    return vector.map { $0 / total }
  }

  private static func parseLoadings(
    _ text: String, tasteIndex: [String: Int], file: String, line: Int
  ) throws(CatalogError) -> [(taste: Int, weight: Double)] {
    if text == "-" { return [] }
    var entries: [(taste: Int, weight: Double)] = []
    for pair in text.split(separator: ";", omittingEmptySubsequences: false) {
      let parts = pair.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw CatalogError(
          file: file, line: line, field: "loadings",
          message: "'\(pair)' is not of the form taste:weight")
      }
      guard let taste = tasteIndex[String(parts[0])] else {
        throw CatalogError(
          file: file, line: line, field: "loadings", message: "unknown taste '\(parts[0])'")
      }
      guard let weight = Double(parts[1]), weight.isFinite, weight > 0 else {
        throw CatalogError(
          file: file, line: line, field: "loadings",
          message: "weight '\(parts[1])' is not a positive number")
      }
      entries.append((taste, weight))
    }
    return entries
  }
}
