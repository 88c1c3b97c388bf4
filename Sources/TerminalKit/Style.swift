/// One of the eight standard terminal colours, or the terminal's default.
public enum TerminalColor: Int, Sendable, Hashable, CaseIterable {
  case `default` = -1
  case black = 0
  case red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours plus attributes.
public struct Style: Sendable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: CellAttributes

  public init(
    foreground: TerminalColor = .default, background: TerminalColor = .default,
    attributes: CellAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// This style with `extra` attributes added.
  public func adding(_ extra: CellAttributes) -> Style {
    var copy = self
    copy.attributes.formUnion(extra)
    return copy
  }
}
