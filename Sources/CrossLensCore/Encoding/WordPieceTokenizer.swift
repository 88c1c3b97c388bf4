import Foundation

/// BERT's uncased WordPiece tokenizer: `BertTextSplitter` words, then greedy longest-match
/// sub-words with the `##` continuation prefix, wrapped in `[CLS]` … `[SEP]`.
///
/// Special tokens typed in the text (`[CLS]`, `[SEP]`, `[UNK]`, `[PAD]`, `[MASK]`, exactly so
/// written) are recognised as those tokens, as in the reference pipeline.
public struct WordPieceTokenizer: Sendable {
  /// Token → id (the line number in `vocab.txt`, from 0).
  public let vocabulary: [String: Int32]
  /// id → token.
  public let tokens: [String]
  public let unknownID: Int32
  public let classifierID: Int32
  public let separatorID: Int32
  public let paddingID: Int32
  /// Words longer than this (in Unicode scalars) become `[UNK]` without trying sub-words.
  public let maxWordLength = 100
  /// Special tokens recognised in raw text, longest first.
  private let specialTokens: [(text: [Unicode.Scalar], id: Int32)]

  /// A tokenizer over the given tokens, id = position. Throws when a special token is absent.
  public init(tokens: [String], source: String = "vocabulary") throws {
    var vocabulary: [String: Int32] = [:]
    vocabulary.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() where vocabulary[token] == nil {
      vocabulary[token] = Int32(index)
    }
    func id(_ token: String) throws -> Int32 {
      guard let id = vocabulary[token] else {
        throw EncoderError.malformedVocabulary(
          path: source, line: tokens.count, reason: "the vocabulary lacks \(token)")
      }
      return id
    }
    self.vocabulary = vocabulary
    self.tokens = tokens
    unknownID = try id("[UNK]")
    classifierID = try id("[CLS]")
    separatorID = try id("[SEP]")
    paddingID = try id("[PAD]")
    specialTokens = ["[MASK]", "[CLS]", "[SEP]", "[UNK]", "[PAD]"].compactMap { token in
      vocabulary[token].map { (Array(token.unicodeScalars), $0) }
    }
  }

  /// Reads `vocab.txt`: one token per line.
  public init(vocabularyPath path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EncoderError.missingFile(path: path, hint: MiniLMModelFiles.fetchHint)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw EncoderError.malformedVocabulary(path: path, line: 1, reason: "not UTF-8")
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    try self.init(tokens: lines, source: path)
  }

  /// The ids the model is fed: `[CLS]`, the word pieces (cut to `maxLength − 2`), `[SEP]`.
  ///
  /// - Complexity: O(n · w) for n scalars and words of at most w scalars.
  public func encode(_ text: String, maxLength: Int = 256) -> [Int32] {
    var ids = [classifierID]
    ids += wordPieces(text).prefix(max(0, maxLength - 2))
    ids.append(separatorID)
    return ids
  }

  /// The word-piece ids of `text`, without `[CLS]`/`[SEP]` and without truncation.
  public func wordPieces(_ text: String) -> [Int32] {
    var ids: [Int32] = []
    for segment in splitOnSpecialTokens(text) {
      switch segment {
      case .special(let id): ids.append(id)
      case .text(let plain):
        for word in BertTextSplitter.words(plain) { appendPieces(of: word, to: &ids) }
      }
    }
    return ids
  }

  private enum Segment {
    case text(String)
    case special(Int32)
  }

  /// Cuts the raw text at every literal special token, leftmost first.
  private func splitOnSpecialTokens(_ text: String) -> [Segment] {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains("[") else { return [.text(text)] }
    var segments: [Segment] = []
    var plain = String.UnicodeScalarView()
    var i = 0
    scan: while i < scalars.count {
      if scalars[i] == "[" {
        for special in specialTokens
        where i + special.text.count <= scalars.count
          && scalars[i..<i + special.text.count].elementsEqual(special.text)
        {
          if !plain.isEmpty { segments.append(.text(String(plain))) }
          plain = String.UnicodeScalarView()
          segments.append(.special(special.id))
          i += special.text.count
          continue scan
        }
      }
      plain.append(scalars[i])
      i += 1
    }
    if !plain.isEmpty { segments.append(.text(String(plain))) }
    return segments
  }

  /// Greedy longest-match-first; a word with any unmatched rest becomes one `[UNK]`.
  private func appendPieces(of word: String, to ids: inout [Int32]) {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count <= maxWordLength else {
      ids.append(unknownID)
      return
    }
    var pieces: [Int32] = []
    var start = 0
    while start < scalars.count {
      var end = scalars.count
      var found: Int32?
      while end > start {
        var candidate = String.UnicodeScalarView(scalars[start..<end])
        if start > 0 { candidate.insert(contentsOf: "##".unicodeScalars, at: candidate.startIndex) }
        if let id = vocabulary[String(candidate)] {
          found = id
          break
        }
        end -= 1
      }
      guard let id = found else {
        ids.append(unknownID)
        return
      }
      pieces.append(id)
      start = end
    }
    ids += pieces
  }
}
