import CrossLensCore
import TerminalKit

/// The recommendations pane's state: the request (sources → target, parameters), the list the
/// model returned, the rank changes since the last adjustment, the selection, and the pin.
public struct RecommendationContext: Sendable {
  public var sources: [Int]
  public var target: Int
  public var parameters: RankingParameters
  /// Whether `parameters.weights` follow the learned fit for each request (see `WeightsOrigin`).
  public var weightsOrigin = WeightsOrigin.learned(coldStart: false, pooled: false)
  public private(set) var list = RecommendationList(rows: [], filtered: [], candidateCount: 0)
  /// Δ per shown item since the previous list of the same user and request.
  public private(set) var changes: [Int32: RankChange] = [:]
  public var selection = ListState()
  /// Show τ-filtered rows (dimmed) below the ranked ones.
  public var showFiltered = true
  public var sliderIndex = 0
  /// The user's target-domain items, while seen items are included (`x`): their rows are
  /// marked `✓`. Empty while they are excluded.
  public var seenItems: Set<Int32> = []
  /// Why the list is no ranking (every final score equal, rows in item order), if it is not.
  public var unranked: UnrankedReason?
  /// A pinned list to compare against, with the user it was for.
  public var pinned: (user: Int32?, parameters: RankingParameters, list: RecommendationList)?

  public init(sources: [Int], target: Int, parameters: RankingParameters) {
    self.sources = sources
    self.target = target
    self.parameters = parameters
  }

  /// With a penalty (λ > 0) the rows are ordered by final score, not score: the table shows it.
  public var showsFinal: Bool { parameters.lambda > 0 }

  /// The rows the pane shows: ranked rows, then (when shown) the filtered ones.
  public var visibleRows: [RecommendationRow] {
    showFiltered ? list.rows + list.filtered : list.rows
  }

  public var selectedRow: RecommendationRow? {
    let rows = visibleRows
    return rows.indices.contains(selection.selected) ? rows[selection.selected] : nil
  }

  /// Installs a new list. With `trackChanges`, Δ marks compare with the current list (an
  /// adjustment); otherwise they are cleared (a new user or request). With `keepSelection`
  /// the cursor stays on the same item when it is still shown; otherwise it returns to the top.
  public mutating func install(
    _ newList: RecommendationList, trackChanges: Bool, keepSelection: Bool
  ) {
    let keptItem = keepSelection ? selectedRow?.item : nil
    if trackChanges {
      var previous: [Int32: Int] = [:]
      for row in list.rows { previous[row.item] = row.rank }
      changes = Dictionary(
        newList.rows.map { ($0.item, RankChange(previous: previous[$0.item], current: $0.rank)) },
        uniquingKeysWith: { a, _ in a })
    } else {
      changes = [:]
    }
    list = newList
    let rows = visibleRows
    if let keptItem, let index = rows.firstIndex(where: { $0.item == keptItem }) {
      selection.selected = index
    } else if !keepSelection {
      selection = ListState()
    }
    selection.selected = rows.isEmpty ? 0 : min(selection.selected, rows.count - 1)
  }

  mutating func restoreChanges(_ saved: [Int32: RankChange]) { changes = saved }
}
