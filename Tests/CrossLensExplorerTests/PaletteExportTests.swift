import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// `:export` takes a format, a path, or a path whose extension names the format; anything
/// else gets the usage, a missing folder is named, and only earlier exports are replaced.
@Suite struct PaletteExportTests {
  func run(_ command: String) throws -> String {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character(":")] + keys(command) + [.enter])
    return explorer.state.message ?? ""
  }

  /// Commands that take no argument refuse a stray word rather than act as if it were not
  /// there (`quit now` quit).
  @Test func strayWordsAreRefused() throws {
    #expect(try run("quit now") == "quit takes no argument (got 'now')")
    #expect(try run("sort users") == "sort takes no argument (got 'users')")
    #expect(try run("user u0001 extra") == "no user u0001 extra")
    let explorer = try ExplorerFixture.explorer()
    let keys = [.character(":")] + keys("quit") + [Key.enter]
    #expect(!keys.map { explorer.handle($0) }.last!, "quit alone still quits")
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
    // The path is the rest of the line, spaces and all.
    let spaced = folder + "/my  list .csv"
    #expect(try run("export csv \(spaced)").hasSuffix("rows to \(spaced)"))
    #expect(FileManager.default.fileExists(atPath: spaced))
    #expect(
      try run("export \(folder)/other list.json").hasSuffix("rows to \(folder)/other list.json"))
    // A folder alone takes CSV under the usual name.
    try FileManager.default.createDirectory(
      atPath: folder + "/plain", withIntermediateDirectories: false)
    #expect(try run("export \(folder)/plain").contains("rows to \(folder)/plain/crosslens-"))
    #expect(
      try run("export csv \(folder)/missing/x.csv") == "export failed: no folder \(folder)/missing")
    // A folder gets the file under its usual name.
    let message = try run("export csv \(folder)")
    #expect(
      message.contains("rows to \(folder)/crosslens-") && message.hasSuffix(".csv"), "\(message)")
  }

  /// An existing file is replaced only when empty or an earlier export of the format: a text
  /// file, a store or a link stays as it was, and the message says why.
  @Test func exportsReplaceOnlyEarlierExports() throws {
    let folder = NSTemporaryDirectory() + "crosslens-export-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let notes = folder + "/notes.txt"
    let store = folder + "/copy.sqlite"
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: notes))
    try Data("SQLite format 3\u{0}".utf8).write(to: URL(fileURLWithPath: store))
    // JSON that only mentions an export's key is not an export.
    let notebook = folder + "/analysis.json"
    try Data(#"{"cells": [{"source": "df['candidateCount']"}]}"#.utf8).write(
      to: URL(fileURLWithPath: notebook))
    let link = folder + "/link.csv"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: notes)
    for (command, path, format) in [
      ("export csv \(notes)", notes, "csv"), ("export json \(store)", store, "json"),
      ("export \(notebook)", notebook, "json"),
    ] {
      let before = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(
        try run(command)
          == "export refused, not an earlier \(format) export (name another file): \(path)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
    // A link is refused as a link, whatever it points at.
    #expect(try run("export \(link)") == "export refused, a link (name the file itself): \(link)")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == notes)
    // A CSV export may replace an earlier CSV export, and an empty file; not a JSON one.
    let csv = folder + "/list.csv"
    #expect(try run("export \(csv)").hasSuffix("rows to \(csv)"))
    #expect(try run("export \(csv)").hasSuffix("rows to \(csv) (replaced)"))
    let empty = folder + "/empty.json"
    FileManager.default.createFile(atPath: empty, contents: Data())
    #expect(try run("export \(empty)").hasSuffix("rows to \(empty) (replaced)"))
    #expect(try run("export csv \(empty)").hasSuffix("(name another file): \(empty)"))
    #expect(try run("export csv \(notes)/") == "export failed: \(notes) is a file, not a folder")
    // A path ending in / names a folder: it must exist, and the file takes its usual name.
    let missing = try run("export csv \(folder)/sub/")
    #expect(missing == "export failed: no folder \(folder)/sub", "\(missing)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/sub"))
    try FileManager.default.createDirectory(
      atPath: folder + "/sub", withIntermediateDirectories: false)
    #expect(try run("export csv \(folder)/sub/").contains("rows to \(folder)/sub/crosslens-"))
    // A folder that cannot be written: the message names the file it tried.
    let unwritable = try run("export csv /proc/")
    #expect(unwritable.hasPrefix("export failed, cannot write /proc/crosslens-"), "\(unwritable)")
  }

  /// `~` is the home folder, and a relative path starts in the export folder.
  @Test func pathsResolveLikeAShellsDo() throws {
    let home = try ExportDestination.resolve(
      "~/x.csv", name: "n.csv", format: "csv", directory: "/tmp")
    #expect(home.path == NSHomeDirectory() + "/x.csv")
    let relative = try ExportDestination.resolve(
      "y.csv", name: "n.csv", format: "csv", directory: NSTemporaryDirectory())
    #expect(relative.path == (NSTemporaryDirectory() as NSString).appendingPathComponent("y.csv"))
    let usual = try ExportDestination.resolve(
      nil, name: "n.csv", format: "csv", directory: NSTemporaryDirectory())
    #expect(usual.path == (NSTemporaryDirectory() as NSString).appendingPathComponent("n.csv"))
  }
}
