import Foundation

/// all-MiniLM-L6-v2 run natively: WordPiece tokens → 6-layer BERT on OpenBLAS → mean pooling
/// over the tokens → L2 normalisation; 384-d vectors equal to the sentence-transformers
/// pipeline's (cosine ≥ 0.9999 on the reference sentences).
///
/// Thread-safe: the weights are immutable and each call owns its scratch space.
public final class MiniLMEncoder: SentenceEncoder {
  public let configuration: BertConfiguration
  public let tokenizer: WordPieceTokenizer
  /// Inputs are cut to this many tokens, [CLS] and [SEP] included (the pipeline's max_seq_length).
  public let maxSequenceLength = 256
  /// Threads that share one `encode` call, each running its batches with single-threaded BLAS;
  /// with 1, one thread runs every batch and OpenBLAS threads as it is configured.
  public let threadCount: Int
  /// Tokens per packed batch: large enough for efficient sgemm, small enough to stay in cache.
  public let batchTokens: Int
  public let identifier: String
  public var dimension: Int { configuration.hiddenSize }
  let weights: MiniLMWeights

  /// Loads the model from `files`; with `verifyWeights`, first checks the weights' SHA-256
  /// against the pinned one (about 0.5 s in a release build).
  public init(
    files: MiniLMModelFiles, verifyWeights: Bool = true,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, batchTokens: Int = 2048
  ) throws {
    if verifyWeights { try files.verifyWeights() }
    let configuration = try BertConfiguration(contentsOf: files.configuration)
    let tokenizer = try WordPieceTokenizer(vocabularyPath: files.vocabulary)
    guard tokenizer.tokens.count == configuration.vocabularySize else {
      throw EncoderError.corruptFile(
        path: files.vocabulary,
        reason:
          "\(tokenizer.tokens.count) tokens, config.json says \(configuration.vocabularySize)",
        hint: MiniLMModelFiles.fetchHint)
    }
    guard maxSequenceLength <= configuration.maxPositions else {
      throw EncoderError.corruptFile(
        path: files.configuration, reason: "fewer than \(maxSequenceLength) positions",
        hint: MiniLMModelFiles.fetchHint)
    }
    let file = try SafeTensorsFile(path: files.weights)
    self.weights = try MiniLMWeights(file: file, configuration: configuration)
    self.configuration = configuration
    self.tokenizer = tokenizer
    self.threadCount = max(1, threads)
    self.batchTokens = max(maxSequenceLength, batchTokens)
    self.identifier = MiniLMModelFiles.modelIdentifier
  }

  /// Finds the files (`modelDirectory`, else `$CROSSLENS_MODEL_DIR`, else the cache folder) and loads them.
  public convenience init(modelDirectory: String? = nil, verifyWeights: Bool = true) throws {
    try self.init(
      files: MiniLMModelFiles.locate(explicit: modelDirectory), verifyWeights: verifyWeights)
  }

  /// One normalised embedding per text, in order.
  ///
  /// - Complexity: about 21 MFLOP per token (6 layers), spread over `threadCount` threads.
  public func encode(_ texts: [String]) throws -> Matrix {
    try encode(tokenIDs: texts.map { tokenizer.encode($0, maxLength: maxSequenceLength) })
  }

  /// Embeddings of already tokenized sequences (each with its [CLS]/[SEP], at most
  /// `maxSequenceLength` ids, every id in the vocabulary).
  public func encode(tokenIDs sequences: [[Int32]]) throws -> Matrix {
    for (index, sequence) in sequences.enumerated() {
      guard !sequence.isEmpty, sequence.count <= maxSequenceLength else {
        throw EncoderError.invalidTokens(
          reason: "sequence \(index) has \(sequence.count) ids; 1...\(maxSequenceLength) allowed")
      }
      guard sequence.allSatisfy({ $0 >= 0 && Int($0) < configuration.vocabularySize }) else {
        throw EncoderError.invalidTokens(
          reason: "sequence \(index) has an id outside the vocabulary")
      }
    }
    // With several workers, cut the input so each gets work; each runs single-threaded BLAS,
    // which also keeps a one-sentence call from waiting on a descheduled BLAS helper thread.
    let tokens = sequences.reduce(0) { $0 + $1.count }
    let perWorker = (tokens + threadCount - 1) / threadCount
    let batches = packedBatches(sequences, limit: max(32, min(batchTokens, perWorker)))
    var output = Matrix(rows: sequences.count, columns: dimension)
    output.values.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedOutput(base: buffer.baseAddress)
      if threadCount == 1 {
        let workspace = Workspace()
        for batch in batches {
          forward(
            sequences[batch], into: shared.row(batch.lowerBound, dimension), workspace: workspace)
        }
      } else {
        let next = BatchCounter()
        let previousThreads = BLAS.threadCount
        BLAS.threadCount = 1
        DispatchQueue.concurrentPerform(iterations: min(threadCount, batches.count)) { _ in
          let workspace = Workspace()
          while let index = next.take(below: batches.count) {
            let batch = batches[index]
            forward(
              sequences[batch], into: shared.row(batch.lowerBound, dimension), workspace: workspace)
          }
        }
        BLAS.threadCount = previousThreads
      }
    }
    return output
  }

  /// Consecutive ranges of sequences holding at most `limit` tokens each (one sequence at least).
  func packedBatches(_ sequences: [[Int32]], limit: Int) -> [Range<Int>] {
    var batches: [Range<Int>] = []
    var start = 0
    var tokens = 0
    for (index, sequence) in sequences.enumerated() {
      if tokens + sequence.count > limit, index > start {
        batches.append(start..<index)
        start = index
        tokens = 0
      }
      tokens += sequence.count
    }
    if start < sequences.count { batches.append(start..<sequences.count) }
    return batches
  }
}

/// The output buffer, written by several workers at disjoint rows.
private struct SharedOutput: @unchecked Sendable {
  let base: UnsafeMutablePointer<Float>?
  func row(_ index: Int, _ width: Int) -> UnsafeMutablePointer<Float> { base! + index * width }
}

/// Hands out batch indices to workers, each once.
private final class BatchCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  func take(below count: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}
