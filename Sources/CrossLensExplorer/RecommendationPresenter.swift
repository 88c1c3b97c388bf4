import CrossLensCore
import TerminalKit

/// Rows of the recommendations table: rank, Δ, title, score, sim, a bar per component, and
/// while λ > 0 the penalty and the final score the rows are ordered by (optional columns give
/// way on narrow screens, see `columns`). Filtered rows carry `.dimmed` emphasis and `–` for a
/// rank.
public enum RecommendationPresenter {
  /// A short column label per component name (`item-knn` → `kNN`).
  public static func label(forComponent name: String) -> String {
    let known: [String: String] = [
      "item-knn": "kNN", "als-joint": "ALS", "als": "ALS", "als-target": "ALSt",
      "semantic": "sem", "semantic-bridge": "br", "svd": "SVD", "popularity": "pop",
    ]
    return known[name] ?? String(name.prefix(4))
  }

  /// The title width optional columns give way for first: a wider screen must not show less
  /// of each title than a narrower one.
  static let comfortableTitleWidth = 24
  /// The narrowest the title column may get before every optional column gives way.
  static let minimumTitleWidth = 16

  /// The optional columns a table has at a width.
  public struct Columns: Sendable, Equatable {
    public enum Bars: Sendable, Equatable {
      /// One column per component, headed by its label.
      case wide
      /// One column of glyphs side by side, headed by the components' initials.
      case compact
      case none
    }
    public var bars: Bars
    /// The penalty (shown negated); left out on narrow screens, where score − final gives it.
    public var penalty: Bool
    /// The final score the rows are ordered by; shown whenever λ > 0.
    public var final: Bool
    /// Δ's width: 4 while seen items are included, for `✓` before a move (`✓↑12`).
    public var delta = 3
  }

  /// The columns for `componentNames` in `width` columns, from these choices: bars per
  /// component, bars folded into one column, then (while λ > 0) the penalty column left out,
  /// then no bars. The first choice with bars that leaves the title `comfortableTitleWidth`,
  /// else the first that leaves it `minimumTitleWidth`, else the last: the bars go only when
  /// the title would otherwise fall below the minimum.
  /// The penalty and the final score (score − penalty) appear only while λ > 0: at λ = 0 both
  /// equal the score. `delta` is Δ's width (4 while seen items are marked).
  public static func columns(
    componentNames: [String], width: Int, showsFinal: Bool = false, delta: Int = 3
  ) -> Columns {
    var choices: [Columns] =
      showsFinal
      ? [
        Columns(bars: .wide, penalty: true, final: true),
        Columns(bars: .compact, penalty: true, final: true),
        Columns(bars: .compact, penalty: false, final: true),
        Columns(bars: .none, penalty: false, final: true),
      ]
      : [
        Columns(bars: .wide, penalty: false, final: false),
        Columns(bars: .compact, penalty: false, final: false),
        Columns(bars: .none, penalty: false, final: false),
      ]
    for n in choices.indices { choices[n].delta = delta }
    let titleWidth = { (columns: Columns) in
      table(componentNames: componentNames, columns: columns).widths(totalWidth: width)[2]
    }
    return choices.dropLast().first { titleWidth($0) >= comfortableTitleWidth }
      ?? choices.first { titleWidth($0) >= minimumTitleWidth } ?? choices[choices.count - 1]
  }

  /// The columns of `context`'s list (and of its header) in `width` columns.
  public static func columns(
    for context: RecommendationContext, componentNames: [String], width: Int
  ) -> Columns {
    columns(
      componentNames: componentNames, width: width, showsFinal: context.showsFinal,
      delta: context.seenItems.isEmpty ? 3 : 4)
  }

  /// The table for `componentNames` with `columns`: rank, Δ, the flexible title, score, sim,
  /// the bars, then penalty and final. Score, penalty and final share one format (two places,
  /// six columns), so a row's arithmetic can be checked on screen; sim has three places,
  /// enough to tell it from τ.
  public static func table(componentNames: [String], columns: Columns) -> Table {
    var all: [Table.Column] = [
      .init("#", width: 2, alignment: .right), .init("Δ", width: columns.delta),
      .init("title", width: nil), .init("score", width: 6, alignment: .right),
      .init("sim", width: 5, alignment: .right),
    ]
    switch columns.bars {
    case .wide:
      all += componentNames.map { name -> Table.Column in
        let label = label(forComponent: name)
        return .init(label, width: max(3, DisplayWidth.of(label)), alignment: .center)
      }
    case .compact:
      let initials = String(componentNames.map { label(forComponent: $0).first ?? "?" })
      all.append(.init(initials, width: max(3, componentNames.count)))
    case .none: break
    }
    if columns.penalty { all.append(.init("pen", width: 6, alignment: .right)) }
    if columns.final { all.append(.init("final", width: 6, alignment: .right)) }
    return Table(columns: all)
  }

  /// The largest |contribution| per component over `rows`: the full height of its bars.
  public static func barScales(rows: [RecommendationRow], componentNames: [String]) -> [Float] {
    componentNames.map { name in
      rows.reduce(Float(0)) { max($0, abs($1.contributions[name] ?? 0)) }
    }
  }

