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

  /// The value as shown: two decimals for λ and τ, one for weights, whole for k.
  public static func valueText(_ slider: SliderKind, parameters: RankingParameters) -> String {
    let v = slider.value(in: parameters)
    switch slider {
    case .lambda, .tau: return NumberFormat.fixed(v, decimals: 2)
    case .weight: return NumberFormat.fixed(v, decimals: 1)
    case .k: return String(Int(v))
    }
  }

  /// Lays the sliders out left to right in `width` columns; λ and τ get tracks (8 cells wide
  /// from 110 columns, else 5).
  public static func regions(
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
    var spans: [Span] = [Span(" ")]
    var x = 1
    for region in regions(sliders: sliders, parameters: parameters, width: width) {
      spans.append(Span(String(repeating: " ", count: max(0, region.columns.lowerBound - x))))
      let role: Role = region.slider == focused ? (paneFocused ? .selected : .accent) : .normal
      spans.append(Span(region.text, role))
      x = region.columns.upperBound
    }
    return Line(spans)
  }
}
