import Foundation

/// A small seeded random number generator (SplitMix64, Steele et al. 2014): the same seed gives
/// the same stream on every platform, which makes factor initialisation and randomized SVD
/// reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  public mutating func nextUnit() -> Float {
    Float(next() >> 40) * 0x1p-24
  }

  /// Standard normal, by Box–Muller.
  public mutating func nextGaussian() -> Float {
    let u1 = max(nextUnit(), 0x1p-24)
    let u2 = nextUnit()
    return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
  }
}
