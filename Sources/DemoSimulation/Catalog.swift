import Foundation

/// The demo catalogue: the taste table and every item of the three domains, in file order
/// (Books, then Movies, then Music).
public struct Catalog: Sendable {
  /// The source texts, keyed by file name (`tastes.tsv`, `tags.tsv`, `books.tsv`, …).
  public typealias Sources = [String: String]

  public static let tastesFileName = "tastes.tsv"
  public static let tagsFileName = "tags.tsv"
  public static let itemColumns = ["id", "title", "creator", "year", "description", "tags"]
  /// Each item carries between two and five tags.
  public static let tagCountRange = 2...5

  public private(set) var tasteTable: TasteTable
  public private(set) var items: [CatalogItem]

  /// The names of the files a catalogue folder must hold.
  public static var fileNames: [String] {
    [tastesFileName, tagsFileName] + DemoDomain.allCases.map(\.catalogFileName)
  }

  /// Reads the catalogue from a folder such as `Data/catalog`.
  public static func load(from directory: URL) throws -> Catalog {
    var sources: Sources = [:]
    for name in fileNames {
      let url = directory.appendingPathComponent(name)
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw CatalogError(file: url.path, line: 0, message: "cannot read the file")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw CatalogError(file: url.path, line: 0, message: "not valid UTF-8")
      }
      sources[name] = text
    }
    do {
      return try Catalog(sources: sources)
    } catch {
      // Name the file by its full path, as the user will look for it.
      var located = error
      located.file = directory.appendingPathComponent(error.file).path
      throw located
    }
  }

  /// Parses and checks the catalogue from its source texts.
  public init(sources: Sources) throws(CatalogError) {
    func text(_ name: String) throws(CatalogError) -> String {
      guard let text = sources[name] else {
        throw CatalogError(file: name, line: 0, message: "missing from the catalogue")
      }
      return text
    }
    tasteTable = try TasteTable(
      tastesFile: Self.tastesFileName, tastesText: try text(Self.tastesFileName),
      tagsFile: Self.tagsFileName, tagsText: try text(Self.tagsFileName))
    items = []
    var seenIds: Set<String> = []
    for domain in DemoDomain.allCases {
      let file = domain.catalogFileName
      let table = try TSVTable(file: file, text: try text(file), columns: Self.itemColumns)
      guard !table.rows.isEmpty else {
        throw CatalogError(file: file, line: 0, message: "no items")
      }
      for row in table.rows {
        let item = try parseItem(row, domain: domain, file: file)
        guard seenIds.insert(item.id).inserted else {
          throw CatalogError(
            file: file, line: row.line, field: "id", message: "'\(item.id)' listed twice")
        }
        items.append(item)
      }
    }
  }

  /// The items of one domain, in file order.
  public func items(in domain: DemoDomain) -> [CatalogItem] {
    items.filter { $0.domain == domain }
  }

  private func parseItem(_ row: TSVTable.Row, domain: DemoDomain, file: String)
    throws(CatalogError) -> CatalogItem
  {
    let fields = row.fields
    let id = fields[0]
    let digits = id.dropFirst(domain.idPrefix.count + 1)
    guard id.hasPrefix(domain.idPrefix + "-"), digits.count == 4, digits.allSatisfy(\.isASCII),
      digits.allSatisfy(\.isNumber)
    else {
      throw CatalogError(
        file: file, line: row.line, field: "id",
        message: "'\(id)' is not of the form \(domain.idPrefix)-NNNN")
    }
    guard let year = Int(fields[3]) else {
      throw CatalogError(
        file: file, line: row.line, field: "year", message: "'\(fields[3])' is not a whole number")
    }
    let tags = fields[5].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    guard Self.tagCountRange.contains(tags.count) else {
      throw CatalogError(
        file: file, line: row.line, field: "tags",
        message: "\(tags.count) tags, expected \(Self.tagCountRange.lowerBound)"
          + " to \(Self.tagCountRange.upperBound)")
    }
    guard Set(tags).count == tags.count else {
      throw CatalogError(file: file, line: row.line, field: "tags", message: "a tag is repeated")
    }
    for tag in tags where tasteTable.tagLoadings[tag] == nil {
      throw CatalogError(
        file: file, line: row.line, field: "tags",
        message: "unknown tag '\(tag)' (add it to \(Self.tagsFileName))")
    }
    guard let loadings = tasteTable.loadings(ofTags: tags) else {
      throw CatalogError(
        file: file, line: row.line, field: "tags", message: "no tag carries a taste")
    }
    return CatalogItem(
      id: id, domain: domain, title: fields[1], creator: fields[2], year: year,
      description: fields[4], tags: tags, tasteLoadings: loadings)
  }
}
