/// An in-memory grid of cells that widgets draw into and backends display.
///
/// Writing respects display widths: a wide character takes two cells, a combining mark joins
/// the previous cell, and a wide character that would straddle the right edge of the clip is
/// replaced by a space rather than split.
public struct Screen: Sendable, Equatable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where a backend should leave the cursor (for text input), or `nil` to hide it.
  public var cursor: (x: Int, y: Int)? {
    get { cursorPosition.map { ($0 % max(1, size.width), $0 / max(1, size.width)) } }
    set { cursorPosition = newValue.map { $0.y * size.width + $0.x } }
  }
  private var cursorPosition: Int?

  public init(size: Size, fill: Cell = Cell()) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    self.cells = Array(repeating: fill, count: self.size.width * self.size.height)
  }

  public var bounds: Rect { Rect(size) }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Places one cell, keeping wide characters whole: overwriting either half of a wide
  /// character blanks the other half.
  mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
    let index = y * size.width + x
    let old = cells[index]
    if old.isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style, isWide: false)
    }
    if old.isWide, x + 1 < size.width {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style, isWide: false)
    }
    cells[index] = cell
  }

  /// Writes `text` from (x, y), clipped to `clip` (default: the whole screen).
  ///
  /// Control characters are shown as `�` so they never reach the terminal.
  /// - Returns: the column after the last cell written.
  /// - Complexity: O(n) in the text's length.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = Style(), clip: Rect? = nil
  ) -> Int {
    let area = clip ?? bounds
    guard y >= area.y, y < area.maxY, y >= 0, y < size.height else { return x }
    let limit = min(area.maxX, size.width)
    var column = x
    for character in text {
      let printable: Character =
        character.unicodeScalars.first.map { $0.value < 0x20 } == true
        ? "\u{FFFD}" : character
      let width = DisplayWidth.of(printable)
      if width == 0 {
        joinCombining(printable, beforeColumn: column, y: y, area: area)
        continue
      }
      if column + width > limit {
        if column < limit, column >= max(area.x, 0) {
          put(Cell(" ", style: style), x: column, y: y)
        }
        break
      }
      if column >= max(area.x, 0) {
        put(Cell(printable, style: style, isWide: width == 2), x: column, y: y)
        if width == 2 {
          put(.continuation(style: style), x: column + 1, y: y)
        }
      }
      column += width
    }
    return column
  }

  /// Fills `rect` (clipped to the screen) with `cell`.
  public mutating func fill(_ rect: Rect, with cell: Cell = Cell()) {
    let (xs, ys) = clipped(rect)
    for y in ys {
      for x in xs { put(cell, x: x, y: y) }
    }
  }

  /// Adds attributes to every cell of `rect` (used to highlight or dim a row).
  public mutating func addAttributes(_ attributes: CellAttributes, in rect: Rect) {
    let (xs, ys) = clipped(rect)
    for y in ys {
      for x in xs { cells[y * size.width + x].style.attributes.formUnion(attributes) }
    }
  }

  /// A zero-width character joins the cell before it (a lone mark at a line start is dropped).
  private mutating func joinCombining(
    _ mark: Character, beforeColumn column: Int, y: Int, area: Rect
  ) {
    var target = column - 1
    guard target >= max(area.x, 0), target < min(area.maxX, size.width) else { return }
    if cells[y * size.width + target].isContinuation { target -= 1 }
    guard target >= 0 else { return }
    let index = y * size.width + target
    let joined = String(cells[index].character) + String(mark)
    if joined.count == 1, let character = joined.first {
      cells[index] = Cell(character, style: cells[index].style, isWide: cells[index].isWide)
    }
  }

  public static func == (a: Screen, b: Screen) -> Bool {
    a.size == b.size && a.cells == b.cells && a.cursorPosition == b.cursorPosition
  }
}

extension Screen {
  /// Sets the colours of every cell in `rect`, keeping characters and attributes.
  public mutating func recolour(_ rect: Rect, foreground: TerminalColor, background: TerminalColor)
  {
    let (xs, ys) = clipped(rect)
    for y in ys {
      for x in xs {
        cells[y * size.width + x].style.foreground = foreground
        cells[y * size.width + x].style.background = background
      }
    }
  }

  /// The columns and rows of `rect` that lie on the screen (empty ranges when none do).
  private func clipped(_ rect: Rect) -> (columns: Range<Int>, rows: Range<Int>) {
    let x0 = max(rect.x, 0)
    let y0 = max(rect.y, 0)
    return (
      x0..<max(x0, min(rect.maxX, size.width)), y0..<max(y0, min(rect.maxY, size.height))
    )
  }
}
