import Foundation

/// How much each history event counts, by how recent it is.
///
/// Event `k` of a history of `n` events (oldest first) has age `a = n − 1 − k` — the number of
/// later events — and weight `0.5^(a / halfLife)`: the latest event weighs 1, the one
/// `halfLife` events earlier weighs ½. Age is counted in events, not seconds, so one setting
/// suits purchase positions and timestamps alike. When `halfLife` is `nil`, or no event in the
/// history carries a time (the data has no order), every event weighs 1.
public struct RecencyDecay: Sendable, Hashable, Codable {
  public var halfLife: Float?

  public init(halfLife: Float?) {
    self.halfLife = halfLife
  }

  public static let none = RecencyDecay(halfLife: nil)

  /// The weight per distinct history item (events of the same item summed), in order of each
  /// item's first appearance.
  ///
  /// - Complexity: O(|history|).
  public func itemWeights(_ history: [UserQuery.Event]) -> [(item: Int32, weight: Float)] {
    let ordered = history.contains { $0.time != nil }
    var position: [Int32: Int] = [:]
    var out: [(item: Int32, weight: Float)] = []
    out.reserveCapacity(history.count)
    let n = history.count
    for (k, event) in history.enumerated() {
      var w: Float = 1
      if ordered, let h = halfLife, h > 0 {
        w = Float(pow(0.5, Double(n - 1 - k) / Double(h)))
      }
      if let p = position[event.item] {
        out[p].weight += w
      } else {
        position[event.item] = out.count
        out.append((event.item, w))
      }
    }
    return out
  }
}
