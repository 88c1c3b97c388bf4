import CrossLensCore
import Foundation
import Testing

@Suite(.serialized) struct MiniLMEncoderTests {
  static var encoder: MiniLMEncoder? { MiniLMFixtures.encoder }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func reproducesTheReferenceEmbeddings() throws {
    let encoder = try #require(Self.encoder)
    let reference = try MiniLMFixtures.embeddings()
    #expect(reference.count == 40)
    let ours = try encoder.encode(reference.map(\.sentence))
    var worstCosine: Float = 1
    var maxAbsDiff: Float = 0
    var passing = 0
    for (row, line) in reference.enumerated() {
      #expect(line.vector.count == 384)
      let mine = ours.row(row)
      var dot: Float = 0
      var a: Float = 0
      var b: Float = 0
      for j in 0..<384 {
        dot += mine[j] * line.vector[j]
        a += mine[j] * mine[j]
        b += line.vector[j] * line.vector[j]
        maxAbsDiff = max(maxAbsDiff, abs(mine[j] - line.vector[j]))
      }
      let cosine = dot / (a.squareRoot() * b.squareRoot())
      worstCosine = min(worstCosine, cosine)
      if cosine >= 0.9999 { passing += 1 }
      #expect(cosine >= 0.9999, "line \(row + 1) \(line.sentence.prefix(40)): cosine \(cosine)")
    }
    print(
      "MiniLM: \(passing)/40 at cosine ≥ 0.9999; worst cosine \(worstCosine), max abs diff \(maxAbsDiff)"
    )
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func packedBatchesEqualOneSentenceAtATime() throws {
    let encoder = try #require(Self.encoder)
    let texts = [
      "Toy Story (1995)", "", "a much longer sentence about kitchen knives and pans", "?",
    ]
    let together = try encoder.encode(texts)
    for (row, text) in texts.enumerated() {
      let alone = try encoder.encode([text]).row(0)
      let difference = zip(alone, together.row(row)).map { abs($0 - $1) }.max() ?? 1
      #expect(difference < 1e-5, "\(text): \(difference)")
    }
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func twoThreadsGiveTheSameVectorsAsOne() throws {
    let files = try #require(MiniLMFixtures.files)
    // Small batches, so 30 sentences make several batches for the two workers to share.
    let one = try MiniLMEncoder(files: files, verifyWeights: false, threads: 1, batchTokens: 256)
    let two = try MiniLMEncoder(files: files, verifyWeights: false, threads: 2, batchTokens: 256)
    let texts = (0..<30).map {
      "item \($0): " + String(repeating: "stainless steel pan ", count: $0 % 7)
    }
    let a = try one.encode(texts)
    let b = try two.encode(texts)
    let difference = zip(a.values, b.values).map { abs($0 - $1) }.max() ?? 1
    #expect(difference < 1e-5)
    #expect(a.rows == 30)
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func rejectsTokenIDsTheModelCannotTake() throws {
    let encoder = try #require(Self.encoder)
    #expect(throws: EncoderError.self) { try encoder.encode(tokenIDs: [[101, 40_000, 102]]) }
    #expect(throws: EncoderError.self) { try encoder.encode(tokenIDs: [[]]) }
    #expect(throws: EncoderError.self) {
      try encoder.encode(tokenIDs: [Array(repeating: 101, count: 257)])
    }
  }

  @Test func missingWeightsSayHowToFetchThem() {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "no-model-\(UUID())"
    ).path
    do {
      _ = try MiniLMModelFiles.locate(explicit: directory)
      Issue.record("expected an error for \(directory)")
    } catch {
      #expect("\(error)".contains("scripts/fetch-model.sh"))
      #expect("\(error)".contains(directory))
    }
  }

  @Test func environmentVariableAndCacheFolderAreHonoured() {
    #expect(
      MiniLMModelFiles.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])
        == "/x/crosslens/models/all-MiniLM-L6-v2")
    #expect(
      MiniLMModelFiles.defaultDirectory(environment: ["HOME": "/h"])
        == "/h/.cache/crosslens/models/all-MiniLM-L6-v2")
    let error = #expect(throws: EncoderError.self) {
      try MiniLMModelFiles.locate(environment: ["CROSSLENS_MODEL_DIR": "/nonexistent/model"])
    }
    #expect("\(error.map { "\($0)" } ?? "")".contains("/nonexistent/model/model.safetensors"))
  }
}
