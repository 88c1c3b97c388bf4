import Testing

@testable import CommandLineKit

@Suite struct ProgressReporterTests {
  @Test func lineShowsPercentBarAndETA() {
    // Half done after 4 s: another 4 s to go.
    #expect(
      ProgressReporter.line(label: "reading", fraction: 0.5, elapsed: .seconds(4))
        == "reading  50% [██████████░░░░░░░░░░] ETA 4s")
    #expect(
      ProgressReporter.line(label: "x", fraction: 0.25, elapsed: .seconds(50))
        == "x  25% [█████░░░░░░░░░░░░░░░] ETA 2m30s")
    #expect(
      ProgressReporter.line(label: "x", fraction: 0, elapsed: .seconds(1))
        == "x   0% [░░░░░░░░░░░░░░░░░░░░]")
  }

  /// Nothing is written when disabled (not a terminal), nor within the quiet period.
  @Test func silentWhenDisabledOrQuick() {
    final class Sink: @unchecked Sendable { var text = "" }
    let sink = Sink()
    let off = ProgressReporter("a", enabled: false, quietPeriod: .zero) { sink.text += $0 }
    off.update(0.5)
    off.finish()
    let quick = ProgressReporter("b", enabled: true, quietPeriod: .seconds(60)) { sink.text += $0 }
    quick.update(0.5)
    quick.finish()
    #expect(sink.text == "")
    let on = ProgressReporter("c", enabled: true, quietPeriod: .zero) { sink.text += $0 }
    on.update(0.5)
    on.finish()
    #expect(sink.text.hasPrefix("\r\u{1B}[Kc  50% ["))
    #expect(sink.text.hasSuffix("\r\u{1B}[K"))
  }
}
