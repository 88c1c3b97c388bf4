/// Why a terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
  case notATerminal
  case cannotStart

  public var description: String {
    switch self {
    case .notATerminal: return "standard input and output must be a terminal"
    case .cannotStart: return "could not start the terminal (is TERM set?)"
    }
  }
}
