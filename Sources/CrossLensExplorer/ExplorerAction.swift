/// Everything a key can ask the explorer to do. Bindings map keys to these.
public enum ExplorerAction: Sendable, Hashable {
  case quit, back, help, palette
  case focusNext, focusPrevious
  case up, down, pageUp, pageDown, top, bottom
  case search, cycleSort, cycleFilter
  case nextTab, previousTab
  case nextTarget, nextSource
  case nextSlider, previousSlider
  case step(Int)
  case coarseStep(Int)
  case learnedWeights
  case toggleFiltered, toggleSeen
  case explain, pin, flag, showFlags, query
  case exportCSV, exportJSON
}

/// What bindings may depend on.
public struct BindingContext: Sendable {
  public var focus: Pane
  public var hasRecommendations: Bool
}
