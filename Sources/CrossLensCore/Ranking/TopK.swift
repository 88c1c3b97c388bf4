/// The best `capacity` entries seen so far, by score descending then item ascending.
///
/// - Complexity: O(1) for an entry that does not qualify, O(capacity) for one that does.
struct TopK {
  struct Entry {
    var score: Float
    var item: Int32
    var index: Int
  }

  let capacity: Int
  private(set) var sorted: [Entry] = []

  /// - Parameter capacity: any size: `Int.max` keeps everything (storage grows with what is
  ///   kept, not with the capacity asked for).
  init(capacity: Int) {
    self.capacity = capacity
    sorted.reserveCapacity(Swift.min(Swift.max(0, capacity), 1024) + 1)
  }

  /// True when (a, itemA) comes before (b, itemB) in ranking order.
  @inline(__always)
  static func precedes(_ a: Float, _ itemA: Int32, _ b: Float, _ itemB: Int32) -> Bool {
    a > b || (a == b && itemA < itemB)
  }

  @inline(__always)
  mutating func insert(_ score: Float, _ item: Int32, _ index: Int) {
    guard capacity > 0 else { return }
    if sorted.count == capacity {
      guard let last = sorted.last, Self.precedes(score, item, last.score, last.item) else {
        return
      }
      sorted.removeLast()
    }
    var position = sorted.count
    while position > 0
      && Self.precedes(score, item, sorted[position - 1].score, sorted[position - 1].item)
    {
      position -= 1
    }
    sorted.insert(Entry(score: score, item: item, index: index), at: position)
  }
}
