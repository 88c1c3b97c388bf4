import CrossLensCore
import TerminalKit

/// Rows of the history pane: when (date or position), title, value.
public enum HistoryPresenter {
  /// One interaction: `2024-03-01  Title …  ★4.0` (position `#13` when the data has no clock).
  public static func line(_ x: Interaction, dataset: Dataset, width: Int) -> Line {
    let when: String
    switch (dataset.timeKind, x.time) {
    case (.timestamp, let t?): when = date(fromUnixSeconds: t)
    case (.position, let t?): when = "#" + String(Int(t))
    default: when = ""
    }
    let whenWidth = dataset.timeKind == .timestamp ? 10 : 6
    let title = dataset.items[Int(x.item)].title
    let whenSpan = Span(Text.fit(when, width: whenWidth, alignment: .right) + "  ", .dimmed)
    // Without a value (data with none, as Food–Kitchen) the title takes its columns too.
    guard let value = x.value else {
      return Line([whenSpan, Span(Text.fit(title, width: max(1, width - whenWidth - 2)))])
    }
    return Line([
      whenSpan, Span(Text.fit(title, width: max(1, width - whenWidth - 8))),
      Span(
        " " + Text.fit("★" + NumberFormat.fixed(value, decimals: 1), width: 5, alignment: .right),
        .accent),
    ])
  }

  /// The domain tabs with each domain's count for the user: `[Books 12] Movies 3 Music 0`.
  public static func tabTitles(directory: UserDirectory, user: Int32?) -> [String] {
    directory.dataset.domains.enumerated().map { d, name in
      name + (user.map { " " + String(directory.count(user: $0, domain: d)) } ?? "")
    }
  }

  /// Column ranges of the tabs as drawn in `rect` (for mouse clicks).
  static func tabRanges(
    directory: UserDirectory, user: Int32?, rect: Rect, selected: Int
  ) -> [Range<Int>] {
    var screen = Screen(size: Size(width: rect.maxX, height: rect.maxY))
    return Tabs.draw(
      into: &screen, rect: rect, titles: tabTitles(directory: directory, user: user),
      selected: selected, theme: .monochrome)
  }

  /// `yyyy-mm-dd hh:mm:ss` (UTC) for a Unix time.
  public static func dateTime(fromUnixSeconds seconds: Double) -> String {
    let daySeconds = Int(seconds - (seconds / 86_400).rounded(.down) * 86_400)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return date(fromUnixSeconds: seconds) + " " + two(daySeconds / 3600) + ":"
      + two(daySeconds / 60 % 60) + ":" + two(daySeconds % 60)
  }

  /// `yyyy-mm-dd` (UTC) for a Unix time, by the civil-from-days algorithm (no Foundation).
  public static func date(fromUnixSeconds seconds: Double) -> String {
    let days = Int((seconds / 86_400).rounded(.down))
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }
}
