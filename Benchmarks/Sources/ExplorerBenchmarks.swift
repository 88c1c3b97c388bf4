import CrossLensCore
import CrossLensExplorer
import Foundation
import TerminalKit

/// The explorer's responsiveness: start to first frame, key press to frame for slider
/// changes (handle the key, re-rank through the model, render 120×40), resident memory.
///
/// `CrossLensBenchmarks explorer [FOLDER | --store STORE] [--presses N]`: FOLDER is a delimited
/// dataset folder (default ../shared/datasets/food-kitchen), fitted here; STORE a store that
/// `crosslens train` has trained (its model is loaded, as `crosslens explore` does). Frames are
/// rendered to an in-memory screen, so curses output (a diff the terminal library sends) is
/// not included.
enum ExplorerBenchmarks {
  static func run(_ options: [String]) throws {
    let positional = options.enumerated().filter { i, word in
      !word.hasPrefix("-") && (i == 0 || !options[i - 1].hasPrefix("--"))
    }.map(\.element)
    let folder = positional.first ?? "../shared/datasets/food-kitchen"
    let presses = option("--presses", in: options).flatMap(Int.init) ?? 400
    let clock = ContinuousClock()
    let start = clock.now
    let storePath = option("--store", in: options)
    let dataset: Dataset
    let model: CrossDomainModel
    let loaded: ContinuousClock.Instant
    if let storePath {
      let store = try Store(path: storePath)
      dataset = try store.loadDataset()
      loaded = clock.now
      model = try loadModel(store: store, dataset: dataset)
    } else {
      dataset = try ImportLayout.load(folder).dataset
      loaded = clock.now
      model = try CrossDomainModel.fit(dataset: dataset)
    }
    let fitted = clock.now
    let explorer = Explorer(
      directory: UserDirectory(dataset: dataset), model: model, title: dataset.name,
      theme: .monochrome)
    let size = Size(width: 120, height: 40)
    _ = explorer.render(size: size)
    let firstFrame = clock.now
    print(
      "dataset \(storePath ?? folder): \(dataset.users.count) users, \(dataset.items.count) items, \(dataset.interactions.count) interactions"
    )
    print(
      String(
        format:
          "load %.0f ms · model %.0f ms · explorer + first frame %.0f ms · start to first frame %.0f ms",
        ms(loaded - start), ms(fitted - loaded), ms(firstFrame - fitted), ms(firstFrame - start)))

    // The first request of a user scores every candidate; slider steps then only re-rank.
    var times: [Double] = []
    var userSwitch: [Double] = []
    let keys: [Key] = [.character("+"), .character("+"), .character("-"), .character(">")]
    for n in 0..<presses {
      if n % 50 == 0 {
        let t0 = clock.now
        _ = explorer.handle(.down)
        _ = explorer.render(size: size)
        userSwitch.append(ms(clock.now - t0))
      }
      let key = keys[n % keys.count]
      let t0 = clock.now
      _ = explorer.handle(key)
      _ = explorer.render(size: size)
      if key != .character(">") { times.append(ms(clock.now - t0)) }
    }
    print(summary("slider key → frame (120×40)", times, goal: 16))
    print(summary("user change → frame (first request)", userSwitch, goal: nil))
    print(
      "resident memory: \(residentMegabytes("VmRSS")) MB now, peak \(residentMegabytes("VmHWM")) MB"
    )
  }

  /// The trained model of a store, over the embeddings it was trained with (MiniLM's from the
  /// store when every item has one, else the stand-in), as `crosslens explore` loads it.
  static func loadModel(store: Store, dataset: Dataset) throws -> CrossDomainModel {
    try store.loadModel(dataset: dataset) {
      try ItemEmbeddings.best(in: store, for: dataset, standInDimension: $0.standInDimension)
    }
  }

  static func option(_ name: String, in options: [String]) -> String? {
    guard let i = options.firstIndex(of: name), i + 1 < options.count else { return nil }
    return options[i + 1]
  }

  static func ms(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15
  }

  static func summary(_ name: String, _ samples: [Double], goal: Double?) -> String {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return name + ": no samples" }
    let median = sorted[sorted.count / 2]
    let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    var text =
      name + ": median " + String(format: "%.2f", median) + " ms, p99 "
      + String(format: "%.2f", p99) + " ms (\(sorted.count) samples)"
    if let goal {
      text += p99 <= goal ? "  goal p99 < \(goal) ms: ok" : "  goal p99 < \(goal) ms: OVER"
    }
    return text
  }

  /// A field of /proc/self/status in megabytes (Linux).
  static func residentMegabytes(_ field: String) -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
      let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return "?" }
    return String(format: "%.0f", kb / 1024)
  }
}
