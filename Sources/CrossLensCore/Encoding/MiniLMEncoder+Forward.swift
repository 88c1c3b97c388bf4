/// The BERT forward pass over a packed batch: the sequences' tokens are laid end to end as the
/// rows of one matrix (no padding), so every projection is one sgemm over all real tokens, and
/// attention runs per sequence and head over that sequence's own rows — the same result as a
/// padded batch with a key mask, without the work on padding.
extension MiniLMEncoder {
  /// Scratch buffers for one packed batch, reused across batches by one worker.
  final class Workspace {
    private(set) var tokenCapacity = 0
    private(set) var scoreCapacity = 0
    var hidden = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    var qkv = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    var context = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    var projected = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    var intermediate = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    var scores = UnsafeMutablePointer<Float>.allocate(capacity: 0)

    func reserve(tokens: Int, longest: Int, hiddenSize h: Int, intermediateSize i: Int) {
      if tokens > tokenCapacity {
        for buffer in [hidden, qkv, context, projected, intermediate] { buffer.deallocate() }
        hidden = .allocate(capacity: tokens * h)
        qkv = .allocate(capacity: tokens * 3 * h)
        context = .allocate(capacity: tokens * h)
        projected = .allocate(capacity: tokens * h)
        intermediate = .allocate(capacity: tokens * i)
        tokenCapacity = tokens
      }
      if longest * longest > scoreCapacity {
        scores.deallocate()
        scores = .allocate(capacity: longest * longest)
        scoreCapacity = longest * longest
      }
    }

    deinit {
      for buffer in [hidden, qkv, context, projected, intermediate, scores] { buffer.deallocate() }
    }
  }

  /// Embeds `sequences` (token ids with [CLS]/[SEP], each at most `maxSequenceLength` long) and
  /// writes each mean-pooled, L2-normalised vector to `output` row by row.
  ///
  /// - Complexity: about 2·T·(4h² + 2h·i)·layers flops in sgemm for T tokens, plus
  ///   4·Σn²·h per layer in the attention gemms.
  func forward(
    _ sequences: ArraySlice<[Int32]>, into output: UnsafeMutablePointer<Float>,
    workspace w: Workspace
  ) {
    let c = configuration
    let h = c.hiddenSize
    let headSize = h / c.headCount
    let tokens = sequences.reduce(0) { $0 + $1.count }
    let longest = sequences.reduce(0) { max($0, $1.count) }
    w.reserve(tokens: tokens, longest: longest, hiddenSize: h, intermediateSize: c.intermediateSize)
    embed(sequences, into: w.hidden)
    let scale = 1 / Float(headSize).squareRoot()
    for layer in weights.layers {
      // Q, K, V for all tokens at once: rows of qkv are [q | k | v], bias preloaded so beta = 1.
      layer.qkvBias.withUnsafeBufferPointer { bias in
        for t in 0..<tokens { (w.qkv + t * 3 * h).update(from: bias.baseAddress!, count: 3 * h) }
      }
      layer.qkvWeight.withUnsafeBufferPointer { weight in
        BLAS.gemm(
          m: tokens, n: 3 * h, k: h, a: w.hidden, lda: h, b: weight.baseAddress!, ldb: h,
          transposeB: true, beta: 1, c: w.qkv, ldc: 3 * h)
      }
      var start = 0
      for sequence in sequences {
        let n = sequence.count
        let rows = w.qkv + start * 3 * h
        for head in 0..<c.headCount {
          let offset = head * headSize
          BLAS.gemm(
            m: n, n: n, k: headSize, alpha: scale, a: rows + offset, lda: 3 * h,
            b: rows + h + offset, ldb: 3 * h, transposeB: true, c: w.scores, ldc: n)
          TransformerKernels.softmaxRows(w.scores, rows: n, width: n)
          BLAS.gemm(
            m: n, n: headSize, k: n, a: w.scores, lda: n, b: rows + 2 * h + offset, ldb: 3 * h,
            c: w.context + start * h + offset, ldc: h)
        }
        start += n
      }
      project(
        w.context, tokens: tokens, outputs: h, inputs: h, weight: layer.outputWeight,
        into: w.projected)
      layer.outputBias.withUnsafeBufferPointer { bias in
        layer.attentionNormGamma.withUnsafeBufferPointer { gamma in
          layer.attentionNormBeta.withUnsafeBufferPointer { beta in
            TransformerKernels.biasResidualLayerNorm(
              w.hidden, adding: w.projected, rows: tokens, width: h, bias: bias.baseAddress!,
              gamma: gamma.baseAddress!, beta: beta.baseAddress!, epsilon: c.layerNormEpsilon)
          }
        }
      }
      project(
        w.hidden, tokens: tokens, outputs: c.intermediateSize, inputs: h,
        weight: layer.intermediateWeight, into: w.intermediate)
      layer.intermediateBias.withUnsafeBufferPointer { bias in
        TransformerKernels.biasGELU(
          w.intermediate, rows: tokens, width: c.intermediateSize, bias: bias.baseAddress!)
      }
      project(
        w.intermediate, tokens: tokens, outputs: h, inputs: c.intermediateSize,
        weight: layer.feedForwardWeight, into: w.projected)
      layer.feedForwardBias.withUnsafeBufferPointer { bias in
        layer.outputNormGamma.withUnsafeBufferPointer { gamma in
          layer.outputNormBeta.withUnsafeBufferPointer { beta in
            TransformerKernels.biasResidualLayerNorm(
              w.hidden, adding: w.projected, rows: tokens, width: h, bias: bias.baseAddress!,
              gamma: gamma.baseAddress!, beta: beta.baseAddress!, epsilon: c.layerNormEpsilon)
          }
        }
      }
    }
    pool(sequences, from: w.hidden, into: output)
  }

