/// An application the run loop drives: it draws frames and handles keys, on one thread.
public protocol TerminalApplication: AnyObject {
  /// The frame for a terminal of `size`.
  func render(size: Size) -> Screen
  /// Handles one event; returns false to quit.
  func handle(_ key: Key) -> Bool
  /// Called when no key arrived within the poll interval; returns true when background work
  /// delivered something and the screen must be redrawn.
  func poll() -> Bool
}

/// The input loop: draw, wait for a key (polling background work meanwhile), handle, redraw.
public enum TerminalRunLoop {
  /// Runs `application` on `terminal` until it asks to quit (or, with `stopWhenIdle`, until no
  /// input is left: how tests drive a `VirtualTerminal`).
  ///
  /// - Returns: the number of frames drawn.
  @discardableResult
  public static func run(
    _ application: some TerminalApplication, on terminal: some Terminal,
    pollMilliseconds: Int = 50, stopWhenIdle: Bool = false
  ) -> Int {
    var frames = 1
    terminal.draw(application.render(size: terminal.size))
    while true {
      if let key = terminal.readKey(timeoutMilliseconds: pollMilliseconds) {
        guard application.handle(key) else { break }
      } else if !application.poll() {
        if stopWhenIdle { break }
        continue
      }
      terminal.draw(application.render(size: terminal.size))
      frames += 1
    }
    return frames
  }
}
