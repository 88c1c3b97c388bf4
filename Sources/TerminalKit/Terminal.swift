/// A place to draw screens and read keys from: a real terminal or an in-memory one.
///
/// All calls happen on one thread (curses is not thread-safe); background work hands its
/// results to that thread and never draws.
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// Shows `screen` (whose size should equal `size`).
  func draw(_ screen: Screen)
  /// The next input event, waiting at most `timeoutMilliseconds` (`nil`: wait indefinitely);
  /// `nil` when none arrived in time.
  func readKey(timeoutMilliseconds: Int?) -> Key?
}
