import CrossLensCore
import Foundation

let arguments = Set(CommandLine.arguments.dropFirst())
let all = arguments.isEmpty
if all || arguments.contains("rerank") { RerankBenchmark.run() }
