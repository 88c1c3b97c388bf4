import CrossLensCore
import TerminalKit

/// The flags overlay: two lines per flag, newest last — who, what and the note, then (dimmed,
/// indented) the request to reproduce it: domains and settings; `>` and the selected style
/// mark the cursor's flag.
public enum FlagPresenter {
  /// Lines per flag (the overlay keeps the cursor's flag in view by it).
  public static let linesPerFlag = 2

  public static func lines(flags: [Flag], dataset: Dataset, selected: Int? = nil) -> [Line] {
    guard !flags.isEmpty else { return [Line("no flags yet: f on a recommendation row", .dimmed)] }
    return flags.enumerated().flatMap { n, flag in
      let marked = n == selected
      let title =
        dataset.itemIndexByID[flag.itemID].map { dataset.items[Int($0)].title } ?? flag.itemID
      let settings =
        (flag.domains.isEmpty ? "" : flag.domains + "  ") + "λ "
        + NumberText.setting(flag.parameters.lambda) + " τ "
        + NumberText.setting(flag.parameters.tau) + " k \(flag.parameters.k)  "
        + Self.weights(flag.parameters)
      return [
        Line(
          [
            Span(marked ? "> " : "  ", marked ? .selected : .normal),
            Span(String(flag.created.prefix(16)) + "  ", .dimmed),
            Span(flag.userID + "  ", .accent), Span(title + "  "), Span("“" + flag.note + "”"),
          ], emphasis: marked ? .selected : nil),
        Line("                    " + settings, .dimmed),
      ]
    }
  }

  /// The non-zero weights, `kNN 0.50 br 1.00`.
  static func weights(_ parameters: RankingParameters) -> String {
    parameters.weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
      RecommendationPresenter.label(forComponent: $0.key) + " "
        + NumberText.setting($0.value)
    }.joined(separator: " ")
  }
}
