import Foundation
import Testing

/// An import interrupted while it writes the store leaves no temporary file behind, and the
/// store it would have replaced as it was.
@Suite struct ImportInterruptTests {
  /// A big dataset (writing its store takes a while, so a signal finds it half-written) and
  /// a store imported from the tiny fixture, with its bytes.
  static func setUp(_ folder: TemporaryFolder) throws -> (data: String, store: String, bytes: Data)
  {
    let data = folder.file("big")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    var items = "item_id\tdomain\ttitle\n"
    for i in 0..<2_000 { items += "i\(i)\t\(i % 2 == 0 ? "Books" : "Music")\tTitle \(i)\n" }
    try items.write(toFile: data + "/items.tsv", atomically: true, encoding: .utf8)
    var interactions = "user_id\titem_id\n"
    interactions.reserveCapacity(24_000_000)
    for n in 0..<1_500_000 { interactions += "u\(n % 50_000)\ti\((n * 7919) % 2_000)\n" }
    try interactions.write(toFile: data + "/interactions.tsv", atomically: true, encoding: .utf8)
    let store = folder.file("s.sqlite")
    #expect(try CLI.run(["import", "\(CLITests.fixtures)/good/tiny", "--out", store]).status == 0)
    return (data, store, try Data(contentsOf: URL(fileURLWithPath: store)))
  }

  /// Runs `arguments` (an import writing `folder`'s `s.sqlite`), sends `signal` once its
  /// temporary file is there, and waits for it to end.
  static func interrupt(
    _ executable: URL, _ arguments: [String], in folder: TemporaryFolder, with signal: Int32
  ) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while temporaries(folder).isEmpty && process.isRunning && Date() < deadline { usleep(5_000) }
    let caught = process.isRunning && !temporaries(folder).isEmpty
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try #require(caught, "the import ended before it was seen writing its temporary file")
    return process
  }

  static func temporaries(_ folder: TemporaryFolder) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
      .filter { $0.hasPrefix(".s.sqlite.tmp-") } ?? []
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGQUIT])
  func interruptedImportRemovesItsTemporaryFile(signal: Int32) throws {
    let folder = try TemporaryFolder()
    let (data, store, before) = try Self.setUp(folder)
    let process = try Self.interrupt(
      try CLI.executable(), ["import", data, "--out", store], in: folder, with: signal)
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(Self.temporaries(folder).isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
  }

  /// A signal the caller ignores stays ignored (`nohup crosslens import …` outlives its
  /// terminal): the import completes and replaces the store.
  @Test func ignoredHangUpLetsTheImportFinish() throws {
    let folder = try TemporaryFolder()
    let (data, store, before) = try Self.setUp(folder)
    // `trap '' HUP` ignores SIGHUP, and exec keeps it ignored.
    let process = try Self.interrupt(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", "trap '' HUP; exec \"$0\" import \"$1\" --out \"$2\"", try CLI.executable().path,
        data, store,
      ],
      in: folder, with: SIGHUP)
    #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    #expect(Self.temporaries(folder).isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) != before)
  }
}