  /// One row's cells in table order.
  ///
  /// - Parameters:
  ///   - tau: the threshold that filtered the row, if it was: its sim then takes a fourth place
  ///     when three would print it as τ (`.1056` under τ 0.106, not `.106`).
  ///   - seen: the item is in the user's history (seen items included): Δ reads `✓`.
  public static func cells(
    _ row: RecommendationRow, change: RankChange?, dataset: Dataset, componentNames: [String],
    scales: [Float], columns: Columns, tau: Float = -1, seen: Bool = false
  ) -> [String] {
    let simPlaces =
      row.filteredReason != nil && tau > -1
        && NumberText.fixed(row.sim, places: 3) == NumberText.fixed(tau, places: 3) ? 4 : 3
    var cells = [
      row.filteredReason == nil ? String(row.rank) : "–",
      (seen ? "✓" : "") + (row.filteredReason != nil ? "τ" : (change?.mark ?? "")),
      dataset.items[Int(row.item)].title,
      NumberFormat.fixed(row.score, decimals: 2),
      NumberFormat.unit(row.sim, decimals: simPlaces),
    ]
    let bars = zip(componentNames, scales).map { name, scale -> String in
      let value = row.contributions[name] ?? 0
      return value < 0 ? "-" : String(Bars.glyph(Double(value), maximum: Double(scale)))
    }
    switch columns.bars {
    case .wide: cells += bars
    case .compact: cells.append(bars.joined())
    case .none: break
    }
    if columns.penalty { cells.append(NumberFormat.fixed(-row.penalty, decimals: 2)) }
    if columns.final { cells.append(NumberFormat.fixed(row.finalScore, decimals: 2)) }
    return cells
  }

  /// Every visible row as a `Line` `width` columns wide.
  public static func lines(
    context: RecommendationContext, dataset: Dataset, componentNames: [String], width: Int
  ) -> [Line] {
    let columns = columns(for: context, componentNames: componentNames, width: width)
    let table = table(componentNames: componentNames, columns: columns)
    let rows = context.visibleRows
    let scales = barScales(rows: rows, componentNames: componentNames)
    return rows.map { row in
      let text = table.format(
        cells(
          row, change: context.changes[row.item], dataset: dataset,
          componentNames: componentNames, scales: scales, columns: columns,
          tau: context.parameters.tau, seen: context.seenItems.contains(row.item)),
        totalWidth: width)
      return Line([Span(text)], emphasis: row.filteredReason == nil ? nil : .dimmed)
    }
  }

  /// The divider title, `Books, Music → Movies · top 10 · 1,204 candidates · 3 of top 10 below
  /// τ · learned weights (cold)` (3 of the top 10 without τ are below it), with `not ranked: …`
  /// when every score is equal (rows in item order) and `seen included` when seen items are.
  /// What does not fit in `width` gives way, least telling first: the weights' note, the
  /// candidate count, then `seen included` and the τ count, each shortened (`seen ✓`,
  /// `3 below τ` or `3 τ-hidden`) before either goes; the domains, k and `not ranked` stay.
  public static func title(
    context: RecommendationContext, dataset: Dataset, width: Int = .max
  ) -> String {
    let sources = context.sources.map { dataset.domains[$0] }.joined(separator: ", ")
    // (text, how long it stays: higher stays longer, a shorter text tried before it goes),
    // in display order.
    var parts: [(text: String, keep: Int, short: String?)] = [
      (sources + " → " + dataset.domains[context.target], 9, nil),
      ("top \(context.parameters.k)", 9, nil),
      (NumberFormat.count(context.list.candidateCount) + " candidates", 2, nil),
    ]
    switch context.unranked {
    case .noHistory?: parts.append(("not ranked: no history here", 8, nil))
    case .noWeightedSignal?: parts.append(("not ranked: nothing weighted varies", 8, nil))
    case nil: break
    }
    if !context.list.filtered.isEmpty {
      let n = context.list.filtered.count
      parts.append(
        (
          "\(n) of top \(context.parameters.k) below τ" + (context.showFiltered ? "" : " (hidden)"),
          4, "\(n) " + (context.showFiltered ? "below τ" : "τ-hidden")
        ))
    }
    // Each seen row carries ✓, so this note gives way before the τ count.
    if !context.parameters.excludeSeen { parts.append(("seen included", 3, "seen ✓")) }
    parts.append((context.weightsOrigin.note, 1, nil))
    var text: String { parts.map(\.text).joined(separator: " · ") }
    while DisplayWidth.of(text) > width,
      let weakest = parts.indices.filter({ parts[$0].keep < 8 }).min(by: {
        parts[$0].keep < parts[$1].keep
      })
    {
      if let short = parts[weakest].short {
        // Shortened, it stays until the next part has been shortened too.
        parts[weakest].text = short
        parts[weakest].short = nil
        parts[weakest].keep += 2
      } else {
        parts.remove(at: weakest)
      }
    }
    return text
  }
}
