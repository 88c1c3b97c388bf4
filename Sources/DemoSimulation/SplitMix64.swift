/// SplitMix64 (Steele, Lea & Flood 2014): a tiny 64-bit generator, used here only to expand a
/// seed into the state of ``Xoshiro256StarStar``, as that generator's authors recommend.
///
/// The simulation owns its generators instead of using the standard library's random APIs so
/// that the demo files are byte-identical on every platform and toolchain for a given seed.
public struct SplitMix64: Sendable {
  /// The running state; advances by the golden-ratio increment on every draw.
  public private(set) var state: UInt64

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
}
