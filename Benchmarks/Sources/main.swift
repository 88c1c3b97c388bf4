import CrossLensCore
import Foundation

// Usage: CrossLensBenchmarks [import|store|all] [DATASET_FOLDER]
// Times the Food–Kitchen import and store round trip; prints medians of several runs.

let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first ?? "all"
let folder = arguments.dropFirst().first ?? "../shared/datasets/food-kitchen"

guard FileManager.default.fileExists(atPath: folder) else {
  print("benchmarks: \(folder) not found (run from the package root, or pass the folder)")
  exit(1)
}

if which == "import" || which == "all" {
  ImportBenchmarks(folder: folder).run()
}
if which == "store" || which == "all" {
  StoreBenchmarks(folder: folder).run()
}
