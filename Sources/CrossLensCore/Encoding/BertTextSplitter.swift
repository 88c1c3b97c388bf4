import Foundation

/// The text side of BERT's uncased tokenizer, before WordPiece: it cleans, lower-cases and
/// strips accents, isolates CJK characters and punctuation, and splits on white space — the
/// steps of Hugging Face's `BertNormalizer` + `BertPreTokenizer`, in their order.
public enum BertTextSplitter {
  /// The words of `text` in order, each a run of scalars to feed WordPiece.
  ///
  /// - Complexity: O(n) in the text's scalars.
  public static func words(_ text: String) -> [String] {
    let normalized = normalize(text)
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    for scalar in normalized.unicodeScalars {
      if scalar == " " {
        flush()
      } else if isPunctuation(scalar) {
        flush()
        words.append(String(scalar))
      } else {
        current.append(scalar)
      }
    }
    flush()
    return words
  }

  /// Cleaning (control characters dropped, all white space to a space), spaces around CJK
  /// ideographs, NFD accent stripping, lower-casing.
  public static func normalize(_ text: String) -> String {
    var cleaned = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value == 0 || scalar.value == 0xFFFD || isControl(scalar) { continue }
      if isWhitespace(scalar) {
        cleaned.append(" ")
      } else if isCJK(scalar) {
        cleaned.append(" ")
        cleaned.append(scalar)
        cleaned.append(" ")
      } else {
        cleaned.append(scalar)
      }
    }
    var result = String.UnicodeScalarView()
    for scalar in String(cleaned).decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      if scalar.properties.changesWhenLowercased {
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Tab, newline and carriage return count as white space, not control.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
  }

  /// Any "other" category (Cc, Cf, Cs, Co, Cn) except tab, newline and carriage return: the
  /// wide definition of the original BERT tokenizer.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "\t" || scalar == "\n" || scalar == "\r" { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned: return true
    default: return false
    }
  }

  /// ASCII punctuation (which includes symbols such as `$+<=>^`|~`) or any Unicode P* category.
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v)
      || (123...126).contains(v)
    {
      return true
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }

  /// The CJK Unified Ideograph blocks BERT isolates (not Hangul, Hiragana or Katakana).
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
      0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      return true
    default: return false
    }
  }
}
