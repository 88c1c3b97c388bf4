/// How far one variant's per-case metric is from a reference variant's on the same cases: the
/// mean of the paired differences and its standard error. Two variants ranked on the same
/// users are compared on the same draws, so the paired error is smaller than either mean's.
///
/// With d_n = a_n − b_n over N cases: mean = Σ d_n / N, standard error = s_d / √N, where
/// s_d² = Σ (d_n − mean)² / (N − 1); 0 when N < 2.
public struct PairedDifference: Sendable, Hashable, Codable {
  public var mean: Double
  public var standardError: Double

  public init(mean: Double, standardError: Double) {
    self.mean = mean
    self.standardError = standardError
  }

  /// The difference `a − b`, case by case (`a` and `b` in the same case order).
  ///
  /// - Complexity: O(N).
  public init(_ a: [Double], minus b: [Double]) {
    precondition(a.count == b.count, "paired values need the same cases")
    let (mean, standardError) = Self.meanAndStandardError(zip(a, b).map { $0 - $1 })
    self.init(mean: mean, standardError: standardError)
  }

  /// The mean of `values` and the standard error of that mean (sample deviation over √N).
  public static func meanAndStandardError(_ values: [Double]) -> (mean: Double, error: Double) {
    guard !values.isEmpty else { return (0, 0) }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    guard values.count > 1 else { return (mean, 0) }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
  }
}
