import Foundation
import Testing

@testable import DemoSimulation

@Suite("Demo catalogue")
struct CatalogTests {
  @Test("each domain has at least 160 items, with ids numbered from 0001 in file order")
  func sizesAndIds() throws {
    let catalog = try DemoFixture.catalog()
    for domain in DemoDomain.allCases {
      let items = catalog.items(in: domain)
      #expect(items.count >= 160, "\(domain.rawValue) has \(items.count) items")
      for (offset, item) in items.enumerated() {
        let number = String(offset + 1)
        let expected =
          domain.idPrefix + "-" + String(repeating: "0", count: 4 - number.count) + number
        #expect(item.id == expected)
      }
    }
  }

  @Test("titles exercise accents and wide CJK characters in every domain")
  func nonASCIITitles() throws {
    let catalog = try DemoFixture.catalog()
    for domain in DemoDomain.allCases {
      let titles = catalog.items(in: domain).map(\.title)
      let accented = titles.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }
      let wide = titles.filter { $0.unicodeScalars.contains(where: isWide) }
      #expect(accented.count >= 10, "\(domain.rawValue): \(accented.count) non-ASCII titles")
      #expect(wide.count >= 5, "\(domain.rawValue): \(wide.count) CJK titles")
    }
    #expect(catalog.items.contains { $0.title == "千と千尋の神隠し" })
    #expect(catalog.items.contains { $0.creator == "Motörhead" })
  }

  @Test("an item's taste loadings are its tags' loadings, normalised (hand-computed)")
  func loadingsByHand() throws {
    let catalog = try DemoFixture.catalog()
    let table = catalog.tasteTable
    let bladeRunner = try #require(catalog.items.first { $0.id == "mv-0001" })
    #expect(bladeRunner.title == "Blade Runner")
    #expect(bladeRunner.tags == ["sci-fi", "cyberpunk", "noir", "ai"])
    // sci-fi 1 + cyberpunk 0.6 + ai 0.8 = 2.4 space; cyberpunk 0.3 + noir 1 = 1.3 noir;
    // cyberpunk 0.5 + ai 0.3 = 0.8 electronic; 4.5 in all.
    let expected = ["space-sci-fi": 2.4 / 4.5, "noir-crime": 1.3 / 4.5, "electronic": 0.8 / 4.5]
    for (index, taste) in table.tastes.enumerated() {
      #expect(abs(bladeRunner.tasteLoadings[index] - (expected[taste.name] ?? 0)) < 1e-12)
    }
    for item in catalog.items {
      #expect(abs(item.tasteLoadings.reduce(0, +) - 1) < 1e-9)
      #expect(Catalog.tagCountRange.contains(item.tags.count))
    }
  }

  @Test("every taste reaches across all three domains")
  func tastesSpanDomains() throws {
    let catalog = try DemoFixture.catalog()
    for (index, taste) in catalog.tasteTable.tastes.enumerated() {
      for domain in DemoDomain.allCases {
        let strong = catalog.items(in: domain).filter { $0.tasteLoadings[index] >= 0.3 }
        #expect(strong.count >= 5, "\(taste.name) has \(strong.count) \(domain.rawValue) items")
      }
    }
  }

  @Test(
    "a faulty catalogue is rejected with file, line and field",
    arguments: [
      ("books.tsv", "id\ttitle\tcreator\tyear\tdescription\n", "books.tsv:1: header is"),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "sci-fi;space", cut: true),
        "books.tsv:2: 5 fields, expected 6"
      ),
      (
        "books.tsv", row("bk-0001", "Dune", "MCMLXV", "sci-fi;space"),
        "books.tsv:2: field 'year': 'MCMLXV' is not a whole number"
      ),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "sci-fi;space-opera"),
        "books.tsv:2: field 'tags': unknown tag 'space-opera' (add it to tags.tsv)"
      ),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "sci-fi"),
        "books.tsv:2: field 'tags': 1 tags, expected 2 to 5"
      ),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "sci-fi;sci-fi"),
        "books.tsv:2: field 'tags': a tag is repeated"
      ),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "soundtrack;score"),
        "books.tsv:2: field 'tags': no tag carries a taste"
      ),
      (
        "books.tsv", row("bk-1", "Dune", "1965", "sci-fi;space"),
        "books.tsv:2: field 'id': 'bk-1' is not of the form bk-NNNN"
      ),
      (
        "books.tsv", row("mv-0001", "Dune", "1965", "sci-fi;space"),
        "books.tsv:2: field 'id': 'mv-0001' is not of the form bk-NNNN"
      ),
      (
        "books.tsv", row("bk-0001", "The \"Dune\"", "1965", "sci-fi;space"),
        "books.tsv:2: field 'title': contains a double quote"
      ),
      (
        "books.tsv", row("bk-0001", " ", "1965", "sci-fi;space"),
        "books.tsv:2: field 'title': empty"
      ),
      (
        "books.tsv",
        row("bk-0001", "Dune", "1965", "sci-fi;space")
          + row("bk-0001", "Emma", "1815", "romance;comedy", header: false),
        "books.tsv:3: field 'id': 'bk-0001' listed twice"
      ),
      ("books.tsv", "", "books.tsv: empty file (expected a header row)"),
      (
        "books.tsv", row("bk-0001", "Dune", "1965", "sci-fi;space", header: true, rows: false),
        "books.tsv: no items"
      ),
      (
        "tags.tsv", "tag\tloadings\nsci-fi\tspace-opera:1\n",
        "tags.tsv:2: field 'loadings': unknown taste 'space-opera'"
      ),
      (
        "tags.tsv", "tag\tloadings\nsci-fi\tspace-sci-fi:-1\n",
        "tags.tsv:2: field 'loadings': weight '-1' is not a positive number"
      ),
      (
        "tastes.tsv", "taste\tdescription\nspace-sci-fi\tA\nspace-sci-fi\tB\n",
        "tastes.tsv:3: field 'taste': 'space-sci-fi' listed twice"
      ),
    ])
  func faults(file: String, text: String, message: String) throws {
    var sources = Self.validSources
    sources[file] = text
    #expect(throws: CatalogError.self) { try Catalog(sources: sources) }
    do {
      _ = try Catalog(sources: sources)
    } catch {
      #expect(error.description.hasPrefix(message), "got: \(error.description)")
    }
  }

  @Test("the minimal valid sources used by the fault tests load")
  func minimalSourcesLoad() throws {
    let catalog = try Catalog(sources: Self.validSources)
    #expect(catalog.items.map(\.id) == ["bk-0001", "mv-0001", "mu-0001"])
    #expect(catalog.tasteTable.tastes.map(\.name) == ["space-sci-fi", "romance"])
  }

  @Test("a missing catalogue folder names the file it could not read")
  func missingFolder() {
    let folder = URL(fileURLWithPath: "/nonexistent/catalog")
    #expect {
      try Catalog.load(from: folder)
    } throws: { error in
      "\(error)" == "/nonexistent/catalog/tastes.tsv: cannot read the file"
    }
  }

  static let validSources: Catalog.Sources = [
    "tastes.tsv": "taste\tdescription\nspace-sci-fi\tSpace\nromance\tLove\n",
    "tags.tsv":
      "tag\tloadings\nsci-fi\tspace-sci-fi:1\nspace\tspace-sci-fi:1\nromance\tromance:1\n"
      + "comedy\tromance:0.2\nsoundtrack\t-\nscore\t-\n",
    "books.tsv": row("bk-0001", "Dune", "1965", "sci-fi;space"),
    "movies.tsv": row("mv-0001", "Amélie", "2001", "romance;comedy"),
    "music.tsv": row("mu-0001", "Oxygène", "1976", "sci-fi;soundtrack"),
  ]

  private func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: true
    default: false
    }
  }
}

/// One catalogue file with a header and one item row (or only the header / only the row).
private func row(
  _ id: String, _ title: String, _ year: String, _ tags: String,
  cut: Bool = false, header: Bool = true, rows: Bool = true
) -> String {
  var fields = [id, title, "Someone", year, "A line of description.", tags]
  if cut { fields.removeLast() }
  var text = header ? Catalog.itemColumns.joined(separator: "\t") + "\n" : ""
  if rows { text += fields.joined(separator: "\t") + "\n" }
  return text
}
