import CrossLensCore
import TerminalKit

/// The explorer application (screens arrive with the explorer issue).
public enum Explorer {}
