/// A decoded input event: a key press, a mouse click or a resize.
public enum Key: Sendable, Hashable, CustomStringConvertible {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  /// Control plus a letter (`ctrl("c")` is Ctrl-C).
  case ctrl(Character)
  case function(Int)
  /// A left click at a cell (0-based column, row).
  case mouse(x: Int, y: Int)
  case scrollUp(x: Int, y: Int)
  case scrollDown(x: Int, y: Int)
  case resize
  /// A termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrived; the application should
  /// quit.
  case signal(Int32)

  /// How the key is written in help text (`↑`, `Enter`, `^C`, `q`).
  public var description: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .ctrl(let c): return "^" + String(c).uppercased()
    case .function(let n): return "F\(n)"
    case .mouse: return "click"
    case .scrollUp: return "wheel↑"
    case .scrollDown: return "wheel↓"
    case .resize: return "resize"
    case .signal(let number): return "signal \(number)"
    }
  }
}
