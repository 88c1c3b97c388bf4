import Testing

@testable import CrossLensCore

/// The streaming hashed n-gram embedding against a plain re-statement of its definition:
/// substrings built for every word and 3-gram, hashed with FNV-1a.
@Suite struct HashedNGramEmbeddingTests {
  /// The definition, written the slow and obvious way.
  static func reference(_ text: String, dimension: Int) -> [Float] {
    var v = [Float](repeating: 0, count: dimension)
    func add(_ bytes: [UInt8]) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes {
        hash ^= UInt64(b)
        hash &*= 0x0000_0100_0000_01b3
      }
      v[Int(hash % UInt64(dimension))] += (hash >> 63) == 0 ? 1 : -1
    }
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      add(Array(word.utf8))
      let padded = Array("#\(word)#".unicodeScalars)
      for start in 0...(padded.count - 3) {
        var gram = ""
        gram.unicodeScalars.append(contentsOf: padded[start..<start + 3])
        add(Array(gram.utf8) + [0x1F])
      }
    }
    return v
  }

  @Test(arguments: [
    "Green tea leaves, 250g", "Crème Brûlée – Café au lait", "e\u{301}cole 日本茶 🍵 tea",
    "a", "", "  ,,  ", "ÄÖÜ straße ΣΊΣΥΦΟΣ", "x1 2y z3z",
  ])
  func matchesTheDefinition(text: String) {
    for dimension in [7, 256] {
      #expect(
        HashedNGramEmbedding.embed(text, dimension: dimension)
          == Self.reference(text, dimension: dimension))
    }
  }

  @Test func itemRowsAreEachItemsNormalisedText() {
    let dataset = TwoTasteDataset.make()
    let e = HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 64)
    #expect(e.vectors.rows == dataset.items.count)
    for (i, item) in dataset.items.enumerated() {
      let raw = Self.reference(item.title + " " + (item.description ?? ""), dimension: 64)
      let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
      let row = e.vectors.values[i * 64..<(i + 1) * 64]
      #expect(zip(row, raw).allSatisfy { abs($0 - $1 / norm) < 1e-6 })
    }
  }
}
