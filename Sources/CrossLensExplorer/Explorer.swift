import CrossLensCore
import Foundation
import TerminalKit

/// The explorer application: state, the model it asks, key handling and drawing.
///
/// It never computes a score: every number on screen comes from `CrossDomainModel`.
/// All methods run on the input thread.
public final class Explorer {
  public let directory: UserDirectory
  public let model: CrossDomainModel?
  public var theme: Theme
  /// A line naming the data and model for the header.
  public var title: String
  public internal(set) var state: ExplorerState
  /// Where exports are written.
  public var exportDirectory: String
  /// The signal that ended the session (Ctrl-C counts as SIGINT), for the exit status
  /// (128 + signal, as shells expect); `nil` after `q`.
  public private(set) var endingSignal: Int32?
  /// Flags and presets.
  public let annotations: any AnnotationStore
  /// Finds the items of a domain nearest to a free text (semantic similarity, from the
  /// library); nil when the store has no text embeddings.
  public var textSearch: ((_ text: String, _ domain: Int) throws -> [SimilarItems.Match])?
  /// Computes the metrics strip off the input thread; nil to show key hints instead.
  public let metrics: MetricsWorker?
  /// The time now, in Unix seconds (a parameter so tests are reproducible).
  let clock: @Sendable () -> Double
  /// The size of the last frame drawn (mouse clicks are located against its layout).
  public internal(set) var lastSize = ExplorerLayout.minimum

  public init(
    directory: UserDirectory, model: CrossDomainModel?, title: String, theme: Theme,
    annotations: any AnnotationStore = MemoryAnnotations(), exportDirectory: String = ".",
    metrics: MetricsWorker? = nil,
    clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
  ) {
    self.metrics = metrics
    self.annotations = annotations
    self.clock = clock
    self.directory = directory
    self.model = model
    self.title = title
    self.theme = theme
    self.exportDirectory = exportDirectory
    let domains = directory.dataset.domains.count
    var state = ExplorerState(
      users: UserListContext(directory: directory), historyDomain: 0)
    if let model, domains >= 2 {
      let target = domains - 1
      state.recommendations = RecommendationContext(
        sources: Array(0..<target), target: target, parameters: model.defaultParameters)
    }
    self.state = state
    userChanged()
  }

  /// The sliders of the status area, for this model.
  public var sliders: [SliderKind] {
    SliderKind.all(componentNames: model?.componentNames ?? [])
  }

  /// Handles one input event; returns false when the explorer should quit.
  public func handle(_ key: Key) -> Bool {
    switch key {
    case .signal(let number):
      endingSignal = number
      return false
    // Ctrl-C quits from every mode and overlay.
    case .ctrl("c"):
      endingSignal = SIGINT
      return false
    case .resize: return true
    // Behind the "too small" notice nothing else may act unseen: q and Ctrl-C quit. While a
    // line is being typed, its characters still go in (a shrink mid-typing must not eat them,
    // and a q there is a letter); nothing is run.
    case _ where !ExplorerLayout.fits(lastSize):
      guard state.mode.isTyping else { return key != .character("q") }
      // Editing keys edit; what would run, close or leave the line waits for the screen.
      if [.enter, .escape, .tab, .backTab, .up, .down, .pageUp, .pageDown].contains(key) {
        return true
      }
      switch state.mode {
      case .search: return handleSearch(key)
      case .prompt(let prompt, let editor): return handlePrompt(key, prompt: prompt, editor: editor)
      default: return true
      }
    case .mouse(let x, let y):
      click(x: x, y: y)
      return true
    // The wheel scrolls an open overlay (or moves its cursor), never the pane beneath it.
    case .scrollUp: return state.mode.isOverlay ? handleOverlay(.up) : perform(.up)
    case .scrollDown: return state.mode.isOverlay ? handleOverlay(.down) : perform(.down)
    default: break
    }
    switch state.mode {
    case .search: return handleSearch(key)
    case .prompt(let prompt, let editor): return handlePrompt(key, prompt: prompt, editor: editor)
    case .help, .explain, .flags, .compare, .nearest: return handleOverlay(key)
    case .browse: break
    }
    state.message = nil
    guard let action = ExplorerBindings.table.action(for: key, in: state.bindingContext) else {
      return true
    }
    return perform(action)
  }

