/// A mean over evaluated cases and its standard error: the sample standard deviation over √N,
/// s² = Σ (x_n − mean)² / (N − 1); the error is 0 when N < 2.
///
/// Built from differences (`paired`), it compares two variants case by case: the mean of
/// `a_n − b_n` and the error of that mean. Two variants ranked for the same users share those
/// users' draw, so the paired error is usually much smaller than either mean's own.
public struct MeanEstimate: Sendable, Hashable, Codable {
  public var mean: Double
  public var standardError: Double

  public init(mean: Double, standardError: Double) {
    self.mean = mean
    self.standardError = standardError
  }

  /// The mean of `values` and its standard error (zero for no values).
  ///
  /// - Complexity: O(N).
  public init(_ values: [Double]) {
    guard !values.isEmpty else {
      self.init(mean: 0, standardError: 0)
      return
    }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    guard values.count > 1 else {
      self.init(mean: mean, standardError: 0)
      return
    }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    self.init(mean: mean, standardError: (variance / n).squareRoot())
  }

  /// The estimate of `a − b` from the per-case differences (`a` and `b` in the same case order).
  ///
  /// - Complexity: O(N).
  public static func paired(_ a: [Double], minus b: [Double]) -> MeanEstimate {
    precondition(a.count == b.count, "paired values need the same cases")
    return MeanEstimate(zip(a, b).map { $0 - $1 })
  }
}
