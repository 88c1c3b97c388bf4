import Foundation

/// The distributions the simulation draws from, built only on ``Xoshiro256StarStar/next()``.
extension Xoshiro256StarStar {
  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform integer in `0..<count`, without modulo bias (Lemire's multiply-and-reject).
  public mutating func index(below count: Int) -> Int {
    precondition(count > 0, "index(below:) needs a positive count")
    let bound = UInt64(count)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return Int(product.high)
  }

  /// A standard normal draw (Box–Muller; the sine half is discarded to keep streams simple).
  public mutating func normal() -> Double {
    let radius = (-2 * log(1 - uniform())).squareRoot()
    return radius * cos(2 * Double.pi * uniform())
  }

  /// A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shapes below 1 use the power boost).
  public mutating func gamma(shape: Double) -> Double {
    precondition(shape > 0, "gamma(shape:) needs a positive shape")
    if shape < 1 {
      return gamma(shape: shape + 1) * pow(1 - uniform(), 1 / shape)
    }
    let d = shape - 1.0 / 3.0
    let c = 1 / (9 * d).squareRoot()
    while true {
      let x = normal()
      let v0 = 1 + c * x
      if v0 <= 0 { continue }
      let v = v0 * v0 * v0
      let u = 1 - uniform()
      if log(u) < 0.5 * x * x + d - d * v + d * log(v) {
        return d * v
      }
    }
  }

  /// A draw from the symmetric Dirichlet distribution with `count` components.
  public mutating func dirichlet(count: Int, concentration: Double) -> [Double] {
    let draws = (0..<count).map { _ in gamma(shape: concentration) }
    let total = draws.reduce(0, +)
    return draws.map { $0 / total }
  }

  /// An index drawn with probability proportional to `weights[i]` (non-negative).
  ///
  /// `total` must be the sum of the weights; callers that sample repeatedly keep it up to date
  /// instead of re-summing. Rounding can leave the scan past the end; the last positive weight
  /// is returned then.
  /// - Complexity: O(n) in the number of weights.
  public mutating func categorical(_ weights: [Double], total: Double) -> Int {
    var remaining = uniform() * total
    return weights.withUnsafeBufferPointer { buffer in
      var lastPositive = 0
      var index = 0
      while index < buffer.count {
        let weight = buffer[index]
        if weight > 0 {
          lastPositive = index
          remaining -= weight
          if remaining < 0 { return index }
        }
        index += 1
      }
      return lastPositive
    }
  }

  /// Shuffles `array` in place (Fisher–Yates).
  public mutating func shuffle<Element>(_ array: inout [Element]) {
    guard array.count > 1 else { return }
    for upper in stride(from: array.count - 1, to: 0, by: -1) {
      array.swapAt(upper, index(below: upper + 1))
    }
  }
}
