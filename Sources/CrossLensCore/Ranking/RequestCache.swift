import Foundation

/// The most recent requests' `CandidateScores`, least recently used evicted first. Thread-safe.
final class RequestCache: @unchecked Sendable {
  struct Key: Hashable {
    var user: Int32
    var sources: [Int]
    var target: Int
    var excludeSeen: Bool
  }

  private let capacity: Int
  private let lock = NSLock()
  // Guarded by `lock`; most recent last.
  private var entries: [(key: Key, value: CandidateScores)] = []

  init(capacity: Int) { self.capacity = capacity }

  func value(for key: Key) -> CandidateScores? {
    lock.withLock {
      guard let position = entries.firstIndex(where: { $0.key == key }) else { return nil }
      let entry = entries.remove(at: position)
      entries.append(entry)
      return entry.value
    }
  }

  func store(_ value: CandidateScores, for key: Key) {
    lock.withLock {
      entries.removeAll { $0.key == key }
      entries.append((key, value))
      if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
  }
}
