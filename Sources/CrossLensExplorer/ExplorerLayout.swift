import TerminalKit

/// Where each part of the main screen goes for a terminal size. Pure, so drawing and mouse
/// hit-testing agree.
public struct ExplorerLayout: Sendable, Equatable {
  /// The smallest size the explorer draws in; below it a message asks for a larger window.
  public static let minimum = Size(width: 80, height: 24)

  /// Whether the explorer can be drawn at `size` (else it shows only the "too small" notice).
  public static func fits(_ size: Size) -> Bool {
    size.width >= minimum.width && size.height >= minimum.height
  }

  public var header: Rect
  public var users: Rect
  /// The right-hand box: history tabs and rows, then the recommendations below a divider.
  public var detail: Rect
  public var tabs: Rect
  public var history: Rect
  public var dividerY: Int
  public var recommendationHeader: Rect
  public var recommendations: Rect
  public var sliders: Rect
  public var metrics: Rect

  public init(size: Size) {
    let all = Rect(size)
    let (header, rest) = all.splitRows(at: 1)
    let (body, status) = rest.splitRows(bottom: 2)
    self.header = header
    // The users pane narrows on small terminals; the detail box keeps the rest.
    let usersWidth = size.width >= 120 ? 37 : max(30, size.width * 3 / 10)
    let (users, detail) = body.splitColumns(at: usersWidth)
    self.users = users
    self.detail = detail
    let inner = detail.inset(by: 1)
    // The list keeps room for ten ranked rows and their header on small terminals; on tall
    // ones history takes two fifths of the rows below the tabs (the list: ten ranked rows and
    // up to ten τ-filtered ones at 40 rows).
    let historyRows =
      size.height >= 40 ? (inner.height - 3) * 2 / 5 : max(2, (inner.height - 14))
    self.tabs = inner.row(0)
    self.history = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: historyRows)
    self.dividerY = history.maxY
    self.recommendationHeader = Rect(x: inner.x, y: dividerY + 1, width: inner.width, height: 1)
    self.recommendations = Rect(
      x: inner.x, y: dividerY + 2, width: inner.width, height: inner.maxY - dividerY - 2)
    self.sliders = status.row(0)
    self.metrics = status.row(1)
  }
}
