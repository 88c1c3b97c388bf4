/// Item-based collaborative filtering: cosine item–item similarity from co-occurrence, shrunk
/// toward zero for rarely co-occurring pairs, keeping the top N neighbours of every item.
///
/// With `c(i, j)` the number of users who interacted with both `i` and `j` and `n(i)` the
/// number who interacted with `i`,
///
///     sim(i, j) = c(i, j) / (√(n(i)·n(j)) + shrinkage)        (i ≠ j)
///
/// and the score of item `i` for a history `H` is `Σ_{h ∈ H} w(h) · sim(h, i)`, where `w(h)` is
/// the recency weight of `h` (`RecencyDecay`) and `sim(h, i)` counts only when `i` is among
/// `h`'s kept neighbours. `explain` returns exactly those terms, one per history item.
public struct ItemKNN: ScoringComponent {
  /// How the neighbour lists are built and weighted (README "item-kNN").
  public struct Parameters: Sendable, Hashable, Codable {
    /// Neighbours kept per item (the largest similarities).
    public var neighbours: Int
    /// Added to the cosine's denominator; damps pairs with little support.
    public var shrinkage: Float
    public var recency: RecencyDecay

    public init(
      neighbours: Int = 200, shrinkage: Float = 10, recency: RecencyDecay = .init(halfLife: 2)
    ) {
      self.neighbours = neighbours
      self.shrinkage = shrinkage
      self.recency = recency
    }
  }

  public let name: String
  public let parameters: Parameters
  public let itemCount: Int
  /// Item `i`'s neighbours are `neighbourItems[neighbourPointers[i]..<neighbourPointers[i+1]]`,
  /// by decreasing similarity (ties by ascending item index).
  public let neighbourPointers: [Int]
  public let neighbourItems: [Int32]
  public let neighbourSimilarities: [Float]

  init(
    name: String, parameters: Parameters, itemCount: Int, pointers: [Int], items: [Int32],
    similarities: [Float]
  ) {
    self.name = name
    self.parameters = parameters
    self.itemCount = itemCount
    self.neighbourPointers = pointers
    self.neighbourItems = items
    self.neighbourSimilarities = similarities
  }

  /// The kept neighbours of `item` and their similarities.
  public func neighbours(of item: Int32) -> (
    items: ArraySlice<Int32>, similarities: ArraySlice<Float>
  ) {
    let range = neighbourPointers[Int(item)]..<neighbourPointers[Int(item) + 1]
    return (neighbourItems[range], neighbourSimilarities[range])
  }

  /// - Complexity: O(Σ_{h ∈ H} N + |candidates|), with one scratch array of `itemCount`.
  public func scores(for query: UserQuery, candidates: [Int32]) -> [Float] {
    var dense = [Float](repeating: 0, count: itemCount)
    for (item, weight) in parameters.recency.itemWeights(query.history)
    where item >= 0 && Int(item) < itemCount {
      let (items, sims) = neighbours(of: item)
      for (j, s) in zip(items, sims) { dense[Int(j)] += weight * s }
    }
    return candidates.map { $0 >= 0 && Int($0) < itemCount ? dense[Int($0)] : 0 }
  }

  /// One term per history item with a non-zero similarity to `item`: `w(h) · sim(h, item)`.
  public func explain(_ query: UserQuery, item: Int32) -> [Contribution] {
    var terms: [Contribution] = []
    for (h, weight) in parameters.recency.itemWeights(query.history)
    where h >= 0 && Int(h) < itemCount {
      let (items, sims) = neighbours(of: h)
      guard let k = items.firstIndex(of: item) else { continue }
      let s = sims[k]
      terms.append(
        Contribution(
          historyItem: h, amount: weight * s,
          label: "sim \(s) × recency \(weight)"))
    }
    return terms
  }
}
