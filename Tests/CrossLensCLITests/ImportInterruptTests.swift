import Foundation
import Testing

/// An import interrupted while it writes the store leaves no temporary file behind, and the
/// store it would have replaced as it was.
@Suite struct ImportInterruptTests {
  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedImportRemovesItsTemporaryFile(signal: Int32) throws {
    let folder = try TemporaryFolder()
    let data = folder.file("big")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    // Big enough that writing the store takes a while (the signal must find it half-written).
    var items = "item_id\tdomain\ttitle\n"
    for i in 0..<2_000 { items += "i\(i)\t\(i % 2 == 0 ? "Books" : "Music")\tTitle \(i)\n" }
    try items.write(toFile: data + "/items.tsv", atomically: true, encoding: .utf8)
    var interactions = "user_id\titem_id\n"
    interactions.reserveCapacity(24_000_000)
    for n in 0..<1_500_000 { interactions += "u\(n % 50_000)\ti\((n * 7919) % 2_000)\n" }
    try interactions.write(toFile: data + "/interactions.tsv", atomically: true, encoding: .utf8)
    let store = folder.file("s.sqlite")
    #expect(try CLI.run(["import", "\(CLITests.fixtures)/good/tiny", "--out", store]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: store))

    let process = Process()
    process.executableURL = try CLI.executable()
    process.arguments = ["import", data, "--out", store]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let temporaries = {
      (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasPrefix(".s.sqlite.tmp-") } ?? []
    }
    let deadline = Date().addingTimeInterval(120)
    while temporaries().isEmpty && process.isRunning && Date() < deadline { usleep(5_000) }
    let caught = process.isRunning && !temporaries().isEmpty
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try #require(caught, "the import ended before it was seen writing its temporary file")
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(temporaries().isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
  }
}