  /// `out = x · weightᵀ` for `tokens` rows; `weight` is `outputs × inputs` as stored by PyTorch.
  private func project(
    _ x: UnsafePointer<Float>, tokens: Int, outputs: Int, inputs: Int, weight: [Float],
    into out: UnsafeMutablePointer<Float>
  ) {
    weight.withUnsafeBufferPointer { wt in
      BLAS.gemm(
        m: tokens, n: outputs, k: inputs, a: x, lda: inputs, b: wt.baseAddress!, ldb: inputs,
        transposeB: true, c: out, ldc: outputs)
    }
  }

  /// Word + position + token-type (0) embeddings, then LayerNorm.
  private func embed(_ sequences: ArraySlice<[Int32]>, into hidden: UnsafeMutablePointer<Float>) {
    let h = configuration.hiddenSize
    weights.wordEmbeddings.withUnsafeBufferPointer { words in
      weights.positionEmbeddings.withUnsafeBufferPointer { positions in
        weights.tokenTypeEmbeddings.withUnsafeBufferPointer { types in
          var row = 0
          for sequence in sequences {
            for (position, id) in sequence.enumerated() {
              let out = hidden + row * h
              let word = words.baseAddress! + Int(id) * h
              let place = positions.baseAddress! + position * h
              for j in 0..<h { out[j] = word[j] + place[j] + types[j] }
              row += 1
            }
          }
        }
      }
    }
    weights.embeddingNormGamma.withUnsafeBufferPointer { gamma in
      weights.embeddingNormBeta.withUnsafeBufferPointer { beta in
        TransformerKernels.layerNorm(
          hidden, rows: sequences.reduce(0) { $0 + $1.count }, width: h, gamma: gamma.baseAddress!,
          beta: beta.baseAddress!, epsilon: configuration.layerNormEpsilon)
      }
    }
  }

  /// Mean of each sequence's token rows (all of them are real tokens), then L2 normalisation.
  private func pool(
    _ sequences: ArraySlice<[Int32]>, from hidden: UnsafePointer<Float>,
    into output: UnsafeMutablePointer<Float>
  ) {
    let h = configuration.hiddenSize
    var start = 0
    for (index, sequence) in sequences.enumerated() {
      let out = output + index * h
      out.initialize(repeating: 0, count: h)
      for t in start..<start + sequence.count {
        let row = hidden + t * h
        for j in 0..<h { out[j] += row[j] }
      }
      var norm: Float = 0
      for j in 0..<h { norm += out[j] * out[j] }
      // Mean pooling then normalising equals normalising the sum; guard the all-zero case.
      let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
      for j in 0..<h { out[j] *= inverse }
      start += sequence.count
    }
  }
}
