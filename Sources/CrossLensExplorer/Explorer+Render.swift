import CrossLensCore
import TerminalKit

extension Explorer {
  /// Draws the whole screen for `size`: a pure function of the state (and the model's answers
  /// already held in it).
  public func render(size: Size) -> Screen {
    lastSize = size
    var screen = Screen(size: size)
    guard ExplorerLayout.fits(size) else {
      // While a line is typed, q is a letter: Ctrl-C quits.
      Overlay.drawTooSmall(
        into: &screen, minimum: ExplorerLayout.minimum, theme: theme,
        quitKey: state.mode.isTyping ? "Ctrl-C" : "q")
      return screen
    }
    let layout = ExplorerLayout(size: size)
    drawHeader(into: &screen, rect: layout.header)
    drawUsers(into: &screen, layout: layout)
    drawDetail(into: &screen, layout: layout)
    drawStatus(into: &screen, layout: layout)
    drawOverlay(into: &screen)
    return screen
  }

  private func drawHeader(into screen: inout Screen, rect: Rect) {
    let right = "? help  : cmd"
    let left = " CrossLens — " + title
    screen.write(
      Text.truncate(left, toWidth: rect.width - DisplayWidth.of(right) - 2), x: rect.x,
      y: rect.y, style: theme[.title])
    screen.write(right, x: rect.maxX - DisplayWidth.of(right) - 1, y: rect.y, style: theme[.key])
  }

  private func drawUsers(into screen: inout Screen, layout: ExplorerLayout) {
    let context = state.users
    let inner = Box.draw(
      into: &screen, rect: layout.users,
      title: UserPresenter.title(
        context: context, total: directory.userCount, searching: state.mode == .search,
        domains: directory.dataset.domains, width: layout.users.width - 4),
      focused: state.focus == .users, theme: theme)
    let target = state.recommendations?.target
    let list = ListView.draw(
      into: &screen, rect: usersListRect(layout), count: context.visible.count,
      state: context.list, theme: theme
    ) { index in
      UserPresenter.line(
        user: context.visible[index], directory: directory, target: target,
        width: inner.width - 1)
    }
    state.users.list = list
    if context.visible.isEmpty {
      screen.write("no user matches", x: inner.x + 1, y: inner.y, style: theme[.dimmed])
    }
  }

  private func drawDetail(into screen: inout Screen, layout: ExplorerLayout) {
    let user = state.users.selectedUser
    Box.draw(
      into: &screen, rect: layout.detail, title: detailTitle(user: user),
      focused: state.focus == .history || state.focus == .recommendations, theme: theme)
    Tabs.draw(
      into: &screen, rect: layout.tabs,
      titles: HistoryPresenter.tabTitles(directory: directory, user: user),
      selected: state.historyDomain, theme: theme)
    let history = currentHistory
    state.history = ListView.draw(
      into: &screen, rect: layout.history, count: history.count, state: state.history,
      showSelection: state.focus == .history, theme: theme
    ) { index in
      HistoryPresenter.line(
        history[index], dataset: directory.dataset, width: layout.history.width - 1)
    }
    if history.isEmpty, user != nil {
      screen.write(
        "no history in " + directory.dataset.domains[state.historyDomain], x: layout.history.x + 1,
        y: layout.history.y, style: theme[.dimmed])
    }
    drawRecommendations(into: &screen, layout: layout)
  }

  private func detailTitle(user: Int32?) -> String {
    guard let user else { return "No user" }
    var title = directory.dataset.users[Int(user)].id
    for d in 0..<directory.domainCount {
      title +=
        " · " + directory.dataset.domains[d] + " " + String(directory.count(user: user, domain: d))
    }
    if let target = state.recommendations?.target, directory.count(user: user, domain: target) == 0
    {
      title += "  [cold in " + directory.dataset.domains[target] + "]"
    }
    return title
  }

  private func drawRecommendations(into screen: inout Screen, layout: ExplorerLayout) {
    guard let model, let context = state.recommendations else {
      Box.divider(
        into: &screen, rect: layout.detail, y: layout.dividerY, title: "Recommendations",
        theme: theme)
      screen.write(
        model == nil
          ? "no model in this store: run `crosslens train` first"
          : "recommendations need at least two domains",
        x: layout.recommendations.x + 1, y: layout.recommendationHeader.y, style: theme[.dimmed])
      return
    }
    Box.divider(
      into: &screen, rect: layout.detail, y: layout.dividerY,
      title: RecommendationPresenter.title(
        context: context, dataset: directory.dataset, width: layout.detail.width - 4),
      theme: theme)
    let width = layout.recommendations.width - 1
    let table = RecommendationPresenter.table(
      componentNames: model.componentNames,
      columns: RecommendationPresenter.columns(
        for: context, componentNames: model.componentNames, width: width))
    screen.write(
      table.header(totalWidth: width), x: layout.recommendationHeader.x + 1,
      y: layout.recommendationHeader.y, style: theme[.title])
    let lines = RecommendationPresenter.lines(
      context: context, dataset: directory.dataset, componentNames: model.componentNames,
      width: width)
    let selection = ListView.draw(
      into: &screen, rect: layout.recommendations, count: lines.count, state: context.selection,
      showSelection: state.focus == .recommendations, theme: theme
    ) { lines[$0] }
    state.recommendations?.selection = selection
    if lines.isEmpty {
      screen.write(
        state.users.selectedUser == nil ? "select a user" : "no item passes the filters",
        x: layout.recommendations.x + 1, y: layout.recommendations.y, style: theme[.dimmed])
    }
  }

  private func drawStatus(into screen: inout Screen, layout: ExplorerLayout) {
    if let context = state.recommendations {
      SliderBarPresenter.line(
        sliders: sliders, parameters: context.parameters, focused: context.sliderIndex,
        paneFocused: state.focus == .sliders, width: layout.sliders.width
      ).draw(
        into: &screen, x: layout.sliders.x, y: layout.sliders.y, clip: layout.sliders, theme: theme)
    }
    let rect = layout.metrics
    switch state.mode {
    case .prompt(let prompt, let editor):
      drawInput(" " + prompt.rawValue, editor, into: &screen, rect: rect)
    case .search:
      drawInput(" /", state.searchEditor, into: &screen, rect: rect)
    default:
      statusLine(width: rect.width).draw(
        into: &screen, x: rect.x, y: rect.y, clip: rect, theme: theme)
    }
  }

  /// A prompt and its typed text, scrolled sideways to keep the cursor in view.
  private func drawInput(
    _ prompt: String, _ editor: LineEditor, into screen: inout Screen, rect: Rect
  ) {
    let start = screen.write(prompt, x: rect.x, y: rect.y, clip: rect)
    let shown = editor.visible(width: rect.maxX - 1 - start)
    screen.write(shown.text, x: start, y: rect.y, clip: rect)
    screen.cursor = (min(start + shown.cursor, rect.maxX - 1), rect.y)
  }

  /// The bottom line: the last message, else the metrics strip, else the main keys.
  private func statusLine(width: Int) -> Line {
    // A message too long for the line ends in `…`, so a cut never reads as the whole.
    if let message = state.message {
      return Line(Text.truncate(" " + message, toWidth: width), .accent)
    }
    if metrics != nil {
      return MetricsPresenter.line(
        result: state.metrics.result, previous: state.metrics.previous,
        isStale: state.metrics.isStale, phase: state.metrics.phase, width: width)
    }
    return Line(
      " ↵ explain  p pin/compare  f flag  e export  / search  Tab pane  < > slider  + - step  ? help",
      .dimmed)
  }
}
