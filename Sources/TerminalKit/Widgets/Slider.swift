#if canImport(Glibc)
  import Glibc  // rounding needs libm
#endif

/// A horizontal slider track: `━━━●──────`, the knob at the value's position in its range.
public enum Slider {
  /// The track `width` cells wide for `value` in `range` (clamped).
  ///
  /// The knob sits at cell `round(t · (width − 1))` with `t = (value − lower) / (upper − lower)`;
  /// cells left of it are `━`, right of it `─`.
  public static func track(value: Double, in range: ClosedRange<Double>, width: Int) -> String {
    guard width > 0 else { return "" }
    let knob = knobPosition(value: value, in: range, width: width)
    return String(repeating: "━", count: knob) + "●"
      + String(repeating: "─", count: width - knob - 1)
  }

  /// The knob's cell within a track `width` wide.
  public static func knobPosition(value: Double, in range: ClosedRange<Double>, width: Int) -> Int {
    guard width > 1, range.upperBound > range.lowerBound, value.isFinite else { return 0 }
    let t =
      (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound)
      / (range.upperBound - range.lowerBound)
    return Int((t * Double(width - 1)).rounded())
  }

  /// The value a click at cell `offset` of a track `width` wide selects (inverse of the knob).
  public static func value(atOffset offset: Int, in range: ClosedRange<Double>, width: Int)
    -> Double
  {
    guard width > 1 else { return range.lowerBound }
    let t = Double(min(max(0, offset), width - 1)) / Double(width - 1)
    return range.lowerBound + t * (range.upperBound - range.lowerBound)
  }
}
