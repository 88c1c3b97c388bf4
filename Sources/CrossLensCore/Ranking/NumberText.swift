import Foundation

/// How numbers are written into explanations, reasons and settings, by the library, the CLI
/// and the explorer alike (README, "Numbers shown").
public enum NumberText {
  /// `x` rounded to `places`: `0.05`, `-1.20`.
  public static func fixed(_ x: Float, places: Int) -> String {
    // + 0 turns −0 into 0: −0.001 prints as 0.00, not -0.00.
    String(format: "%.\(places)f", rounded(x, places) + 0)
  }

  /// A setting (a weight, λ, τ): two places when they write it exactly, else as many more as
  /// it takes, up to `maxPlaces`: `0.50`, `0.025`, `0.0622`. A learned weight such as 0.025
  /// must not read as 0.03, or its products stop adding up on screen.
  public static func setting(_ x: Float, maxPlaces: Int = 3) -> String {
    fixed(x, places: settingPlaces(x, maxPlaces: maxPlaces))
  }

  static func settingPlaces(_ x: Float, maxPlaces: Int) -> Int {
    var places = 2
    while places < maxPlaces && abs(Double(x) - rounded(x, places)) > 1e-6 * max(1, abs(Double(x)))
    {
      places += 1
    }
    return places
  }

  /// A value `a` against a setting `b` (sim against τ): both with the places that write `b` as
  /// set (`setting`, up to six), and more, to six, until they differ as written (`0.047` and
  /// `0.050`, never `0.05` and `0.05`; `0.012` against `0.028`, never `0.03`); closer than that,
  /// both in full (`%.9g`, which tells any two Floats apart). Equal numbers print alike.
  public static func apart(_ a: Float, _ b: Float) -> (String, String) {
    var places = settingPlaces(b, maxPlaces: 6)
    guard a != b else { return (fixed(a, places: places), fixed(b, places: places)) }
    while places < 6 && rounded(a, places) == rounded(b, places) { places += 1 }
    guard rounded(a, places) != rounded(b, places) else {
      return (String(format: "%.9g", a), String(format: "%.9g", b))
    }
    return (fixed(a, places: places), fixed(b, places: places))
  }

  /// A row's sim: three places, as lists show it; under a threshold (τ > −1), more where three
  /// would write it as τ (`0.0276` under τ 0.028), as its filter reason does.
  public static func sim(_ sim: Float, against tau: Float) -> String {
    let plain = fixed(sim, places: 3)
    guard tau > -1 else { return plain }
    let separated = apart(sim, tau).0
    return (separated.split(separator: ".").last?.count ?? 0) > 3 ? separated : plain
  }

  static func rounded(_ x: Float, _ places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (Double(x) * scale).rounded() / scale
  }
}
