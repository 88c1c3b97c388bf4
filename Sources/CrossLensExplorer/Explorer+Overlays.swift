import CrossLensCore
import TerminalKit

extension Explorer {
  /// One overlay as it is drawn at `bounds`: its box, title, lines and first line shown.
  struct OverlayPage {
    var rect: Rect
    var title: String
    var lines: [Line]
    var scroll: Int
    /// Lines at the top that stay while the rest scrolls (the compare headings).
    var pinned = 0
    /// The first line can go no further than this (the lines beyond the box).
    var scrollLimit: Int { Overlay.scrollLimit(lineCount: lines.count, rect: rect) }

    /// The first line shown that keeps line `line` (a cursor's) inside the box's rows.
    static func scroll(keeping line: Int, in rect: Rect) -> Int {
      max(0, line + 1 - (rect.height - 2))
    }
  }

  /// Help's lines: the keys (from the bindings), then the palette's commands.
  func helpLines() -> [Line] {
    ExplorerBindings.table.helpLines(in: state.bindingContext, keyColumnWidth: 14) + [""]
      + PaletteCommand.helpLines()
  }

  /// The open overlay at `bounds`, or `nil` in browse and prompt modes.
  func overlayPage(bounds: Rect) -> OverlayPage? {
    let large = { (margin: Int) in
      Overlay.centred(width: bounds.width - margin, height: bounds.height - 4, in: bounds)
    }
    switch state.mode {
    case .help(let scroll):
      let lines = helpLines()
      let rect = Overlay.centred(width: 76, height: lines.count + 2, in: bounds)
      return OverlayPage(
        rect: rect, title: "Keys (dimmed: not available here; Esc closes)", lines: lines,
        scroll: scroll)
    case .explain(let scroll):
      let rect = large(8)
      return OverlayPage(
        rect: rect,
        title: state.explainedItem == nil
          ? "Explain (Esc closes, ↑↓ scroll)" : "Explain (Esc back to the list, ↑↓ scroll)",
        lines: explainLines(width: rect.width - 4), scroll: scroll)
    case .compare(let scroll):
      guard let context = state.recommendations, let pinned = context.pinned else { return nil }
      let rect = large(4)
      let labels = ComparePresenter.labels(
        pinned: (pinned.user, pinned.parameters),
        current: (state.users.selectedUser, context.parameters), dataset: directory.dataset)
      let lines = ComparePresenter.lines(
        pinned: pinned.list, current: context.list, dataset: directory.dataset,
        width: rect.width - 4, labels: labels)
      return OverlayPage(
        rect: rect, title: "Compare with pin (Esc closes, p drops the pin)", lines: lines,
        scroll: scroll,
        pinned: ComparePresenter.headingLineCount(labels: labels, width: rect.width - 4))
    case .flags(let selected):
      let rect = large(8)
      let page = FlagPresenter.page(
        flags: annotations.flags(), dataset: directory.dataset, selected: selected,
        width: rect.width - 4)
      return OverlayPage(
        rect: rect, title: "Flags (↵ reopens the flag's request, Esc closes)", lines: page.lines,
        scroll: OverlayPage.scroll(
          keeping: page.lastLine.indices.contains(selected) ? page.lastLine[selected] : 0,
          in: rect))
    case .nearest:
      guard let nearest = state.nearest else { return nil }
      let rect = large(8)
      // The header is line 0, so the cursor's match is line selected + 1.
      return OverlayPage(
        rect: rect,
        title: "Nearest \(directory.dataset.domains[nearest.domain]) items to “\(nearest.text)”"
          + (state.recommendations == nil ? " (Esc closes)" : " (↵ explain, Esc closes)"),
        lines: NearestPresenter.lines(nearest, dataset: directory.dataset, width: rect.width - 4),
        scroll: OverlayPage.scroll(keeping: nearest.selected + 1, in: rect))
    default:
      return nil
    }
  }

  func drawOverlay(into screen: inout Screen) {
    guard let page = overlayPage(bounds: screen.bounds) else { return }
    Overlay.draw(
      into: &screen, rect: page.rect, title: page.title, lines: page.lines, scroll: page.scroll,
      pinned: page.pinned, theme: theme)
  }

  /// The explanation of the selected row (or of the item picked in the nearest list), from
  /// the model.
  func explainLines(width: Int) -> [Line] {
    guard let model, let context = state.recommendations else { return [Line("no model")] }
    guard let user = state.users.selectedUser else {
      return [Line("no user selected: a score is for a user, so pick one in the users pane")]
    }
    guard let item = state.explainedItem ?? context.selectedRow?.item else {
      return [Line("no row selected")]
    }
    let explanation = model.explain(
      user: user, item: item, sources: context.sources, target: context.target,
      parameters: context.parameters)
    return ExplainPresenter.lines(explanation, dataset: directory.dataset, width: width)
  }
}
