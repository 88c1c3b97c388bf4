import TerminalKit

/// Which pane has the keyboard.
public enum Pane: String, Sendable, CaseIterable {
  case users, history, recommendations, sliders
}

/// What the explorer is doing with the keyboard beyond pane navigation: typing into a prompt,
/// or showing an overlay.
public enum ExplorerMode: Sendable, Equatable {
  case browse
  /// Typing a user search (`/`); the text is applied as it is typed.
  case search
  /// Typing into a prompt at the bottom (command palette, flag note, free-text query).
  case prompt(Prompt, LineEditor)
  case help(scroll: Int)
  case explain(scroll: Int)
  /// The flags list, with a cursor on flag `selected` (↵ reopens it).
  case flags(selected: Int)
  case compare(scroll: Int)
  /// The nearest items to a free text (`Q`), with a cursor (`ExplorerState.nearest`).
  case nearest

  public enum Prompt: String, Sendable {
    case command = ":"
    case flagNote = "flag note: "
    case query = "query: "
  }

  var isHelp: Bool {
    if case .help = self { return true }
    return false
  }

  var isFlags: Bool {
    if case .flags = self { return true }
    return false
  }

  var isCompare: Bool {
    if case .compare = self { return true }
    return false
  }

  /// A line is being typed (user search or a prompt).
  var isTyping: Bool {
    switch self {
    case .search, .prompt: return true
    default: return false
    }
  }

  var isOverlay: Bool {
    switch self {
    case .help, .explain, .flags, .compare, .nearest: return true
    default: return false
    }
  }
}
