/// What can go wrong while loading or running a sentence encoder.
public enum EncoderError: Error, Equatable, CustomStringConvertible {
  /// The model folder lacks a file; `hint` says how to get it.
  case missingFile(path: String, hint: String)
  /// A file exists but its content is wrong (checksum, size, shape, JSON).
  case corruptFile(path: String, reason: String, hint: String)
  /// A safetensors file that cannot be read as one.
  case malformedSafeTensors(path: String, reason: String)
  /// A `vocab.txt` that lacks a token the tokenizer needs.
  case malformedVocabulary(path: String, line: Int, reason: String)
  /// Token ids handed to the encoder that the model cannot take.
  case invalidTokens(reason: String)

  public var description: String {
    switch self {
    case .missingFile(let path, let hint):
      return "missing file \(path). \(hint)"
    case .corruptFile(let path, let reason, let hint):
      return "\(path): \(reason). \(hint)"
    case .malformedSafeTensors(let path, let reason):
      return "\(path): not a valid safetensors file: \(reason)"
    case .malformedVocabulary(let path, let line, let reason):
      return "\(path):\(line): \(reason)"
    case .invalidTokens(let reason):
      return "invalid token ids: \(reason)"
    }
  }
}
