/// An in-memory terminal: tests queue keys and read back the last drawn screen as text.
public final class VirtualTerminal: Terminal {
  public private(set) var size: Size
  /// The last screen drawn.
  public private(set) var screen: Screen
  public private(set) var framesDrawn = 0
  private var pending: [Key] = []

  public init(size: Size = Size(width: 80, height: 24)) {
    self.size = size
    self.screen = Screen(size: size)
  }

  /// Keeps `screen` as the last frame drawn.
  public func draw(_ screen: Screen) {
    self.screen = screen
    framesDrawn += 1
  }

  /// Next queued key; `nil` when the queue is empty (a virtual terminal never blocks).
  public func readKey(timeoutMilliseconds: Int?) -> Key? {
    pending.isEmpty ? nil : pending.removeFirst()
  }

  /// Queues keys as if typed.
  public func send(_ keys: Key...) { pending.append(contentsOf: keys) }
  /// Queues keys for the following `readKey` calls.
  public func send(_ keys: [Key]) { pending.append(contentsOf: keys) }

  /// Queues the characters of `text`, one key each.
  public func type(_ text: String) { pending.append(contentsOf: text.map(Key.character)) }

  /// Changes the size and queues a resize event, as a terminal emulator would.
  public func resize(to newSize: Size) {
    size = newSize
    pending.append(.resize)
  }

  /// The last screen, as plain text.
  public var text: String { screen.plainText() }
}
