/// A centred box drawn over the screen, holding lines of text (help, explain, dialogs).
public enum Overlay {
  /// The rectangle of a centred overlay `width`×`height` (clamped to the screen, margin 1).
  public static func centred(width: Int, height: Int, in bounds: Rect) -> Rect {
    let w = min(width, bounds.width - 2)
    let h = min(height, bounds.height - 2)
    return Rect(
      x: bounds.x + (bounds.width - w) / 2, y: bounds.y + (bounds.height - h) / 2, width: w,
      height: h)
  }

  /// How far `lineCount` lines can scroll in an overlay drawn in `rect`: the lines beyond its
  /// box.
  public static func scrollLimit(lineCount: Int, rect: Rect) -> Int {
    max(0, lineCount - (rect.height - 2))
  }

  /// Clears `rect`, draws a titled border, the first `pinned` lines (headings that stay) and
  /// the rest from `scroll`; returns the interior.
  @discardableResult
  public static func draw(
    into screen: inout Screen, rect: Rect, title: String, lines: [Line], scroll: Int = 0,
    pinned: Int = 0, theme: Theme
  ) -> Rect {
    screen.fill(rect)
    let inner = Box.draw(into: &screen, rect: rect, title: title, focused: true, theme: theme)
    let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let first = min(max(0, scroll), max(0, lines.count - body.height))
    let heading = lines.prefix(min(pinned, body.height))
    let shown = heading + lines.dropFirst(heading.count + first).prefix(body.height - heading.count)
    for (row, line) in shown.enumerated() {
      line.draw(into: &screen, x: body.x, y: body.y + row, clip: body, theme: theme)
    }
    return inner
  }

  /// The message shown instead of the application when the window is too small.
  /// The notice shown instead of a screen that does not fit: the window's size, the minimum,
  /// and how to quit (`quitKey`); shorter lines where the full ones would be cut.
  public static func drawTooSmall(
    into screen: inout Screen, minimum: Size, theme: Theme, quitKey: String = "q"
  ) {
    screen.fill(screen.bounds)
    let full = [
      "Window \(screen.size) is too small.",
      "CrossLens needs at least \(minimum).",
      "Enlarge the window, or press \(quitKey) to quit.",
    ]
    let short = ["\(screen.size)", "need \(minimum)", "\(quitKey) quits"]
    let lines =
      full.allSatisfy { DisplayWidth.of($0) <= screen.size.width } ? full : short
    let top = max(0, (screen.size.height - lines.count) / 2)
    for (i, text) in lines.enumerated() {
      let x = max(0, (screen.size.width - DisplayWidth.of(text)) / 2)
      screen.write(text, x: x, y: top + i, style: theme[i == 0 ? .warning : .normal])
    }
  }
}
