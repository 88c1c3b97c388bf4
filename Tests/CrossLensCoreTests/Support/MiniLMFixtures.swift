import CrossLensCore
import Foundation
import Testing

/// The MiniLM weights (fetched by scripts/fetch-model.sh) and the reference outputs in
/// Tests/Fixtures/minilm. Tests that need the weights are disabled when they are absent.
enum MiniLMFixtures {
  static let skipReason: Comment =
    "needs the MiniLM weights: run scripts/fetch-model.sh (offline, these tests skip)"

  /// The model files where the library would find them, or nil.
  static let files: MiniLMModelFiles? = try? MiniLMModelFiles.locate()

  static var hasWeights: Bool { files != nil }

  /// One reference line: the sentence and what the reference pipeline made of it.
  struct Line {
    var sentence: String
    var ids: [Int32]
  }

  /// Reads `sentence<TAB>n1,n2,…` lines of a fixture file.
  static func idLines(_ name: String) throws -> [Line] {
    try rows(name).map { sentence, field in
      Line(sentence: sentence, ids: field.split(separator: ",").compactMap { Int32($0) })
    }
  }

  /// The reference embeddings: sentence and its 384 values.
  static func embeddings() throws -> [(sentence: String, vector: [Float])] {
    try rows("minilm_reference.tsv").map { sentence, field in
      (sentence, field.split(separator: ",").compactMap { Float($0) })
    }
  }

  private static func rows(_ name: String) throws -> [(String, Substring)] {
    let url = TestPaths.fixtures.appendingPathComponent("minilm/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
      let tab = line.lastIndex(of: "\t") ?? line.startIndex
      return (String(line[..<tab]), line[line.index(after: tab)...])
    }
  }

  /// One encoder shared by the tests (loading it takes seconds in a debug build).
  static let encoder: MiniLMEncoder? = files.flatMap {
    try? MiniLMEncoder(files: $0, verifyWeights: false)
  }

  static let tokenizer: WordPieceTokenizer? = files.flatMap {
    try? WordPieceTokenizer(vocabularyPath: $0.vocabulary)
  }
}
