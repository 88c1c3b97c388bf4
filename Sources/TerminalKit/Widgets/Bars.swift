#if canImport(Glibc)
  import Glibc  // rounding needs libm
#endif

/// Eighth-block bar glyphs and sparklines.
public enum Bars {
  /// The eight block heights, lowest first.
  public static let glyphs: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The glyph for `value` in `0...maximum`: `·` for zero or less (or a non-finite value),
  /// else `▁`…`█` by eighths, rounding up so any positive value shows.
  public static func glyph(_ value: Double, maximum: Double) -> Character {
    guard value.isFinite, maximum > 0, value > 0 else { return "·" }
    let eighths = Int((min(value, maximum) / maximum * 8).rounded(.up))
    return glyphs[min(max(eighths, 1), 8) - 1]
  }

  /// A sparkline of `values` scaled between their minimum and maximum (`▁` lowest, `█`
  /// highest; all `▄` when they are equal). Non-finite values show as a space.
  public static func sparkline(_ values: [Double]) -> String {
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else {
      return String(repeating: " ", count: values.count)
    }
    return String(
      values.map { value -> Character in
        guard value.isFinite else { return " " }
        guard high > low else { return "▄" }
        let index = Int(((value - low) / (high - low) * 7).rounded())
        return glyphs[min(max(index, 0), 7)]
      })
  }
}
