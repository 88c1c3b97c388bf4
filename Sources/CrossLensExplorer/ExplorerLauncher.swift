import CrossLensCore
import Foundation
import TerminalKit

/// Runs the explorer on the real terminal: curses mode for the session, and the terminal given
/// back as it was on every way out (q, Ctrl-C, SIGTERM/SIGHUP, a thrown error).
public enum ExplorerLauncher {
  /// Opens `explorer` in curses until the user quits.
  ///
  /// - Returns: the number of frames drawn.
  @discardableResult
  public static func run(_ explorer: Explorer) throws -> Int {
    let terminal = try CursesTerminal(theme: explorer.theme)
    defer { terminal.restore() }
    return TerminalRunLoop.run(explorer, on: terminal)
  }

  /// True when standard input and output are both terminals.
  public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// Throws the terminal error when the explorer could not run here (check before long work).
  public static func requireTerminal() throws {
    guard isInteractive else { throw TerminalError.notATerminal }
  }

  /// The theme for this process: monochrome when `NO_COLOR` is set.
  public static var environmentTheme: Theme {
    Theme.fromEnvironment(ProcessInfo.processInfo.environment)
  }
}
