extension MiniLMEncoder {
  /// `{"tokens":[…],"ids":[…],"embedding":[…]}` for one text: the word pieces fed to the model
  /// (with `[CLS]`/`[SEP]`, truncated at 256), their ids, and the normalised embedding
  /// (each value printed as the shortest decimal that reads back to the same Float).
  public func encodingJSON(for text: String) throws -> String {
    try encodingJSON(for: [text])[0]
  }

  /// One JSON object per text (see `encodingJSON(for:)`), encoded in one batched call.
  public func encodingJSON(for texts: [String]) throws -> [String] {
    let sequences = texts.map { tokenizer.encode($0, maxLength: maxSequenceLength) }
    let embeddings = try encode(tokenIDs: sequences)
    return sequences.enumerated().map { row, ids in
      let tokens = ids.map { Self.jsonString(tokenizer.tokens[Int($0)]) }
      return "{\"tokens\":[" + tokens.joined(separator: ",") + "],\"ids\":["
        + ids.map(String.init).joined(separator: ",") + "],\"embedding\":["
        + embeddings.row(row).map { "\($0)" }.joined(separator: ",") + "]}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
