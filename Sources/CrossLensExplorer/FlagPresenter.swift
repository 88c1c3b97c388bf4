import CrossLensCore
import TerminalKit

/// The flags overlay, newest last: per flag, who and what; the note; then (dimmed) the request
/// to reproduce it: domains and settings. Each part wraps within the page at its spaces (only
/// a word wider than the page is cut, with `…`); `>` and the selected style mark the cursor's
/// flag.
public enum FlagPresenter {
  /// The overlay's lines, and for each flag the index of its last line (the overlay keeps the
  /// cursor's flag in view by it).
  public struct Page: Sendable {
    public var lines: [Line]
    public var lastLine: [Int]
  }

  /// Continuation lines start under the user id.
  static let indent = String(repeating: " ", count: 20)

  public static func page(flags: [Flag], dataset: Dataset, selected: Int? = nil, width: Int)
    -> Page
  {
    guard !flags.isEmpty else {
      return Page(lines: [Line("no flags yet: f on a recommendation row", .dimmed)], lastLine: [])
    }
    var lines: [Line] = []
    var lastLine: [Int] = []
    for (n, flag) in flags.enumerated() {
      let marked = n == selected
      let title =
        dataset.itemIndexByID[flag.itemID].map { dataset.items[Int($0)].title } ?? flag.itemID
      // A no-break space holds a group together and keeps the two-column gaps through the
      // wrap (which breaks at, and collapses, plain spaces); it prints as a space.
      let head =
        (marked ? "> " : "  ")
        + String(flag.created.prefix(16)).replacingOccurrences(of: " ", with: "\u{A0}") + " \u{A0}"
        + flag.userID + " \u{A0}" + title
      for (k, text) in wrap(head, width: width).enumerated() {
        lines.append(
          Line(
            k == 0 && marked
              ? [Span("> ", .selected), Span(String(text.dropFirst(2)))]
              : [
                Span(text)
              ], emphasis: marked ? .selected : nil))
      }
      for text in wrap(indent + "“" + flag.note + "”", width: width) {
        lines.append(Line(text, marked ? .selected : .normal))
      }
      // Each setting kept whole; two columns between the domains, λ τ k, and the weights.
      let settings = [
        flag.domains,
        [
          "λ\u{A0}" + NumberText.setting(flag.parameters.lambda),
          "τ\u{A0}" + NumberText.setting(flag.parameters.tau), "k\u{A0}\(flag.parameters.k)",
        ].joined(separator: " "),
        weights(flag.parameters).joined(separator: " "),
      ].filter { !$0.isEmpty }.joined(separator: " \u{A0}")
      for text in wrap(indent + settings, width: width) {
        lines.append(Line(text, .dimmed))
      }
      lastLine.append(lines.count - 1)
    }
    return Page(lines: lines, lastLine: lastLine)
  }

  /// `text` wrapped under `indent`, its no-break spaces printed as spaces (a continuation
  /// line does not start with one).
  static func wrap(_ text: String, width: Int) -> [String] {
    Text.wrap(text, width: width, indent: indent).enumerated().map { k, line in
      let start =
        k > 0 && line.hasPrefix(indent + "\u{A0}")
        ? indent + line.dropFirst(indent.count + 1) : line
      return start.replacingOccurrences(of: "\u{A0}", with: " ")
    }
  }

  /// The non-zero weights, `kNN 0.50`, `br 1.00`, by component name.
  static func weights(_ parameters: RankingParameters) -> [String] {
    parameters.weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
      RecommendationPresenter.label(forComponent: $0.key) + "\u{A0}"
        + NumberText.setting($0.value)
    }
  }
}
