import Testing

@testable import TerminalKit

@Suite struct RunLoopTests {
  /// Counts keys into its frame; `q` quits; a background result is pending once.
  final class Counter: TerminalApplication {
    var keys = 0
    var pendingResult = true
    func render(size: Size) -> Screen {
      var screen = Screen(size: size)
      screen.write("keys \(keys)", x: 0, y: 0)
      return screen
    }
    func handle(_ key: Key) -> Bool {
      if key == .character("q") { return false }
      keys += 1
      return true
    }
    func poll() -> Bool {
      defer { pendingResult = false }
      return pendingResult
    }
  }

  @Test func drawsAFrameAfterEveryKeyAndBackgroundResult() {
    let terminal = VirtualTerminal(size: Size(width: 20, height: 2))
    terminal.type("ab")
    terminal.resize(to: Size(width: 30, height: 3))
    let app = Counter()
    let frames = TerminalRunLoop.run(app, on: terminal, stopWhenIdle: true)
    // First frame, three events, one background result.
    #expect(frames == 5)
    #expect(terminal.framesDrawn == 5)
    #expect(terminal.screen.size == Size(width: 30, height: 3))
    #expect(terminal.text.hasPrefix("keys 3"))
  }

  @Test func quitsOnRequest() {
    let terminal = VirtualTerminal()
    terminal.type("aqb")
    let app = Counter()
    TerminalRunLoop.run(app, on: terminal, stopWhenIdle: true)
    #expect(app.keys == 1)
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("b"))
  }
}
