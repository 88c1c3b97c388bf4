import Foundation

/// The built `crosslens` executable, run as a subprocess.
enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let foodKitchen = CLITests.root.deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/food-kitchen").path

  static var hasFoodKitchen: Bool {
    FileManager.default.fileExists(atPath: foodKitchen + "/items.tsv")
  }

  /// The binary in the build products folder (beside the test bundle, or `.build/debug`).
  static func executable() throws -> URL {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("crosslens"),
      testBinary.deletingLastPathComponent().appendingPathComponent("crosslens"),
      testBinary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "crosslens"),
      CLITests.root.appendingPathComponent(".build/debug/crosslens"),
    ]
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      throw CLIError(description: "crosslens not built (looked in \(candidates.map(\.path)))")
    }
    return found
  }

  /// Runs `crosslens arguments`, with `input` (by default nothing) as its standard input, and
  /// collects everything it printed.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], input: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    if let input {
      // Written beside the reading below, so a large input cannot fill both pipes.
      Thread {
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
      }.start()
    }
    // Read both pipes before waiting, so a full pipe cannot block the child.
    let errData = ThreadSafeBox()
    let errDone = DispatchSemaphore(value: 0)
    Thread {
      errData.set(err.fileHandleForReading.readDataToEndOfFile())
      errDone.signal()
    }.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    errDone.wait()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.get(), as: UTF8.self))
  }

  struct CLIError: Error, CustomStringConvertible { var description: String }

  final class ThreadSafeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data ?? Data() } }
  }
}

/// A fresh temporary folder, removed when released.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "crosslens-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { "\(path)/\(name)" }
}
