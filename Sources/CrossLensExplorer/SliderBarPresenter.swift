import CrossLensCore
import TerminalKit

/// The status line of sliders: `λ 0.20 ━━●──── τ 0.10 ━●──── kNN 1.0 ALS 0.8 … k 10`.
public enum SliderBarPresenter {
  /// Where one slider sits in the line: its columns and, for λ and τ, its track's columns.
  public struct Region: Sendable, Equatable {
    public var slider: Int
    public var columns: Range<Int>
    public var track: Range<Int>?
    public var text: String
  }

  public static func label(_ slider: SliderKind) -> String {
    switch slider {
    case .lambda: return "λ"
    case .tau: return "τ"
    case .k: return "k"
    case .weight(let name): return RecommendationPresenter.label(forComponent: name)
    }
  }

  /// The value as shown: λ, τ and weights as settings (two places, three when it takes them:
  /// a learned 0.025 must not read as 0.03), whole for k.
  public static func valueText(_ slider: SliderKind, parameters: RankingParameters) -> String {
    let v = slider.value(in: parameters)
    switch slider {
    case .lambda, .tau, .weight: return NumberText.setting(Float(v))
    case .k: return String(Int(v))
    }
  }

  /// `value` as the slider shows it, clamped to its range: `2.00`, `50`.
  public static func text(_ slider: SliderKind, value: Double) -> String {
    valueText(slider, parameters: slider.setting(RankingParameters(), to: value))
  }

  /// The slider's range as its values are shown: `[0.00, 2.00]`, `[1, 50]`.
  public static func rangeText(_ slider: SliderKind) -> String {
    "[\(text(slider, value: slider.range.lowerBound)), \(text(slider, value: slider.range.upperBound))]"
  }

  /// Lays the sliders out left to right in `width` columns; λ and τ get tracks (8 cells wide
  /// from 110 columns, else 5). When they do not all fit, the sliders after λ and τ scroll so
  /// the focused one is whole, and λ and τ stay put: they are what an analyst watches while
  /// moving a weight. Sliders cut at either edge are left out; `line` marks each gap with `…`.
  /// On a line too narrow for λ, τ and the focused slider together, the whole line scrolls.
  public static func regions(
    sliders: [SliderKind], parameters: RankingParameters, width: Int, focused: Int = 0
  ) -> [Region] {
    let all = unscrolledRegions(sliders: sliders, parameters: parameters, width: width)
    guard let last = all.last, last.columns.upperBound > width - 1,
      all.indices.contains(focused)
    else { return all }
    let pinned = sliders.prefix { $0 == .lambda || $0 == .tau }.count
    if focused >= pinned, pinned > 0,
      let kept = scrolled(all, keeping: pinned, focused: focused, width: width)
    {
      return kept
    }
    return scrolled(all, keeping: 0, focused: focused, width: width) ?? all
  }

  /// `all` with the first `keeping` regions in place and the rest moved left by whole sliders
  /// until `focused` fits (a gap of three columns holds the `…`); nil when it cannot while
  /// keeping any.
  private static func scrolled(
    _ all: [Region], keeping: Int, focused: Int, width: Int
  ) -> [Region]? {
    let origin = keeping == 0 ? 2 : all[keeping - 1].columns.upperBound + 3
    for first in keeping...focused {
      let shift = first == keeping ? 0 : all[first].columns.lowerBound - origin
      let fits = all[focused].columns.upperBound - shift <= width - 2
      // Scrolling the whole line ends at the focused slider first, fitting or not.
      guard fits || (keeping == 0 && first == focused) else { continue }
      let lowest = shift == 0 ? 1 : origin
      return all.enumerated().compactMap { index, region in
        guard index >= keeping else { return region }
        let start = region.columns.lowerBound - shift
        let end = region.columns.upperBound - shift
        guard start >= lowest, end <= width - 2 else { return nil }
        var moved = region
        moved.columns = start..<end
        moved.track = region.track.map { ($0.lowerBound - shift)..<($0.upperBound - shift) }
        return moved
      }
    }
    return nil
  }

  private static func unscrolledRegions(
    sliders: [SliderKind], parameters: RankingParameters, width: Int
  ) -> [Region] {
    let trackWidth = width >= 110 ? 8 : 5
    var regions: [Region] = []
    var x = 1
    for (index, slider) in sliders.enumerated() {
      var text = label(slider) + " " + valueText(slider, parameters: parameters)
      var track: Range<Int>?
      switch slider {
      case .lambda, .tau:
        let start = x + DisplayWidth.of(text) + 1
        text +=
          " "
          + Slider.track(
            value: slider.value(in: parameters), in: slider.range, width: trackWidth)
        track = start..<start + trackWidth
      default: break
      }
      let textWidth = DisplayWidth.of(text)
      regions.append(Region(slider: index, columns: x..<x + textWidth, track: track, text: text))
      x += textWidth + 2
    }
    return regions
  }

  /// The line, the focused slider in the `.selected` role when the sliders pane has focus
  /// (else `.accent`).
  public static func line(
    sliders: [SliderKind], parameters: RankingParameters, focused: Int, paneFocused: Bool,
    width: Int
  ) -> Line {
    let shown = regions(sliders: sliders, parameters: parameters, width: width, focused: focused)
    var spans: [Span] = [Span(shown.first?.slider ?? 0 > 0 ? "…" : " ")]
    var x = 1
    var previous = shown.first.map { $0.slider - 1 } ?? -1
    for region in shown {
      let gap = max(0, region.columns.lowerBound - x)
      // Sliders scrolled out between λ/τ and the rest: `…` in the gap's middle column.
      spans.append(
        Span(
          region.slider > previous + 1 && gap >= 3
            ? " …" + String(repeating: " ", count: gap - 2)
            : String(repeating: " ", count: gap)))
      previous = region.slider
      let role: Role = region.slider == focused ? (paneFocused ? .selected : .accent) : .normal
      spans.append(Span(region.text, role))
      x = region.columns.upperBound
    }
    if let last = shown.last, last.slider < sliders.count - 1 {
      spans.append(Span(String(repeating: " ", count: max(0, width - 1 - x)) + "…"))
    }
    return Line(spans)
  }
}
