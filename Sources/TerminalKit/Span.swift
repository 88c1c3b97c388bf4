/// A run of text in one role; a `Line` is a row of spans.
public struct Span: Sendable, Hashable {
  public var text: String
  public var role: Role
  public init(_ text: String, _ role: Role = .normal) {
    self.text = text
    self.role = role
  }
}

/// One row of styled text, as presentation functions produce and widgets draw.
public struct Line: Sendable, Hashable, ExpressibleByStringLiteral {
  public var spans: [Span]
  /// A role applied on top of the spans' own (e.g. `.dimmed` for a filtered row).
  public var emphasis: Role?

  public init(_ spans: [Span], emphasis: Role? = nil) {
    self.spans = spans
    self.emphasis = emphasis
  }

  public init(_ text: String, _ role: Role = .normal) { self.init([Span(text, role)]) }
  public init(stringLiteral value: String) { self.init(value) }

  /// The line's text without styling.
  public var plain: String { spans.map(\.text).joined() }

  /// Draws the line at (x, y), clipped to `clip`; returns the column after it.
  @discardableResult
  public func draw(into screen: inout Screen, x: Int, y: Int, clip: Rect, theme: Theme) -> Int {
    var column = x
    let extra = emphasis.map { theme[$0].attributes } ?? []
    for span in spans {
      column = screen.write(
        span.text, x: column, y: y, style: theme[span.role].adding(extra), clip: clip)
    }
    return column
  }
}
