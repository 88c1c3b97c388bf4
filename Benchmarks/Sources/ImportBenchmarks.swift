import CrossLensCore
import Foundation

/// The in-memory import of a delimited folder (parsing and checking, no store).
struct ImportBenchmarks {
  let folder: String

  func run() {
    do {
      var counts = (users: 0, items: 0, interactions: 0)
      let seconds = try medianSeconds(runs: 5) {
        let result = try ImportLayout.load(folder)
        counts = (
          result.dataset.users.count, result.dataset.items.count, result.dataset.interactions.count
        )
      }
      print(
        "import \(folder): \(counts.users) users, \(counts.items) items, \(counts.interactions) interactions"
      )
      report("import to memory (parse + check)", seconds: seconds, goal: 10)
    } catch {
      print("import failed: \(error)")
    }
  }
}
