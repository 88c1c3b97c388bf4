import Foundation

/// How concentrated a set of top-K lists (one per evaluated user) is on few items.
///
/// - `coverage` = |⋃ lists| / |catalogue| (the target domain's items);
/// - `novelty` = mean over every listed item occurrence of `−log2 p(i)`, with
///   `p(i) = (n_i + 1) / (U + 1)`, n_i the item's training interactions and U the number of
///   training users (mean self-information, in bits);
/// - `diversity` (intra-list) = mean over lists of the mean over item pairs of `1 − cos(e_i, e_j)`
///   (lists with fewer than two items are skipped; `nil` when every list is);
/// - `gini` of exposure over the catalogue: with x_(1) ≤ … ≤ x_(n) the number of lists holding
///   each item, `Σ_j (2j − n − 1) x_(j) / (n Σ_j x_(j))` (0 = even exposure, → 1 = one item).
public struct ConcentrationMetrics: Sendable, Hashable, Codable {
  public var coverage: Double
  public var novelty: Double
  public var diversity: Double?
  public var gini: Double

  /// - Parameters:
  ///   - lists: the top-K items of each user.
  ///   - catalogue: the target domain's items.
  ///   - interactionCounts: n_i per item index (training data).
  ///   - userCount: U.
  ///   - cosine: item–item cosine for intra-list diversity.
  /// - Complexity: O(Σ|list|² + catalogue · log catalogue).
  public init(
    lists: [[Int32]], catalogue: [Int32], interactionCounts: [Int32], userCount: Int,
    cosine: (Int32, Int32) -> Float
  ) {
    var exposure: [Int32: Int] = [:]
    var information = 0.0
    var occurrences = 0
    var diversities: [Double] = []
    for list in lists {
      for item in list {
        exposure[item, default: 0] += 1
        let p = Double(interactionCounts[Int(item)] + 1) / Double(userCount + 1)
        information -= log2(p)
        occurrences += 1
      }
      guard list.count >= 2 else { continue }
      var sum = 0.0
      var pairs = 0
      for a in 0..<list.count {
        for b in (a + 1)..<list.count {
          sum += 1 - Double(cosine(list[a], list[b]))
          pairs += 1
        }
      }
      diversities.append(sum / Double(pairs))
    }
    coverage = catalogue.isEmpty ? 0 : Double(exposure.count) / Double(catalogue.count)
    novelty = occurrences == 0 ? 0 : information / Double(occurrences)
    diversity = diversities.isEmpty ? nil : diversities.reduce(0, +) / Double(diversities.count)
    let sorted = catalogue.map { Double(exposure[$0] ?? 0) }.sorted()
    let n = Double(sorted.count)
    let total = sorted.reduce(0, +)
    gini =
      total == 0
      ? 0
      : sorted.enumerated().reduce(0.0) { $0 + (2 * Double($1.offset + 1) - n - 1) * $1.element }
        / (n * total)
  }
}
