import CrossLensCore
import Foundation

/// Throughput of the native all-MiniLM-L6-v2 encoder on the texts that `Benchmarks/minilm_reference.py`
/// feeds sentence-transformers, so the two runs compare like with like.
///
/// Texts: every 18th Food–Kitchen title (the first 2,000 of them), whole ("Food–Kitchen titles")
/// and cut to their first four words ("short titles", 9.2 tokens on average with [CLS]/[SEP]).
enum MiniLMBenchmark {
  static func run(arguments: [String]) throws {
    let itemsPath =
      value(of: "--items", in: arguments) ?? "../shared/datasets/food-kitchen/items.tsv"
    let repeats = Int(value(of: "--repeats", in: arguments) ?? "3") ?? 3
    let titles = try loadTitles(itemsPath)
    let sample = stride(from: 0, to: titles.count, by: 18).prefix(2000).map { titles[$0] }
    let short = sample.map { $0.split(separator: " ").prefix(4).joined(separator: " ") }
    let encoder = try MiniLMEncoder(verifyWeights: false)
    let tokens = short.map { encoder.tokenizer.encode($0).count }
    print(
      "MiniLM benchmark: \(sample.count) titles, short mean \(mean(tokens)) tokens, full mean "
        + "\(mean(sample.map { encoder.tokenizer.encode($0).count })) tokens; \(repeats) runs, medians"
    )

    for (label, texts) in [("short titles", short), ("Food–Kitchen titles", sample)] {
      let batch = median((0..<repeats).map { _ in seconds { _ = try? encoder.encode(texts) } })
      print(
        "  \(label), batch (one call, \(encoder.threadCount) threads): "
          + "\(format(Double(texts.count) / batch)) sentences/s")
      let single = seconds { for text in texts.prefix(500) { _ = try? encoder.encode([text]) } }
      print("  \(label), single (one call per sentence): \(format(500 / single)) sentences/s")
    }
    let oneThread = try MiniLMEncoder(
      files: MiniLMModelFiles.locate(), verifyWeights: false, threads: 1)
    let blasThreads = median(
      (0..<repeats).map { _ in seconds { _ = try? oneThread.encode(short) } })
    print(
      "  short titles, batch, 1 worker with OpenBLAS threads (\(BLAS.threadCount)): "
        + "\(format(Double(short.count) / blasThreads)) sentences/s")
    let latency = median((0..<51).map { i in seconds { _ = try? encoder.encode([short[i]]) } })
    print("  one short sentence: \(format(latency * 1000)) ms (median of 51)")
  }

  static func loadTitles(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return fields.count >= 3 ? String(fields[2]) : nil
    }
  }

  static func value(of flag: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else {
      return nil
    }
    return arguments[index + 1]
  }

  static func seconds(_ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(work)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
  static func mean(_ values: [Int]) -> String {
    format(Double(values.reduce(0, +)) / Double(values.count))
  }
  static func format(_ x: Double) -> String { String(format: "%.1f", x) }
}
