/// The parameters of a BERT encoder, copied out of a safetensors file with every shape checked
/// against the configuration. Query, key and value projections are stacked into one
/// `3·hidden × hidden` matrix so each layer needs a single sgemm for all three.
struct MiniLMWeights: Sendable {
  struct Layer: Sendable {
    /// Rows: query outputs, then key, then value; each row is one output's input weights.
    var qkvWeight: [Float]
    var qkvBias: [Float]
    var outputWeight: [Float]
    var outputBias: [Float]
    var attentionNormGamma: [Float]
    var attentionNormBeta: [Float]
    var intermediateWeight: [Float]
    var intermediateBias: [Float]
    var feedForwardWeight: [Float]
    var feedForwardBias: [Float]
    var outputNormGamma: [Float]
    var outputNormBeta: [Float]
  }

  var wordEmbeddings: [Float]
  var positionEmbeddings: [Float]
  var tokenTypeEmbeddings: [Float]
  var embeddingNormGamma: [Float]
  var embeddingNormBeta: [Float]
  var layers: [Layer]

  init(file: SafeTensorsFile, configuration c: BertConfiguration) throws {
    let h = c.hiddenSize
    let i = c.intermediateSize
    // Checkpoints saved from BertModel have bare names; from BertForX they carry a "bert." prefix.
    let prefix = file.tensors["embeddings.word_embeddings.weight"] == nil ? "bert." : ""
    func tensor(_ name: String, _ shape: [Int]) throws -> [Float] {
      try file.floats(prefix + name, shape: shape)
    }
    wordEmbeddings = try tensor("embeddings.word_embeddings.weight", [c.vocabularySize, h])
    positionEmbeddings = try tensor("embeddings.position_embeddings.weight", [c.maxPositions, h])
    tokenTypeEmbeddings = try tensor(
      "embeddings.token_type_embeddings.weight", [c.typeVocabularySize, h])
    embeddingNormGamma = try tensor("embeddings.LayerNorm.weight", [h])
    embeddingNormBeta = try tensor("embeddings.LayerNorm.bias", [h])
    layers = try (0..<c.layerCount).map { l in
      let p = "encoder.layer.\(l)."
      let qkvWeight =
        try tensor(p + "attention.self.query.weight", [h, h])
        + tensor(p + "attention.self.key.weight", [h, h])
        + tensor(p + "attention.self.value.weight", [h, h])
      let qkvBias =
        try tensor(p + "attention.self.query.bias", [h])
        + tensor(p + "attention.self.key.bias", [h])
        + tensor(p + "attention.self.value.bias", [h])
      return Layer(
        qkvWeight: qkvWeight, qkvBias: qkvBias,
        outputWeight: try tensor(p + "attention.output.dense.weight", [h, h]),
        outputBias: try tensor(p + "attention.output.dense.bias", [h]),
        attentionNormGamma: try tensor(p + "attention.output.LayerNorm.weight", [h]),
        attentionNormBeta: try tensor(p + "attention.output.LayerNorm.bias", [h]),
        intermediateWeight: try tensor(p + "intermediate.dense.weight", [i, h]),
        intermediateBias: try tensor(p + "intermediate.dense.bias", [i]),
        feedForwardWeight: try tensor(p + "output.dense.weight", [h, i]),
        feedForwardBias: try tensor(p + "output.dense.bias", [h]),
        outputNormGamma: try tensor(p + "output.LayerNorm.weight", [h]),
        outputNormBeta: try tensor(p + "output.LayerNorm.bias", [h]))
    }
  }
}
