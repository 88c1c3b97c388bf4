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
    while let line = readLine(strippingNewline: true) {
      batch.append(line)
      if batch.count == 256 { try flush() }
    }
    try flush()
  }
}
