import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// `:export` takes a format, a path, or a path whose extension names the format; anything
/// else gets the usage, and a missing folder is named.
@Suite struct PaletteExportTests {
  func run(_ command: String) throws -> String {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character(":")] + keys(command) + [.enter])
    return explorer.state.message ?? ""
  }

  @Test func formatsPathsAndRefusals() throws {
    let folder = NSTemporaryDirectory() + "crosslens-export-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let json = folder + "/out.json"
    #expect(try run("export \(json)").hasSuffix("rows to \(json)"))
    #expect(try run("export \(json)").hasSuffix("rows to \(json) (replaced)"))
    let written = try Data(contentsOf: URL(fileURLWithPath: json))
    #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
    let csv = folder + "/list.txt"
    #expect(try run("export csv \(csv)").hasSuffix("rows to \(csv)"))
    #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("user_id,"))
    #expect(
      try run("export xml")
        == "export: 'xml' is neither csv nor json (usage: export [csv|json] [path])")
    #expect(
      try run("export out.xml")
        == "export: 'out.xml' is neither csv nor json (usage: export [csv|json] [path])")
    #expect(try run("export csv a b") == "usage: export [csv|json] [path]")
    #expect(
      try run("export csv \(folder)/missing/x.csv") == "export failed: no folder \(folder)/missing")
    // A folder gets the file under its usual name.
    let message = try run("export csv \(folder)")
    #expect(
      message.contains("rows to \(folder)/crosslens-") && message.hasSuffix(".csv"), "\(message)")
  }
}
