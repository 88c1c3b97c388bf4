import Foundation
import Testing

@testable import CrossLensCore

@Suite struct HTMLCharacterReferencesTests {
  @Test(arguments: [
    ("Black &amp; Decker", "Black & Decker"),
    ("&quot;Quoted&quot; &lt;b&gt;", "\"Quoted\" <b>"),
    ("Caf&eacute; &Eacute;CLAIR &apos;s", "Café ÉCLAIR 's"),
    ("&#9733; &#x2605; &#X2605;", "★ ★ ★"),
    ("&#153; &#128;", "™ €"),  // HTML5 reads 128–159 as Windows-1252
    ("&#0; &#xD800; &#1114112; &#4294967296;", "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}"),
    ("a&#27;[31mb&#10;c&#127;d&#x81;e", "a [31mb c d e"),  // controls become a space
    ("&amp;amp;", "&amp;"),  // decoded once, not repeatedly
    ("&lt;&gt;", "<>"),
  ])
  func decodesReferences(text: String, expected: String) {
    #expect(HTMLCharacterReferences.decoded(text) == expected)
  }

  @Test(arguments: [
    "no ampersand at all", "AT&T", "&bogus;", "&amp", "& amp;", "&#;", "&#x;", "&#12a;",
    "&#+5;", "&#xZZ;", "&;",
  ])
  func leavesEverythingElseAsWritten(text: String) {
    #expect(HTMLCharacterReferences.decoded(text) == nil)
  }

  @Test func mixedTextKeepsItsOtherCharacters() {
    #expect(
      HTMLCharacterReferences.decoded("AT&T &bogus; &amp &frac12; cup — 日本&reg;")
        == "AT&T &bogus; &amp ½ cup — 日本®")
  }

  /// The table's size, that every value is a scalar, and spot values (XML's five names, the
  /// no-break space, the euro sign).
  @Test func tableIsWellFormed() {
    #expect(HTMLCharacterReferences.named.count == 253)
    for (name, value) in HTMLCharacterReferences.named {
      #expect(Unicode.Scalar(value) != nil, "\(name)")
    }
    let xml = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
    for (name, character) in xml {
      #expect(HTMLCharacterReferences.decoded("&\(name);") == character)
    }
    #expect(HTMLCharacterReferences.named["nbsp"] == 0xA0)
    #expect(HTMLCharacterReferences.named["euro"] == 0x20AC)
    #expect(HTMLCharacterReferences.windows1252.count == 27)
  }

  @Test func importDecodesItemTextAndSaysSo() throws {
    let folder = "\(TestPaths.fixtures.path)/warnings/html-references"
    let result = try ImportLayout.load(folder)
    let items = result.dataset.items
    #expect(items.map(\.title) == ["Black & Decker Toaster", "Plain Kettle", "Café Beans ★★ ™"])
    #expect(items[0].description == "Heats \"fast\"")
    #expect(items[2].description == "AT&T &bogus; &amp")
    #expect(items[0].attributes["tags"] == "a&amp;b")  // attributes are kept as written
    #expect(result.warnings.count(.htmlReferencesDecoded) == 2)
    #expect(
      result.warnings.description
        == "warning: 2 item texts with HTML character references decoded, &amp; to & (--keep-html-references keeps them) (first: \(folder)/items.tsv:2: \"Black &amp; Decker Toaster\")"
    )
  }

  @Test func importKeepsReferencesOnRequest() throws {
    var plan = try ImportLayout.plan(
      for: "\(TestPaths.fixtures.path)/warnings/html-references")
    plan.decodesHTMLReferences = false
    let result = try DatasetImporter(plan: plan).run()
    #expect(result.dataset.items[0].title == "Black &amp; Decker Toaster")
    #expect(result.warnings.isEmpty)
  }
}
