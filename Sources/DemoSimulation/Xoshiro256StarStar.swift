/// xoshiro256** (Blackman & Vigna 2018), the simulation's random number generator.
///
/// Each part of the simulation draws from its own *stream* (see ``init(seed:stream:)``), so
/// changing how many numbers one user consumes never shifts the draws of another user.
public struct Xoshiro256StarStar: Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator whose 256-bit state is filled from SplitMix64 seeded with `seed`.
  public init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    s0 = expander.next()
    s1 = expander.next()
    s2 = expander.next()
    s3 = expander.next()
  }

  /// The generator for stream number `stream` of `seed`: the pair is hashed through SplitMix64
  /// first, so neighbouring streams start from unrelated states.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    self.init(seed: mixer.next() ^ stream)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
  }
}
