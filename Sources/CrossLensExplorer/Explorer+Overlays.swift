import CrossLensCore
import TerminalKit

extension Explorer {
  func drawOverlay(into screen: inout Screen) {
    let bounds = screen.bounds
    switch state.mode {
    case .help(let scroll):
      let lines = ExplorerBindings.table.helpLines(in: state.bindingContext, keyColumnWidth: 14)
      let rect = Overlay.centred(width: 76, height: lines.count + 2, in: bounds)
      Overlay.draw(
        into: &screen, rect: rect, title: "Keys (Esc closes)", lines: lines, scroll: scroll,
        theme: theme)
    case .explain(let scroll):
      let rect = Overlay.centred(width: bounds.width - 8, height: bounds.height - 4, in: bounds)
      Overlay.draw(
        into: &screen, rect: rect,
        title: state.explainedItem == nil
          ? "Explain (Esc closes, ↑↓ scroll)" : "Explain (Esc back to the list, ↑↓ scroll)",
        lines: explainLines(width: rect.width - 4), scroll: scroll, theme: theme)
    case .compare:
      guard let context = state.recommendations, let pinned = context.pinned else { return }
      let rect = Overlay.centred(width: bounds.width - 4, height: bounds.height - 4, in: bounds)
      Overlay.draw(
        into: &screen, rect: rect, title: "Compare with pin (Esc closes, p drops the pin)",
        lines: ComparePresenter.lines(
          pinned: pinned.list, current: context.list, dataset: directory.dataset,
          width: rect.width - 4), theme: theme)
    case .flags(let scroll):
      let rect = Overlay.centred(width: bounds.width - 8, height: bounds.height - 4, in: bounds)
      Overlay.draw(
        into: &screen, rect: rect, title: "Flags (Esc closes)",
        lines: FlagPresenter.lines(flags: annotations.flags(), dataset: directory.dataset),
        scroll: scroll, theme: theme)
    case .nearest:
      guard let nearest = state.nearest else { return }
      let rect = Overlay.centred(width: bounds.width - 8, height: bounds.height - 4, in: bounds)
      // The header is line 0; keep the cursor's line inside the box's rows.
      let rows = rect.height - 2
      Overlay.draw(
        into: &screen, rect: rect,
        title: "Nearest \(directory.dataset.domains[nearest.domain]) items to “\(nearest.text)”"
          + (state.recommendations == nil ? " (Esc closes)" : " (↵ explain, Esc closes)"),
        lines: NearestPresenter.lines(nearest, dataset: directory.dataset, width: rect.width - 4),
        scroll: max(0, nearest.selected + 2 - rows), theme: theme)
    default:
      break
    }
  }

  /// The explanation of the selected row (or of the item picked in the nearest list), from
  /// the model.
  func explainLines(width: Int) -> [Line] {
    guard let model, let context = state.recommendations, let user = state.users.selectedUser,
      let item = state.explainedItem ?? context.selectedRow?.item
    else { return [Line("nothing selected")] }
    let explanation = model.explain(
      user: user, item: item, sources: context.sources, target: context.target,
      parameters: context.parameters)
    return ExplainPresenter.lines(explanation, dataset: directory.dataset, width: width)
  }
}
