import CrossLensCore
import Testing

@Suite struct WordPieceTokenizerTests {
  /// A hand-made vocabulary whose ids are easy to check by eye.
  static func tiny() throws -> WordPieceTokenizer {
    try WordPieceTokenizer(tokens: [
      "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "un", "##aff", "##able", "the", "cafe", ",",
      "!",
      "##s", "a",
    ])
  }

  @Test func greedyLongestMatchWithContinuationPrefix() throws {
    // "unaffable" = un + ##aff + ##able; punctuation is split off; "Café" → "cafe" (accent, case).
    #expect(try Self.tiny().encode("Unaffable, the Café!") == [2, 5, 6, 7, 10, 8, 9, 11, 3])
  }

  @Test func unmatchedRestMakesTheWholeWordUnknown() throws {
    // "unx": "un" matches, "##x" does not → the whole word is one [UNK], not "un" + [UNK].
    #expect(try Self.tiny().encode("unx cafes") == [2, 1, 9, 12, 3])
  }

  @Test func wordsOverOneHundredScalarsAreUnknown() throws {
    let long = String(repeating: "a", count: 101)
    #expect(try Self.tiny().wordPieces(long) == [1])
    #expect(try Self.tiny().wordPieces(String(repeating: "a", count: 100)) == [1])  // no "##a" piece
  }

  @Test func specialTokensTypedInTheTextAreRecognised() throws {
    // Only the exact spelling is special: "[mask]" is "[", "mask", "]", all unknown here.
    #expect(try Self.tiny().encode("[MASK]the[SEP] [mask]") == [2, 4, 8, 3, 1, 1, 1, 3])
  }

  @Test func truncationKeepsClassifierAndSeparator() throws {
    let ids = try Self.tiny().encode(String(repeating: "the ", count: 10), maxLength: 5)
    #expect(ids == [2, 8, 8, 8, 3])
  }

  @Test func splitterIsolatesCJKAndPunctuationAndCleans() {
    #expect(
      BertTextSplitter.words("千と千尋 a\u{0}b\tC-3PO") == ["千", "と", "千", "尋", "ab", "c", "-", "3po"])
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func reproducesTheReferenceTokensTruncatedAt256() throws {
    let tokenizer = try #require(MiniLMFixtures.tokenizer)
    let lines = try MiniLMFixtures.idLines("minilm_tokens.tsv")
    #expect(lines.count == 40)
    let equal = lines.filter { tokenizer.encode($0.sentence) == $0.ids }.count
    for line in lines { #expect(tokenizer.encode(line.sentence) == line.ids, "\(line.sentence)") }
    print("WordPiece: \(equal)/\(lines.count) token sequences equal to the reference")
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func reproducesTheReferenceTokensUntruncated() throws {
    let tokenizer = try #require(MiniLMFixtures.tokenizer)
    let lines = try MiniLMFixtures.idLines("minilm_tokens_untruncated.tsv")
    #expect(lines.count == 40)
    #expect(lines.contains { $0.ids.count == 303 })
    for line in lines {
      #expect(tokenizer.encode(line.sentence, maxLength: .max) == line.ids, "\(line.sentence)")
    }
  }
}
