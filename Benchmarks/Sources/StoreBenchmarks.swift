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
      report("data hash (Fingerprint128)", seconds: hash, goal: 1)
      let create = try medianSeconds(runs: 3) { _ = try Store.create(at: path, from: dataset) }
      report("store create (write + hash + rename)", seconds: create, goal: 10)
      let parse = try medianSeconds(runs: 5) { _ = try ImportLayout.load(folder) }
      let full = parse + create
      report("import total (parse + store create)", seconds: full, goal: 10)
      if let reference = pythonReference() {
        print(
          "python reference (csv + sqlite3)         median \(String(format: "%8.3f", reference)) s   "
            + "ratio CrossLens / Python \(String(format: "%.2f", full / reference))")
      }
      let open = try medianSeconds(runs: 7) { _ = try Store(path: path).loadDataset() }
      report("store open + loadDataset", seconds: open, goal: 1)
      let attributes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      print("store size: \(attributes / 1_000_000) MB")
    } catch {
      print("store benchmark failed: \(error)")
    }
  }

  /// The median of `Benchmarks/python/import_reference.py` (3 runs), if Python can run it.
  func pythonReference() -> Double? {
    let script = "Benchmarks/python/import_reference.py"
    guard FileManager.default.fileExists(atPath: script) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, folder, "--runs", "3"]
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("median ") })
    else { return nil }
    return Double(line.split(separator: " ")[1])
  }
}
