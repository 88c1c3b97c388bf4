import CrossLensCore
import TerminalKit

/// Everything the screen shows, apart from the data itself: one context per pane, the focus,
/// the mode (prompts, overlays) and a one-line message.
public struct ExplorerState: Sendable {
  public var users: UserListContext
  /// The history pane's domain tab and rows.
  public var historyDomain: Int
  public var history = ListState()
  public var recommendations: RecommendationContext?
  public var focus: Pane = .users
  public var mode: ExplorerMode = .browse
  public var metrics = MetricsContext()
  /// The last free-text query's answer.
  public var nearest: NearestResult?
  /// The item the explain overlay shows when it was opened from the nearest list; `nil` for
  /// the selected recommendation.
  public var explainedItem: Int32?
  /// The search line being typed (its text is the users' query).
  public var searchEditor = LineEditor()
  /// The search text and selected user when `/` opened the search: what Esc returns to.
  public var searchOrigin: (query: String, user: Int32?)?
  /// The note of a flag that could not be saved, offered again by the next `f`.
  public var unsavedFlagNote: String?
  /// Feedback from the last action (an export path, an error), shown in the status line
  /// until the next key or for `messageLifetime`, whichever comes first.
  public var message: String? {
    didSet { messageShownAt = message == nil ? nil : .now }
  }
  /// When `message` was set: the metrics strip it covers comes back after `messageLifetime`.
  public var messageShownAt: ContinuousClock.Instant?
  /// How long a message covers the status line when no key is pressed.
  public static let messageLifetime: Duration = .seconds(6)

  public var bindingContext: BindingContext {
    BindingContext(
      focus: focus, hasRecommendations: !(recommendations?.visibleRows.isEmpty ?? true))
  }
}

/// What the metrics strip knows: the newest result, the request it waits for, the phase.
public struct MetricsContext: Sendable {
  public var generation = 0
  public var requested:
    (target: Int, coldStart: Bool, sources: [Int], parameters: RankingParameters)?
  public var result: MetricsWorker.Result? {
    didSet {
      // The strip's ▲/▼ compares with the result before, for the same target and situation.
      guard let oldValue, let result,
        oldValue.target == result.target && oldValue.coldStart == result.coldStart
      else {
        previous = nil
        return
      }
      if oldValue.parameters != result.parameters || oldValue.sources != result.sources {
        previous = oldValue
      }
    }
  }
  /// The result shown before the current one, when it is for the same target and situation
  /// and another setting (sources or parameters): what the NDCG's ▲/▼ compares with.
  public private(set) var previous: MetricsWorker.Result?
  public var phase: String?

  /// True while the shown result is for another setting than the one requested last.
  public var isStale: Bool {
    guard let result, let requested else { return true }
    return result.target != requested.target || result.coldStart != requested.coldStart
      || result.sources != requested.sources || result.parameters != requested.parameters
  }
}
