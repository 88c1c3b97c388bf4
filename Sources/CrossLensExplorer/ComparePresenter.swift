import CrossLensCore
import TerminalKit

/// The compare overlay: the pinned list and the current one side by side; each current row
/// is marked with its move against the pin (`↑2`, `↓1`, `new`), each pinned row that left
/// the list with `out`.
public enum ComparePresenter {
  /// - Parameter labels: what each side is for (see `labels(pinned:current:dataset:)`).
  public static func lines(
    pinned: RecommendationList, current: RecommendationList, dataset: Dataset, width: Int,
    labels: (pinned: String, current: String) = ("pinned", "now")
  ) -> [Line] {
    let half = halfWidth(width)
    let titleWidth = half - 9
    var pinnedRank: [Int32: Int] = [:]
    for row in pinned.rows { pinnedRank[row.item] = row.rank }
    let currentItems = Set(current.rows.map(\.item))
    let pinnedHeading = headingLines(labels.pinned, width: half)
    let currentHeading = headingLines(labels.current, width: half)
    var lines: [Line] = (0..<max(pinnedHeading.count, currentHeading.count)).map { i in
      Line(
        Text.fit(i < pinnedHeading.count ? pinnedHeading[i] : "", width: half) + " │ "
          + Text.fit(i < currentHeading.count ? currentHeading[i] : "", width: half),
        .title)
    }
    for i in 0..<max(pinned.rows.count, current.rows.count) {
      var left = ""
      var leftRole: Role = .normal
      if i < pinned.rows.count {
        let row = pinned.rows[i]
        let gone = !currentItems.contains(row.item)
        left =
          Text.fit(String(row.rank), width: 2, alignment: .right) + " "
          + Text.fit(gone ? "out" : "", width: 4) + " "
          + Text.fit(dataset.items[Int(row.item)].title, width: titleWidth)
        if gone { leftRole = .dimmed }
      }
      var right = ""
      if i < current.rows.count {
        let row = current.rows[i]
        let change = RankChange(previous: pinnedRank[row.item], current: row.rank)
        right =
          Text.fit(String(row.rank), width: 2, alignment: .right) + " "
          + Text.fit(change.mark, width: 4) + " "
          + Text.fit(dataset.items[Int(row.item)].title, width: titleWidth)
      }
      lines.append(
        Line([Span(Text.fit(left, width: half), leftRole), Span(" │ "), Span(right)]))
    }
    return lines
  }

  /// Each side's columns in a page `width` wide.
  static func halfWidth(_ width: Int) -> Int { max(10, (width - 3) / 2) }

  /// How many lines the headings take at the top of `lines` (they stay when the rows scroll).
  public static func headingLineCount(
    labels: (pinned: String, current: String), width: Int
  ) -> Int {
    max(
      headingLines(labels.pinned, width: halfWidth(width)).count,
      headingLines(labels.current, width: halfWidth(width)).count)
  }

  /// A heading broken at its ` · ` separators into lines of at most `width` columns, so a
  /// narrow overlay shows every part.
  static func headingLines(_ heading: String, width: Int) -> [String] {
    Text.join(
      heading.components(separatedBy: " · "), separator: " · ", width: width, indent: "  ")
  }

  /// The sides' headings: `pinned: u0729 · k 10 · λ 0.00 · τ -1.00` and `now: u0729 · k 10 ·
  /// λ 0.50 · τ -1.00 · weights changed` (the weights are named only when they differ from the
  /// pin's).
  public static func labels(
    pinned: (user: Int32?, parameters: RankingParameters),
    current: (user: Int32?, parameters: RankingParameters), dataset: Dataset
  ) -> (pinned: String, current: String) {
    func label(_ side: (user: Int32?, parameters: RankingParameters)) -> String {
      let user = side.user.map { dataset.users[Int($0)].id } ?? "no user"
      // As the sliders write them (NumberText.setting).
      return "\(user) · k \(side.parameters.k) · λ \(NumberText.setting(side.parameters.lambda))"
        + " · τ \(NumberText.setting(side.parameters.tau))"
    }
    let weightsChanged = pinned.parameters.weights != current.parameters.weights
    return (
      "pinned: " + label(pinned),
      "now: " + label(current) + (weightsChanged ? " · weights changed" : "")
    )
  }
}
