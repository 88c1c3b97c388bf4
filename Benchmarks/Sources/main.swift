import CrossLensCore
import Foundation

/// `swift run -c release CrossLensBenchmarks <name> [--option value …]`.
let arguments = Array(CommandLine.arguments.dropFirst())
let benchmarks: [String: ([String]) throws -> Void] = [
  "als-ml1m": ALSMovieLensBenchmark.run
]
guard let name = arguments.first, let benchmark = benchmarks[name] else {
  print("usage: CrossLensBenchmarks <\(benchmarks.keys.sorted().joined(separator: "|"))> [options]")
  exit(2)
}
do {
  try benchmark(Array(arguments.dropFirst()))
} catch {
  FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
  exit(1)
}
