import CrossLensCore
import Foundation

/// `swift run -c release CrossLensBenchmarks <name> [--option value …]` from the package root.
let arguments = Array(CommandLine.arguments.dropFirst())

/// The Food–Kitchen folder: the first positional argument, or `../shared/datasets/food-kitchen`.
func foodKitchenFolder(_ options: [String]) throws -> String {
  let folder = options.first { !$0.hasPrefix("-") } ?? "../shared/datasets/food-kitchen"
  guard FileManager.default.fileExists(atPath: folder) else {
    throw BenchmarkSetupError("\(folder) not found (run from the package root, or pass the folder)")
  }
  return folder
}

struct BenchmarkSetupError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

let benchmarks: [String: ([String]) throws -> Void] = [
  "als-ml1m": ALSMovieLensBenchmark.run,
  "explorer": ExplorerBenchmarks.run,
  "minilm": MiniLMBenchmark.run,
  "components-food-kitchen": FoodKitchenComponentsBenchmark.run,
  "rerank": { _ in RerankBenchmark.run() },
  "import": { ImportBenchmarks(folder: try foodKitchenFolder($0)).run() },
  "store": { StoreBenchmarks(folder: try foodKitchenFolder($0)).run() },
  "food-kitchen": FoodKitchenTable.run,
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
