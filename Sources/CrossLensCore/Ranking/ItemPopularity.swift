import Foundation

/// Interaction counts per item, and what the ranking derives from them: the popularity
/// component's raw score `log(1 + n_i)` and the popularity concentration cost
/// `c(i) = log(1 + n_i) / max_{j ∈ D(i)} log(1 + n_j)` ∈ [0, 1] (0 for a domain without
/// interactions), used where a model has no exposure tally (`ItemExposure`).
public struct ItemPopularity: Sendable, Codable, Hashable {
  /// `n_i`: interactions with item i in the fitted data.
  public let counts: [Int32]
  /// `log(1 + n_i)`.
  public let logCounts: [Float]
  /// `c(i)`.
  public let concentration: [Float]

  /// - Complexity: O(interactions + items).
  public init(dataset: Dataset) {
    var counts = [Int32](repeating: 0, count: dataset.items.count)
    for x in dataset.interactions { counts[Int(x.item)] += 1 }
    self.init(counts: counts, domains: dataset.items.map(\.domain))
  }

  /// From counts and each item's domain (same length).
  public init(counts: [Int32], domains: [Int]) {
    precondition(counts.count == domains.count)
    self.counts = counts
    let logs = counts.map { Float(log1p(Double($0))) }
    var maxima: [Int: Float] = [:]
    for (i, d) in domains.enumerated() { maxima[d] = Swift.max(maxima[d] ?? 0, logs[i]) }
    self.logCounts = logs
    self.concentration = logs.indices.map { i in
      let top = maxima[domains[i]] ?? 0
      return top > 0 ? logs[i] / top : 0
    }
  }
}

/// Popularity in the target domain: raw score `log(1 + n_i)`, the same for every user.
public struct PopularityComponent: ScoringComponent {
  /// The name fusion leaves out (see `CrossDomainModel.learnWeights`).
  public static let componentName = "popularity"
  public let name: String
  public let popularity: ItemPopularity

  public init(name: String = componentName, popularity: ItemPopularity) {
    self.name = name
    self.popularity = popularity
  }

  /// - Complexity: O(candidates).
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    candidates.map { popularity.logCounts[Int($0)] }
  }

  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    let n = popularity.counts[Int(item)]
    return [
      Contribution(
        historyItem: nil, amount: popularity.logCounts[Int(item)],
        label: "log(1 + \(n) interactions)")
    ]
  }
}
