import Foundation

/// How numbers are written on screen and in exports (README "Numbers shown").
public enum NumberFormat {
  /// `x` rounded to `decimals` places: `2.41`, `-0.04`; `nan`/`inf` spelled out.
  public static func fixed(_ x: Double, decimals: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    let scale = pow(10, Double(decimals))
    let scaled = (abs(x) * scale).rounded()
    // Past Int's range the digits are printed by C (they are no longer exact anyway).
    guard scaled < 9e18 else { return String(format: "%.\(max(0, decimals))f", x) }
    let negative = x < 0 && scaled > 0
    let whole = Int(scaled / scale)
    let fraction = Int(scaled.truncatingRemainder(dividingBy: scale))
    var text = (negative ? "-" : "") + String(whole)
    if decimals > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return text
  }

  /// `fixed(_:decimals:)` for a `Float`.
  public static func fixed(_ x: Float, decimals: Int) -> String {
    fixed(Double(x), decimals: decimals)
  }

  /// A value in (-1, 1) without its leading zero, two places (or `decimals`): `.63`, `-.12`,
  /// `1.00`; the explorer's sim column takes three (`.097`).
  public static func unit(_ x: Float, decimals: Int = 2) -> String {
    let text = fixed(Double(x), decimals: decimals)
    if text.hasPrefix("0.") { return String(text.dropFirst()) }
    if text.hasPrefix("-0.") { return "-" + text.dropFirst(2) }
    return text
  }

  /// A count with thousands separators: `53,060`.
  public static func count(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// A fraction as a percentage with `significantDigits` significant digits, trailing zeros
  /// kept so that every value shows the same precision: `4.80%`, `5.07%`, `0.0312%`, `50.0%`;
  /// `0%` and `100%` exactly.
  public static func percent(_ fraction: Double, significantDigits: Int = 3) -> String {
    let value = fraction * 100
    guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) + "%" }
    let magnitude = Int(log10(abs(value)).rounded(.down))
    var decimals = max(0, significantDigits - 1 - magnitude)
    // Rounding can carry into the next power of ten (9.996 → 10.00): one place fewer then.
    let scale = pow(10, Double(decimals))
    if decimals > 0, (abs(value) * scale).rounded() / scale >= pow(10, Double(magnitude + 1)) {
      decimals -= 1
    }
    return fixed(value, decimals: decimals) + "%"
  }
}
