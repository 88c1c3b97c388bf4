/// Reads numbers from the raw bytes of a field without going through `String` in the common
/// case of a plain integer.
enum NumberParsing {
  /// The field as a `Double`: `nil` when it is not a number at all. Infinities and NaN are
  /// returned as such, for the caller to reject with a precise message.
  ///
  /// - Complexity: O(field length).
  static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    let n = bytes.count
    guard n > 0 else { return nil }
    var i = 0
    var negative = false
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      i = 1
    }
    // Integers of up to 15 digits are exact in a Double.
    if n - i > 0 && n - i <= 15 {
      var value: Int64 = 0
      var allDigits = true
      while i < n {
        let digit = bytes[i] &- UInt8(ascii: "0")
        if digit > 9 {
          allDigits = false
          break
        }
        value = value * 10 + Int64(digit)
        i += 1
      }
      if allDigits { return Double(negative ? -value : value) }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    // `Double(_:)` accepts hexadecimal floats; data files mean decimal.
    if text.contains(where: { $0 == "x" || $0 == "X" }) { return nil }
    return Double(text)
  }
}
