import CrossLensCore
import TerminalKit

/// The explain overlay: the row's numbers, the formula with numbers filled in, and per
/// component its standardisation and the history items (by domain) behind its raw score.
public enum ExplainPresenter {
  public static func lines(_ e: Explanation, dataset: Dataset, width: Int) -> [Line] {
    let item = dataset.items[Int(e.item)]
    // The title and the row's numbers wrap: a cut number would read as another number.
    var lines: [Line] = Text.wrap(
      item.title + "  (" + dataset.domains[item.domain] + ")",
      width: width, indent: "  "
    ).map { Line($0, .title) }
    lines += Text.join(
      [
        "rank " + (e.row.rank > 0 ? NumberFormat.count(e.row.rank) : "–"),
        "score " + NumberFormat.fixed(e.row.score, decimals: 3),
        "sim " + NumberText.sim(e.row.sim, against: e.parameters.tau),
        "penalty " + NumberFormat.fixed(e.row.penalty, decimals: 3),
        "final " + NumberFormat.fixed(e.row.finalScore, decimals: 3),
      ], separator: " · ", width: width, indent: "  "
    ).map { Line($0) }
    if let reason = e.row.filteredReason { lines.append(Line("filtered: " + reason, .warning)) }
    if !e.isCandidate {
      lines.append(Line("not a candidate (already seen or another domain)", .warning))
    }
    lines.append("")
    lines.append(Line("Formula", .title))
    // Long steps (a sum over many components) wrap, indented under their first line.
    for step in e.formula {
      let leading = String(step.prefix { $0 == " " })
      lines += Text.wrap("  " + step, width: width, indent: "  " + leading + "    ").map {
        Line($0)
      }
    }
    for part in e.components {
      lines.append("")
      // The head's groups (the product, the raw statistics, the cosine) share a line when they
      // fit, else each starts its own; a group never breaks mid-number unless it alone is too
      // wide.
      var groups = [
        RecommendationPresenter.label(forComponent: part.name) + " (" + part.name + ")  w "
          + NumberText.setting(part.weight) + " × z "
          + NumberFormat.fixed(part.standardised, decimals: 3) + " = "
          + NumberFormat.fixed(part.contribution, decimals: 3),
        "raw " + NumberFormat.fixed(part.raw, decimals: 4) + " (mean "
          + NumberFormat.fixed(part.mean, decimals: 4) + ", sd "
          + NumberFormat.fixed(part.deviation, decimals: 4) + ")",
      ]
      if let cosine = part.cosine {
        groups.append("cos " + NumberFormat.fixed(cosine, decimals: 3))
      }
      let headLines = Text.join(groups, separator: "   ", width: width, indent: "    ")
      lines += headLines.map { Line($0, .accent) }
      for group in part.groups {
        lines.append(Line("  " + group.domainName, .title))
        for term in group.terms {
          lines.append(termLine(term, dataset: dataset, width: width))
        }
        // The rest of the domain's history items, under its heading.
        if group.remainderCount > 0 {
          lines.append(
            Line(
              "    + \(group.remainderCount) more history items: " + signed(group.remainder),
              .dimmed))
        }
      }
      // Under their own heading, or they would read as the last domain's.
      if !part.groups.isEmpty && !part.otherTerms.isEmpty {
        lines.append(Line("  not tied to a history item", .title))
      }
      for term in part.otherTerms { lines.append(termLine(term, dataset: dataset, width: width)) }
    }
    return lines
  }

  private static func termLine(_ term: Contribution, dataset: Dataset, width: Int) -> Line {
    let name = term.historyItem.map { dataset.items[Int($0)].title } ?? term.label
    let amount = signed(term.amount)
    let titleWidth = max(8, width - 6 - DisplayWidth.of(amount) - 2)
    return Line([
      Span("    " + Text.fit(name, width: titleWidth) + "  "),
      Span(amount, term.amount < 0 ? .negative : .positive),
    ])
  }

  /// A term of a raw score, signed and with the raw score's four places: `+0.0593`, `-0.0012`
  /// (the CLI's explain prints them the same way).
  public static func signed(_ x: Float) -> String {
    (x >= 0 ? "+" : "") + NumberFormat.fixed(x, decimals: 4)
  }

}
