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
  /// set: `Users 534/2,000 /u1 · cold in Music · by activity`. Within `width` columns the
  /// parts give way least telling first — the sort, the word `Users`, the total, the count —
  /// so the filter and the search stay readable: `5,472/53,061 · group Grocery`.
  public static func title(
    context: UserListContext, total: Int, searching: Bool, domains: [String],
    width: Int = .max
  ) -> String {
    let shown = NumberFormat.count(context.visible.count)
    let all = context.visible.count != total ? "/" + NumberFormat.count(total) : ""
    var rest = ""
    if !context.query.isEmpty || searching { rest += " /" + context.query }
    if context.filter != .all { rest += " · " + context.filter.label(domains: domains) }
    let sort = " · " + context.sort.label
    var candidates = [
      "Users " + shown + all + rest + sort, "Users " + shown + all + rest, shown + all + rest,
      shown + rest,
    ]
    // Last, the filter and the search alone (`c` and the status line give the count).
    if !rest.isEmpty { candidates.append(String(rest.drop { $0 == " " || $0 == "·" })) }
    return candidates.first { DisplayWidth.of($0) <= width } ?? candidates[candidates.count - 1]
  }
}
