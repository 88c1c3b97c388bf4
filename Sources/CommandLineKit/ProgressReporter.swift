#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress display with an ETA, redrawn in place on standard error.
///
/// Silent unless enabled (by default: when standard error is a terminal), and silent for the
/// first second, so quick work prints nothing. Redraws at most ten times a second.
public final class ProgressReporter {
  private let label: String
  private let enabled: Bool
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let write: (String) -> Void
  private var lastDraw: ContinuousClock.Instant?
  private var drawn = false
  private let quietPeriod: Duration

  /// - Parameters:
  ///   - enabled: whether to draw at all; `nil` means "when standard error is a terminal".
  ///   - write: where the text goes (standard error by default; tests capture it).
  public init(
    _ label: String, enabled: Bool? = nil, quietPeriod: Duration = .seconds(1),
    write: @escaping (String) -> Void = ProgressReporter.writeToStandardError
  ) {
    self.label = label
    self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
    self.start = clock.now
    self.quietPeriod = quietPeriod
    self.write = write
  }

  /// Writes unbuffered to file descriptor 2.
  public static func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }

  /// Reports the fraction done, in [0, 1].
  public func update(_ fraction: Double) {
    guard enabled else { return }
    let now = clock.now
    let elapsed = now - start
    guard elapsed >= quietPeriod else { return }
    if let lastDraw, now - lastDraw < .milliseconds(100) { return }
    lastDraw = now
    write("\r\u{1B}[K" + Self.line(label: label, fraction: fraction, elapsed: elapsed))
    drawn = true
  }

  /// Clears the line, if anything was drawn.
  public func finish() {
    if drawn { write("\r\u{1B}[K") }
    drawn = false
  }

  /// `importing  42% [████████░░░░░░░░░░░░] ETA 3s`; the ETA extrapolates the rate so far.
  public static func line(label: String, fraction: Double, elapsed: Duration) -> String {
    let done = min(max(fraction, 0), 1)
    let width = 20
    let filled = Int((done * Double(width)).rounded(.down))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let eta = done > 0.001 ? " ETA \(format(seconds * (1 - done) / done))" : ""
    let percent = String(Int((done * 100).rounded(.down)))
    return
      "\(label) \(String(repeating: " ", count: max(0, 3 - percent.count)))\(percent)% [\(bar)]\(eta)"
  }

  /// Seconds as `7s` or `2m05s`.
  static func format(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    if whole < 60 { return "\(whole)s" }
    let remainder = whole % 60
    return "\(whole / 60)m\(remainder < 10 ? "0" : "")\(remainder)s"
  }
}
