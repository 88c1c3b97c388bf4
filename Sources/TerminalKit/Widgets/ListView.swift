/// Selection and scroll position of a list; the list's rows are drawn separately.
public struct ListState: Sendable, Hashable {
  public var selected: Int
  /// Index of the first visible row.
  public var offset: Int

  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta`, clamped to `0..<count`.
  public mutating func move(by delta: Int, count: Int) {
    selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
  }

  /// Clamps the selection to the list and scrolls so it is visible in `visibleRows` rows.
  public mutating func clamp(count: Int, visibleRows: Int) {
    selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    let rows = max(1, visibleRows)
    if selected < offset { offset = selected }
    if selected >= offset + rows { offset = selected - rows + 1 }
    offset = max(0, min(offset, max(0, count - rows)))
  }
}

/// A vertical list with one highlighted row and a scroll position.
public enum ListView {
  /// Draws `rows` in `rect` from the state's offset (after clamping it); the selected row is
  /// highlighted with the `.selected` role and marked with `>`.
  ///
  /// - Returns: the state as clamped.
  /// - Complexity: O(visible rows); `rows` is read lazily by index.
  @discardableResult
  public static func draw(
    into screen: inout Screen, rect: Rect, count: Int, state: ListState,
    showSelection: Bool = true, theme: Theme, row: (Int) -> Line
  ) -> ListState {
    var state = state
    state.clamp(count: count, visibleRows: rect.height)
    guard !rect.isEmpty else { return state }
    for line in 0..<rect.height {
      let index = state.offset + line
      guard index < count else { break }
      let y = rect.y + line
      let isSelected = showSelection && index == state.selected
      let marker = isSelected ? ">" : " "
      screen.write(marker, x: rect.x, y: y, style: theme[.accent], clip: rect)
      row(index).draw(into: &screen, x: rect.x + 1, y: y, clip: rect, theme: theme)
      if isSelected {
        screen.addAttributes(theme[.selected].attributes, in: rect.row(line))
        applyColours(theme[.selected], to: &screen, rect: rect.row(line))
      }
    }
    return state
  }

  /// The list index under a click at screen row `y`, if any.
  public static func index(atRow y: Int, rect: Rect, state: ListState, count: Int) -> Int? {
    guard y >= rect.y, y < rect.maxY else { return nil }
    let index = state.offset + (y - rect.y)
    return index < count ? index : nil
  }

  private static func applyColours(_ style: Style, to screen: inout Screen, rect: Rect) {
    guard style.foreground != .default || style.background != .default else { return }
    screen.recolour(rect, foreground: style.foreground, background: style.background)
  }
}
