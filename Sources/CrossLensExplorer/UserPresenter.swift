import CrossLensCore
import TerminalKit

/// Rows of the users pane: id, per-domain counts, and a cold badge when the user has no
/// history in the target domain.
public enum UserPresenter {
  /// One row, `width` columns: `o4812   G 14  K  0  ◆cold`.
  public static func line(
    user: Int32, directory: UserDirectory, target: Int?, width: Int
  ) -> Line {
    let counts = (0..<directory.domainCount).map { directory.count(user: user, domain: $0) }
    let countText = zip(directory.domainLabels, counts).map { label, n in
      label + Text.fit(String(n), width: directory.countDigits + 1, alignment: .right)
    }.joined(separator: " ")
    let isCold = target.map { counts.indices.contains($0) && counts[$0] == 0 } ?? false
    let badge = isCold ? (width >= 34 ? " ◆cold" : " ◆") : ""
    let idWidth = max(4, width - 1 - DisplayWidth.of(countText) - (width >= 34 ? 6 : 2))
    let id = Text.fit(directory.dataset.users[Int(user)].id, width: idWidth)
    return Line([
      Span(id + " "), Span(countText, .normal), Span(badge, .warning),
    ])
  }

  /// The pane title: `Users 53,060 · by activity`, with the search text and the filter when
  /// set: `Users 534/2,000 /u1 · cold in Music · by activity`.
  public static func title(
    context: UserListContext, total: Int, searching: Bool, domains: [String]
  ) -> String {
    var title = "Users " + NumberFormat.count(context.visible.count)
    if context.visible.count != total { title += "/" + NumberFormat.count(total) }
    if !context.query.isEmpty || searching { title += " /" + context.query }
    if context.filter != .all { title += " · " + context.filter.label(domains: domains) }
    return title + " · " + context.sort.label
  }
}
