import CrossLensCore
import TerminalKit

/// Rows of the recommendations table: rank, Δ, title, score, sim, a bar per component,
/// penalty, and with a penalty (λ > 0) the final score the rows are ordered by. Filtered rows
/// carry `.dimmed` emphasis and `–` for a rank.
public enum RecommendationPresenter {
  /// A short column label per component name (`item-knn` → `kNN`).
  public static func label(forComponent name: String) -> String {
    let known: [String: String] = [
      "item-knn": "kNN", "als-joint": "ALS", "als": "ALS", "als-target": "ALSt",
      "semantic": "sem", "semantic-bridge": "br", "svd": "SVD", "popularity": "pop",
    ]
    return known[name] ?? String(name.prefix(4))
  }

  /// The narrowest the title column may get before the bars fold into one column.
  static let minimumTitleWidth = 16

  /// The table for `componentNames` in `width` columns: fixed columns around one flexible title
  /// column; one bar column per component, or, when that leaves the title too narrow, one
  /// column of bars side by side headed by the components' initials (`pkAASsb`). The penalty
  /// and the final score (score − penalty, the order of the rows) follow while λ > 0; at λ = 0
  /// both are the score's, so they are left out.
  ///
  /// Score, penalty and final share one format (two places, six columns), so the row's
  /// arithmetic can be checked on screen; sim has three places, enough to tell it from τ.
  public static func table(componentNames: [String], width: Int, showsFinal: Bool = false)
    -> Table
  {
    let head: [Table.Column] = [
      .init("#", width: 2, alignment: .right), .init("Δ", width: 3),
      .init("title", width: nil), .init("score", width: 6, alignment: .right),
      .init("sim", width: 5, alignment: .right),
    ]
    let tail: [Table.Column] =
      showsFinal
      ? [.init("pen", width: 6, alignment: .right), .init("final", width: 6, alignment: .right)]
      : []
    let wide = componentNames.map { name -> Table.Column in
      let label = label(forComponent: name)
      return .init(label, width: max(3, DisplayWidth.of(label)), alignment: .center)
    }
    let full = Table(columns: head + wide + tail)
    guard full.widths(totalWidth: width)[2] < minimumTitleWidth else { return full }
    let initials = String(componentNames.map { label(forComponent: $0).first ?? "?" })
    return Table(columns: head + [.init(initials, width: max(3, componentNames.count))] + tail)
  }

  /// True when one bar column per component would leave the title under its minimum width.
  static func isCompact(componentNames: [String], width: Int, showsFinal: Bool = false) -> Bool {
    table(componentNames: componentNames, width: width, showsFinal: showsFinal).columns.count
      != 5 + componentNames.count + (showsFinal ? 2 : 0)
  }

  /// The largest |contribution| per component over `rows`: the full height of its bars.
  public static func barScales(rows: [RecommendationRow], componentNames: [String]) -> [Float] {
    componentNames.map { name in
      rows.reduce(Float(0)) { max($0, abs($1.contributions[name] ?? 0)) }
    }
  }

  /// One row's cells in table order.
  public static func cells(
    _ row: RecommendationRow, change: RankChange?, dataset: Dataset, componentNames: [String],
    scales: [Float], compact: Bool = false, showsFinal: Bool = false
  ) -> [String] {
    var cells = [
      row.filteredReason == nil ? String(row.rank) : "–",
      row.filteredReason == nil ? (change?.mark ?? "") : "τ",
      dataset.items[Int(row.item)].title,
      NumberFormat.fixed(row.score, decimals: 2),
      NumberFormat.unit(row.sim, decimals: 3),
    ]
    let bars = zip(componentNames, scales).map { name, scale -> String in
      let value = row.contributions[name] ?? 0
      return value < 0 ? "-" : String(Bars.glyph(Double(value), maximum: Double(scale)))
    }
    if compact { cells.append(bars.joined()) } else { cells += bars }
    if showsFinal {
      cells.append(NumberFormat.fixed(-row.penalty, decimals: 2))
      cells.append(NumberFormat.fixed(row.finalScore, decimals: 2))
    }
    return cells
  }

  /// Every visible row as a `Line` `width` columns wide.
  public static func lines(
    context: RecommendationContext, dataset: Dataset, componentNames: [String], width: Int
  ) -> [Line] {
    let showsFinal = context.showsFinal
    let table = table(componentNames: componentNames, width: width, showsFinal: showsFinal)
    let compact = isCompact(componentNames: componentNames, width: width, showsFinal: showsFinal)
    let rows = context.visibleRows
    let scales = barScales(rows: rows, componentNames: componentNames)
    return rows.map { row in
      let text = table.format(
        cells(
          row, change: context.changes[row.item], dataset: dataset,
          componentNames: componentNames, scales: scales, compact: compact,
          showsFinal: showsFinal), totalWidth: width)
      return Line([Span(text)], emphasis: row.filteredReason == nil ? nil : .dimmed)
    }
  }

  /// The divider title: `Books, Music → Movies · top 10 · 1,204 candidates · 3 of top 10 below
  /// τ · learned weights (cold)` (3 of the top 10 without τ are below it); `not ranked: …`
  /// after the candidates when every score is equal (rows in item order); the weights' note
  /// only when the whole title fits in `width`.
  public static func title(
    context: RecommendationContext, dataset: Dataset, width: Int = .max
  ) -> String {
    let sources = context.sources.map { dataset.domains[$0] }.joined(separator: ", ")
    var title = sources + " → " + dataset.domains[context.target]
    title += " · top \(context.parameters.k) · "
    title += NumberFormat.count(context.list.candidateCount) + " candidates"
    switch context.unranked {
    case .noHistory?: title += " · not ranked: no history here, every score 0"
    case .noWeightedSignal?: title += " · not ranked: no weighted component varies"
    case nil: break
    }
    if !context.list.filtered.isEmpty {
      title += " · \(context.list.filtered.count) of top \(context.parameters.k) below τ"
      if !context.showFiltered { title += " (hidden)" }
    }
    if !context.parameters.excludeSeen { title += " · seen included" }
    let noted = title + " · " + context.weightsOrigin.note
    return DisplayWidth.of(noted) <= width ? noted : title
  }
}
