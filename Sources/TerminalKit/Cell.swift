/// One cell of a terminal screen: a grapheme and how it is drawn.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the character, the
/// second is a *continuation* cell that backends skip.
public struct Cell: Sendable, Hashable {
  public var character: Character
  public var style: Style
  /// True for the right half of a wide character.
  public var isContinuation: Bool
  /// True when the character is two cells wide (computed once, when the cell is made).
  public let isWide: Bool

  public init(_ character: Character = " ", style: Style = Style()) {
    self.init(character, style: style, isWide: DisplayWidth.of(character) == 2)
  }

  init(_ character: Character, style: Style, isWide: Bool) {
    self.character = character
    self.style = style
    self.isContinuation = false
    self.isWide = isWide
  }

  /// The right half of a wide character drawn with `style`.
  public static func continuation(style: Style) -> Cell {
    var cell = Cell(" ", style: style, isWide: false)
    cell.isContinuation = true
    return cell
  }

  public var attributes: CellAttributes {
    get { style.attributes }
    set { style.attributes = newValue }
  }
}
