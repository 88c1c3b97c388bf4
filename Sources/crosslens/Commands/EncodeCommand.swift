import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens encode --text "…" --json`: the tokens and embedding of one text, or of each line
/// of standard input.
struct EncodeCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens encode",
    abstract: "Print the all-MiniLM-L6-v2 tokens and embedding of a text (or of each input line).",
    discussion: """
      Prints {"tokens":[…],"ids":[…],"embedding":[…]}: the word pieces fed to the model (with \
      [CLS]/[SEP], at most 256), their vocabulary ids and the L2-normalised 384-d embedding. \
      Without --text, reads standard input and prints one such line per input line.
      """,
    arguments: [
      .option("text", short: "t", valueName: "text", help: "The text to encode."),
      .flag("json", help: "Print JSON (the only format; accepted for clarity)."),
      .option("model-dir", valueName: "dir", help: ModelCommand.modelDirHelp),
    ])

  let text: String?
  let modelDirectory: String?

  init(_ arguments: ParsedArguments) throws {
    text = arguments.value("text")
    modelDirectory = arguments.value("model-dir")
  }

  func run() throws {
    let encoder = try MiniLMEncoder(modelDirectory: modelDirectory)
    if let text {
      print(try encoder.encodingJSON(for: text))
      return
    }
    var batch: [String] = []
    func flush() throws {
      for line in try encoder.encodingJSON(for: batch) { print(line) }
      batch.removeAll()
    }
    guard let input = fdopen(STDIN_FILENO, "r") else {
      throw ImportError(file: "standard input", fault: .unreadable(reason: "cannot be opened"))
    }
    var reader = LineReader(file: input)
    var number = 0
    while let bytes = reader.next() {
      number += 1
      // readLine would silently turn bad bytes into U+FFFD, which the tokenizer then drops.
      if let offset = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) {
        try flush()
        throw ImportError(
          file: "standard input", line: number, fault: .invalidUTF8(byteOffset: offset))
      }
      batch.append(String(decoding: bytes, as: UTF8.self))
      if batch.count == 256 { try flush() }
    }
    try flush()
  }
}

/// The lines of a C stream as bytes, without their `\n` or `\r\n`, through one buffer.
struct LineReader: ~Copyable {
  let file: UnsafeMutablePointer<FILE>
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0

  init(file: UnsafeMutablePointer<FILE>) { self.file = file }

  deinit { free(buffer) }

  mutating func next() -> [UInt8]? {
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else { return nil }
    var end = count
    if end > 0 && buffer[end - 1] == 0x0A { end -= 1 }
    if end > 0 && buffer[end - 1] == 0x0D { end -= 1 }
    return UnsafeRawBufferPointer(start: buffer, count: end).map { $0 }
  }
}
