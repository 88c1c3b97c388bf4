import TerminalKit

/// The explorer's key bindings: the one table the input loop dispatches on and `?` shows.
public enum ExplorerBindings {
  public typealias Binding = KeyBinding<ExplorerAction, BindingContext>

  private static func on(_ pane: Pane) -> @Sendable (BindingContext) -> Bool {
    { $0.focus == pane }
  }

  public static let table = BindingTable<ExplorerAction, BindingContext>([
    Binding([.character("q")], .quit, "Close an overlay, or quit"),
    // Explorer.handle quits on Ctrl-C before any binding (exit status 130); listed for help.
    Binding([.ctrl("c")], .quit, "Quit"),
    Binding([.escape], .back, "Back"),
    Binding([.character("?")], .help, "This help"),
    Binding([.character(":")], .palette, "Command palette (↵ on an empty line lists commands)"),
    Binding([.tab], .focusNext, "Next pane", group: "Move"),
    Binding([.backTab], .focusPrevious, "Previous pane", group: "Move"),
    Binding([.up, .character("k")], .up, "Up", group: "Move"),
    Binding([.down, .character("j")], .down, "Down", group: "Move"),
    Binding([.pageUp], .pageUp, "Page up", group: "Move"),
    Binding([.pageDown], .pageDown, "Page down", group: "Move"),
    Binding([.home, .character("g")], .top, "First row", group: "Move"),
    Binding([.end, .character("G")], .bottom, "Last row", group: "Move"),
    Binding([.character("/")], .search, "Search users by id", group: "Users"),
    Binding(
      [.character("c")], .cycleFilter, "Filter: all, cold in target, active everywhere, group",
      group: "Users"),
    Binding([.character("o")], .cycleSort, "Sort: activity, id, domains active", group: "Users"),
    Binding(
      [.right, .character("l")], .nextTab, "Next history domain", group: "History",
      when: { $0.focus == .history || $0.focus == .users }),
    Binding(
      [.left, .character("h")], .previousTab, "Previous history domain", group: "History",
      when: { $0.focus == .history || $0.focus == .users }),
    Binding([.character("T")], .nextTarget, "Next target domain", group: "Recommendations"),
    Binding([.character("S")], .nextSource, "Next source domain(s)", group: "Recommendations"),
    Binding(
      [.enter], .explain, "Explain the selected row", group: "Recommendations",
      when: { $0.focus == .recommendations && $0.hasRecommendations }),
    Binding(
      [.character("t")], .toggleFiltered, "Show/hide rows τ filtered", group: "Recommendations"),
    Binding([.character("x")], .toggleSeen, "Exclude/include seen items", group: "Recommendations"),
    Binding(
      [.character("p")], .pin, "Pin the list / compare with the pin", group: "Recommendations",
      when: { $0.hasRecommendations }),
    Binding(
      [.character("f")], .flag, "Flag the selected row as odd, with a note",
      group: "Recommendations", when: { $0.focus == .recommendations && $0.hasRecommendations }),
    Binding(
      [.character("F")], .showFlags, "List flags (↵ reopens one's request)",
      group: "Recommendations"),
    Binding(
      [.character("Q")], .query, "Free-text query: nearest target items and their ranks",
      group: "Recommendations"),
    Binding(
      [.character("e")], .exportCSV, "Export the list to CSV", group: "Recommendations",
      when: { $0.hasRecommendations }),
    Binding(
      [.character("E")], .exportJSON, "Export the list to JSON", group: "Recommendations",
      when: { $0.hasRecommendations }),
    Binding([.character(">")], .nextSlider, "Next slider (λ τ weights k)", group: "Sliders"),
    Binding([.character("<")], .previousSlider, "Previous slider", group: "Sliders"),
    Binding(
      [.character("w")], .learnedWeights, "Weights: the learned ones for this user (warm/cold)",
      group: "Sliders"),
    Binding(
      [.right, .character("l")], .step(1), "Step the slider up", group: "Sliders",
      when: on(.sliders)),
    Binding(
      [.left, .character("h")], .step(-1), "Step the slider down", group: "Sliders",
      when: on(.sliders)),
    Binding(
      [.character("+"), .character("=")], .step(1), "Step the slider up (any pane)",
      group: "Sliders"),
    Binding([.character("-")], .step(-1), "Step the slider down (any pane)", group: "Sliders"),
    Binding(
      [.character("]"), .character("L")], .coarseStep(1), "Coarse step up", group: "Sliders"),
    Binding(
      [.character("["), .character("H")], .coarseStep(-1), "Coarse step down",
      group: "Sliders"),
  ])
}
