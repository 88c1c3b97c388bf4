import CrossLensCore
import Foundation

/// Creating a store from an imported dataset, opening it and loading the dataset back.
struct StoreBenchmarks {
  let folder: String

  func run() {
    do {
      let dataset = try ImportLayout.load(folder).dataset
      let path = NSTemporaryDirectory() + "crosslens-bench-\(getpid()).sqlite"
      defer { unlink(path) }
      let hash = medianSeconds(runs: 5) { _ = DataHash.compute(dataset) }
      report("data hash (Fingerprint128 of the dataset)", seconds: hash, goal: 1)
      let create = try medianSeconds(runs: 3) { _ = try Store.create(at: path, from: dataset) }
      report("store create (write + hash + rename)", seconds: create, goal: 10)
      let parse = try medianSeconds(runs: 5) { _ = try ImportLayout.load(folder) }
      let full = parse + create
      report("import total (parse + store create)", seconds: full, goal: 10)
      let open = try medianSeconds(runs: 7) { _ = try Store(path: path).loadDataset() }
      report("store open + loadDataset", seconds: open, goal: 1)
      let attributes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      print("store size: \(attributes / 1_000_000) MB")
    } catch {
      print("store benchmark failed: \(error)")
    }
  }
}
