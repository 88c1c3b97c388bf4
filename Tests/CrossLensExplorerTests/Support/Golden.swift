import Foundation
import Testing

/// Golden-text snapshots in `Tests/Fixtures/explorer-golden/NAME.txt` (outside the target, so
/// SwiftPM does not treat them as resources). Set
/// `UPDATE_GOLDEN=1` to (re)write them; a missing file is written and the test fails, so a
/// new snapshot is always looked at once.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/explorer-golden")

  static func check(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
    let stored = try? String(contentsOf: url, encoding: .utf8)
    if update || stored == nil {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
      if stored == nil {
        Issue.record(
          "recorded new golden \(name).txt: check it and run again", sourceLocation: sourceLocation)
      }
      return
    }
    let expected = stored.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 } ?? ""
    if expected != text {
      let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let b = text.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDiff =
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(a.count, b.count)
      Issue.record(
        """
        golden \(name).txt differs at line \(firstDiff + 1):
        expected: \(firstDiff < a.count ? String(a[firstDiff]) : "<end>")
        actual:   \(firstDiff < b.count ? String(b[firstDiff]) : "<end>")
        full actual screen:
        \(text)
        """, sourceLocation: sourceLocation)
    }
  }
}
