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
    var number = 0
    guard let input = fdopen(STDIN_FILENO, "r") else { return }
    while let bytes = Self.nextLine(of: input) {
      number += 1
      // readLine would silently turn bad bytes into U+FFFD, which the tokenizer then drops.
      guard let line = String(validating: bytes, as: UTF8.self) else {
        try flush()
        let offset = Self.firstInvalidByte(bytes)
        throw ImportError(
          file: "standard input", line: number, fault: .invalidUTF8(byteOffset: offset))
      }
      batch.append(line)
      if batch.count == 256 { try flush() }
    }
    try flush()
  }

  /// The next line of `input` as bytes, without its `\n` or `\r\n`.
  static func nextLine(of input: UnsafeMutablePointer<FILE>) -> [UInt8]? {
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    let count = getline(&buffer, &capacity, input)
    guard count >= 0, let buffer else { return nil }
    var bytes = UnsafeRawBufferPointer(start: buffer, count: count).map { $0 }
    if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    return bytes
  }

  /// The offset of the first byte where `bytes` stops being valid UTF-8.
  static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
    var end = bytes.count
    while end > 0, String(validating: bytes[..<end], as: UTF8.self) == nil { end -= 1 }
    return end
  }
}
