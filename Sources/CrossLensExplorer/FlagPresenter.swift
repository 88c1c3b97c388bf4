import CrossLensCore
import TerminalKit

/// The flags overlay: one line per flag, newest last.
public enum FlagPresenter {
  public static func lines(flags: [Flag], dataset: Dataset) -> [Line] {
    guard !flags.isEmpty else { return [Line("no flags yet: f on a recommendation row", .dimmed)] }
    return flags.map { flag in
      let title =
        dataset.itemIndexByID[flag.itemID].map { dataset.items[Int($0)].title } ?? flag.itemID
      return Line([
        Span(String(flag.created.prefix(16)) + "  ", .dimmed),
        Span(flag.userID + "  ", .accent), Span(title + "  "), Span("“" + flag.note + "”"),
        Span(
          "  λ " + NumberFormat.fixed(flag.parameters.lambda, decimals: 2) + " τ "
            + NumberFormat.fixed(flag.parameters.tau, decimals: 2), .dimmed),
      ])
    }
  }
}
