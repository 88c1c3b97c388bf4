/// A bordered panel with a title in its top edge: `┌ Title ─────┐`.
public enum Box {
  /// Draws the border of `rect` and returns its interior.
  @discardableResult
  public static func draw(
    into screen: inout Screen, rect: Rect, title: String = "", focused: Bool = false,
    theme: Theme
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let style = theme[focused ? .focusedBorder : .border]
    let inner = String(repeating: "─", count: rect.width - 2)
    screen.write("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
    for y in rect.y + 1..<rect.maxY - 1 {
      screen.write("│", x: rect.x, y: y, style: style)
      screen.write("│", x: rect.maxX - 1, y: y, style: style)
    }
    screen.write("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
    if !title.isEmpty, rect.width > 4 {
      let text = " " + Text.truncate(title, toWidth: rect.width - 4) + " "
      screen.write(text, x: rect.x + 1, y: rect.y, style: theme[.title])
    }
    return rect.inset(by: 1)
  }

  /// A horizontal divider across a box at row `y`: `├ Title ────┤`.
  public static func divider(
    into screen: inout Screen, rect: Rect, y: Int, title: String = "", theme: Theme
  ) {
    guard rect.width >= 2 else { return }
    let style = theme[.border]
    screen.write(
      "├" + String(repeating: "─", count: rect.width - 2) + "┤", x: rect.x, y: y, style: style)
    if !title.isEmpty, rect.width > 4 {
      screen.write(
        " " + Text.truncate(title, toWidth: rect.width - 4) + " ", x: rect.x + 1, y: y,
        style: theme[.title])
    }
  }
}