  /// Performs one bound action; returns false to quit.
  func perform(_ action: ExplorerAction) -> Bool {
    switch action {
    case .quit: return false
    case .back: state.mode = .browse
    case .help: state.mode = .help(scroll: 0)
    case .palette: state.mode = .prompt(.command, LineEditor())
    case .focusNext: cycleFocus(by: 1)
    case .focusPrevious: cycleFocus(by: -1)
    case .up: move(by: -1)
    case .down: move(by: 1)
    case .pageUp: move(by: -10)
    case .pageDown: move(by: 10)
    case .top: move(by: Int.min / 2)
    case .bottom: move(by: Int.max / 2)
    case .search:
      state.focus = .users
      state.mode = .search
      state.searchOrigin = (state.users.query, state.users.selectedUser)
      state.searchEditor = LineEditor(state.users.query)
    case .cycleSort: state.users.cycleSort(directory: directory)
    case .cycleFilter:
      let before = state.users.selectedUser
      state.users.cycleFilter(target: state.recommendations?.target, directory: directory)
      if state.users.selectedUser != before { userChanged() }
      // Said in full: the pane's title may have to shorten it.
      let filter = state.users.filter
      state.message =
        "users: "
        + (filter == .all ? "all" : filter.label(domains: directory.dataset.domains)) + " ("
        + NumberFormat.count(state.users.visible.count) + " of "
        + NumberFormat.count(directory.userCount) + ")"
    case .nextTab: switchHistoryDomain(by: 1)
    case .previousTab: switchHistoryDomain(by: -1)
    case .nextTarget: cycleTarget()
    case .nextSource: cycleSources()
    case .nextSlider: selectSlider(by: 1)
    case .previousSlider: selectSlider(by: -1)
    case .step(let n): stepSlider(by: n)
    case .coarseStep(let n): stepSlider(by: 5 * n)
    case .toggleFiltered:
      state.recommendations?.showFiltered.toggle()
      refreshRecommendations(trackChanges: false, keepChanges: true)
    case .learnedWeights: useLearnedWeights()
    case .toggleSeen:
      state.recommendations?.parameters.excludeSeen.toggle()
      refreshRecommendations(trackChanges: true)
    case .explain:
      state.explainedItem = nil
      state.mode = .explain(scroll: 0)
    case .pin: pinOrCompare()
    case .flag: state.mode = .prompt(.flagNote, LineEditor(state.unsavedFlagNote ?? ""))
    case .showFlags: state.mode = .flags(selected: 0)
    case .query: state.mode = .prompt(.query, LineEditor())
    case .exportCSV: export(format: .csv)
    case .exportJSON: export(format: .json)
    }
    return true
  }

  private func cycleFocus(by delta: Int) {
    let panes = Pane.allCases
    let index = panes.firstIndex(of: state.focus) ?? 0
    state.focus = panes[(index + delta + panes.count) % panes.count]
  }

  private func move(by delta: Int) {
    switch state.focus {
    case .users:
      let before = state.users.selectedUser
      state.users.list.move(by: delta, count: state.users.visible.count)
      if state.users.selectedUser != before { userChanged() }
    case .history:
      let count = currentHistory.count
      state.history.move(by: delta, count: count)
    case .recommendations:
      guard var context = state.recommendations else { return }
      context.selection.move(by: delta, count: context.visibleRows.count)
      state.recommendations = context
    case .sliders:
      selectSlider(by: delta > 0 ? 1 : -1)
    }
  }

  /// The history rows of the selected user in the history tab's domain, newest first.
  var currentHistory: [Interaction] {
    guard let user = state.users.selectedUser else { return [] }
    return directory.history(user: user, domain: state.historyDomain)
  }

  /// Resets the panes that depend on the selected user and asks for their recommendations.
  func userChanged() {
    state.history = ListState()
    refreshRecommendations(trackChanges: false)
  }

  private func switchHistoryDomain(by delta: Int) {
    let count = directory.domainCount
    guard count > 0 else { return }
    state.historyDomain = (state.historyDomain + delta + count) % count
    state.history = ListState()
  }
}

extension Explorer: TerminalApplication {
  /// Picks up a finished metrics evaluation and retires an old message; true when the status
  /// line must be redrawn.
  public func poll() -> Bool {
    var changed = false
    if let shown = state.messageShownAt, shown.duration(to: .now) >= ExplorerState.messageLifetime {
      state.message = nil
      changed = true
    }
    guard let metrics else { return changed }
    if let result = metrics.take() {
      state.metrics.result = result
      changed = true
    }
    let phase = metrics.currentPhase
    if phase != state.metrics.phase {
      state.metrics.phase = phase
      changed = true
    }
    return changed
  }
}
