import Foundation

/// Splits `0..<count` into `threads` contiguous chunks and runs `body` on each concurrently,
/// returning the chunks' results in chunk order.
///
/// Chunks are fixed by `count` and `threads` alone, so work that is deterministic per chunk is
/// deterministic overall for a given thread count.
func parallelChunks<T: Sendable>(
  count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> T
) -> [T] {
  let t = max(1, min(threads, count))
  guard t > 1 else { return [body(0..<count)] }
  let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: t)
  results.initialize(repeating: nil)
  defer { results.deallocate() }
  nonisolated(unsafe) let slots = results
  DispatchQueue.concurrentPerform(iterations: t) { k in
    let lower = count * k / t
    let upper = count * (k + 1) / t
    slots[k] = body(lower..<upper)
  }
  return results.map { $0! }
}
