import Foundation

/// The hyper-parameters of a BERT encoder, as in the model's `config.json`.
public struct BertConfiguration: Sendable, Equatable, Decodable {
  public var hiddenSize: Int
  public var layerCount: Int
  public var headCount: Int
  public var intermediateSize: Int
  public var vocabularySize: Int
  public var maxPositions: Int
  public var typeVocabularySize: Int
  public var layerNormEpsilon: Float
  public var hiddenActivation: String

  enum CodingKeys: String, CodingKey {
    case hiddenSize = "hidden_size"
    case layerCount = "num_hidden_layers"
    case headCount = "num_attention_heads"
    case intermediateSize = "intermediate_size"
    case vocabularySize = "vocab_size"
    case maxPositions = "max_position_embeddings"
    case typeVocabularySize = "type_vocab_size"
    case layerNormEpsilon = "layer_norm_eps"
    case hiddenActivation = "hidden_act"
  }

  /// Reads and checks `config.json`: positive sizes, heads dividing the hidden size, GELU.
  public init(contentsOf path: String) throws {
    let hint = "Fetch the model again (scripts/fetch-model.sh)."
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EncoderError.missingFile(path: path, hint: hint)
    }
    do {
      self = try JSONDecoder().decode(BertConfiguration.self, from: data)
    } catch {
      throw EncoderError.corruptFile(path: path, reason: "not a BERT config (\(error))", hint: hint)
    }
    let sizes = [hiddenSize, layerCount, headCount, intermediateSize, vocabularySize, maxPositions]
    guard sizes.allSatisfy({ $0 > 0 }), typeVocabularySize > 0, hiddenSize % headCount == 0 else {
      throw EncoderError.corruptFile(
        path: path, reason: "sizes must be positive and heads must divide hidden_size", hint: hint)
    }
    guard hiddenActivation == "gelu" else {
      throw EncoderError.corruptFile(
        path: path, reason: "hidden_act \(hiddenActivation) is not supported (only gelu)",
        hint: hint)
    }
  }
}
