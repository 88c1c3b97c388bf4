import TerminalKit

extension Explorer {
  /// Typing a search (edited as every typed line, `LineEditor`): the users are filtered as it
  /// is typed; Enter keeps the search, Esc returns to the text and user from before it.
  func handleSearch(_ key: Key) -> Bool {
    let before = state.users.selectedUser
    switch key {
    case .enter:
      state.mode = .browse
    case .escape:
      // Back to where the search started: its text and the user selected then.
      let origin = state.searchOrigin ?? ("", before)
      state.users.setQuery(origin.query, directory: directory, selecting: origin.user)
      state.mode = .browse
    case .up, .down:
      state.mode = .browse
      return perform(key == .up ? .up : .down)
    default:
      if state.searchEditor.handle(key) {
        state.users.setQuery(state.searchEditor.text, directory: directory)
      }
    }
    if state.users.selectedUser != before { userChanged() }
    return true
  }

  /// Typing into the bottom prompt (`LineEditor`'s keys edit); Enter runs it, Esc cancels.
  func handlePrompt(_ key: Key, prompt: ExplorerMode.Prompt, editor: LineEditor) -> Bool {
    var editor = editor
    switch key {
    case .escape: state.mode = .browse
    case .enter:
      state.mode = .browse
      switch prompt {
      case .command: return runCommand(editor.text)
      case .flagNote: flagSelected(note: editor.text)
      case .query: runQuery(editor.text)
      }
    default:
      if editor.handle(key) { state.mode = .prompt(prompt, editor) }
    }
    return true
  }

  /// Overlays scroll with the arrows and close with Esc or q (`p` in compare drops the pin).
  /// In the nearest list the arrows move the cursor and Enter explains the item under it for
  /// the selected user; closing that explanation returns to the list. In the flags list the
  /// arrows move the cursor and Enter reopens the flag's request.
  func handleOverlay(_ key: Key) -> Bool {
    switch key {
    // Help lists the palette's commands: `:` there opens the palette.
    case .character(":") where state.mode.isHelp:
      state.mode = .prompt(.command, LineEditor())
    case .enter where state.mode.isFlags:
      if case .flags(let selected) = state.mode {
        let flags = annotations.flags()
        if flags.indices.contains(selected) {
          reopen(flags[selected])
        } else {
          state.mode = .browse
        }
      }
    case .enter where state.mode == .nearest:
      if let item = state.nearest?.selectedItem, state.recommendations != nil {
        state.explainedItem = item
        state.mode = .explain(scroll: 0)
      } else {
        state.mode = .browse
      }
    case .escape, .character("q"), .character("?"), .enter:
      if state.explainedItem != nil, case .explain = state.mode {
        state.explainedItem = nil
        state.mode = .nearest
      } else {
        state.mode = .browse
      }
    case .character("p") where state.mode.isCompare:
      state.recommendations?.pinned = nil
      state.mode = .browse
      state.message = "pin dropped"
    case .up, .character("k"): scrollOverlay(by: -1)
    case .down, .character("j"): scrollOverlay(by: 1)
    case .pageUp: scrollOverlay(by: -10)
    case .pageDown: scrollOverlay(by: 10)
    case .home, .character("g"): scrollOverlay(by: Int.min / 2)
    case .end, .character("G"): scrollOverlay(by: Int.max / 2)
    default: break
    }
    return true
  }

  /// Scrolls the open overlay within its lines (as last drawn), or moves the nearest list's
  /// cursor.
  private func scrollOverlay(by delta: Int) {
    let limit =
      overlayPage(bounds: Rect(lastSize))?
      .scrollLimit ?? 0
    let clamped = { (s: Int) in max(0, min(limit, s + delta)) }
    switch state.mode {
    case .help(let s): state.mode = .help(scroll: clamped(s))
    case .explain(let s): state.mode = .explain(scroll: clamped(s))
    case .flags(let selected):
      let count = annotations.flags().count
      state.mode = .flags(selected: max(0, min(count - 1, selected + delta)))
    case .compare(let s): state.mode = .compare(scroll: clamped(s))
    case .nearest:
      if var nearest = state.nearest {
        nearest.selected = max(0, min(nearest.matches.count - 1, nearest.selected + delta))
        state.nearest = nearest
      }
    default: break
    }
  }

  /// A left click: selects a user, a history tab, a recommendation row or a slider position.
  func click(x: Int, y: Int) {
    let layout = ExplorerLayout(size: lastSize)
    if state.mode.isOverlay {
      state.explainedItem = nil
      state.mode = .browse
      return
    }
    if layout.users.inset(by: 1).contains(x: x, y: y) {
      state.focus = .users
      let rows = usersListRect(layout)
      if let index = ListView.index(
        atRow: y, rect: rows, state: state.users.list, count: state.users.visible.count),
        index != state.users.list.selected
      {
        state.users.list.selected = index
        userChanged()
      }
    } else if layout.tabs.contains(x: x, y: y) {
      state.focus = .history
      let ranges = HistoryPresenter.tabRanges(
        directory: directory, user: state.users.selectedUser, rect: layout.tabs,
        selected: state.historyDomain)
      if let index = Tabs.index(atColumn: x, ranges: ranges) {
        state.historyDomain = index
        state.history = ListState()
      }
    } else if layout.history.contains(x: x, y: y) {
      state.focus = .history
    } else if layout.recommendations.contains(x: x, y: y), var context = state.recommendations {
      state.focus = .recommendations
      if let index = ListView.index(
        atRow: y, rect: layout.recommendations, state: context.selection,
        count: context.visibleRows.count)
      {
        context.selection.selected = index
        state.recommendations = context
      }
    } else if layout.sliders.contains(x: x, y: y), let context = state.recommendations {
      state.focus = .sliders
      let regions = SliderBarPresenter.regions(
        sliders: sliders, parameters: context.parameters, width: layout.sliders.width,
        focused: context.sliderIndex)
      if let region = regions.first(where: { $0.columns.contains(x - layout.sliders.x) }) {
        if let track = region.track, track.contains(x - layout.sliders.x) {
          let slider = sliders[region.slider]
          let value = Slider.value(
            atOffset: x - layout.sliders.x - track.lowerBound, in: slider.range,
            width: track.count)
          // Onto the grid the keys step on (a click lands between its points).
          let snapped = (value / slider.step).rounded() * slider.step + 0  // never −0
          setSlider(
            region.slider,
            to: min(max(snapped, slider.range.lowerBound), slider.range.upperBound))
        } else {
          state.recommendations?.sliderIndex = region.slider
        }
      }
    }
  }

  /// The users pane's list rows (below its header line).
  func usersListRect(_ layout: ExplorerLayout) -> Rect {
    let inner = layout.users.inset(by: 1)
    return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height)
  }
}
