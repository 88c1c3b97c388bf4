import CrossLensCore
import TerminalKit

/// The flags overlay: one line per flag, newest last; `>` and the selected style mark the
/// cursor's flag.
public enum FlagPresenter {
  public static func lines(flags: [Flag], dataset: Dataset, selected: Int? = nil) -> [Line] {
    guard !flags.isEmpty else { return [Line("no flags yet: f on a recommendation row", .dimmed)] }
    return flags.enumerated().map { n, flag in
      let marked = n == selected
      let title =
        dataset.itemIndexByID[flag.itemID].map { dataset.items[Int($0)].title } ?? flag.itemID
      return Line(
        [
          Span(marked ? "> " : "  ", marked ? .selected : .normal),
          Span(String(flag.created.prefix(16)) + "  ", .dimmed),
          Span(flag.userID + "  ", .accent), Span(title + "  "), Span("“" + flag.note + "”"),
          Span(
            (flag.domains.isEmpty ? "" : "  " + flag.domains) + "  λ "
              + NumberFormat.fixed(flag.parameters.lambda, decimals: 2) + " τ "
              + NumberFormat.fixed(flag.parameters.tau, decimals: 2) + " k \(flag.parameters.k)"
              + "  " + Self.weights(flag.parameters), .dimmed),
        ], emphasis: marked ? .selected : nil)
    }
  }

  /// The non-zero weights, `kNN 0.50 br 1.00`.
  static func weights(_ parameters: RankingParameters) -> String {
    parameters.weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
      RecommendationPresenter.label(forComponent: $0.key) + " "
        + NumberFormat.fixed($0.value, decimals: 2)
    }.joined(separator: " ")
  }
}
