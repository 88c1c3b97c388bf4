/// Everything about one request that does not depend on `RankingParameters`: the candidates,
/// each component's standardised scores over them, the latent cosines behind `sim`, and the
/// concentration costs. Computed once per (user, sources, target); every re-rank with new λ, τ,
/// weights or k reads only this.
public struct CandidateScores: Sendable {
  /// Target-domain items being ranked, ascending.
  public let candidates: [Int32]
  /// Component names, in model order.
  public let componentNames: [String]
  /// Per component: mean and (population) standard deviation of its raw scores over the
  /// candidates — the standardisation `z = (raw − mean) / deviation` (z = 0 when deviation = 0).
  public let means: [Float]
  public let deviations: [Float]
  /// `z` component-major: `z[c · n + j]` for component c and candidate j.
  let z: [Float]
  /// Components (indices into `componentNames`) that have a latent vector for this user.
  public let latentComponents: [Int]
  /// Cosines, latent-block-major: `cosines[l · n + j]` for `latentComponents[l]`.
  let cosines: [Float]
  /// `c(i)` per candidate, in [0, 1].
  let concentration: [Float]
  /// `σ_c`: the population standard deviation of `c(i)` over the candidates; the penalty is
  /// `λ·c(i)/σ_c`, so λ counts concentration on the scale of a component weight (0 when σ_c = 0).
  public let concentrationDeviation: Float

  public var count: Int { candidates.count }

  /// Standardises raw component scores over the candidates.
  ///
  /// - Complexity: O(components · candidates).
  public init(
    candidates: [Int32], componentNames: [String], rawScores: [[Float]],
    latentCosines: [[Float]?], concentration: [Float]
  ) {
    precondition(rawScores.count == componentNames.count && latentCosines.count == rawScores.count)
    let n = candidates.count
    self.candidates = candidates
    self.componentNames = componentNames
    var means: [Float] = []
    var deviations: [Float] = []
    var z = [Float](repeating: 0, count: componentNames.count * n)
    for (c, raw) in rawScores.enumerated() {
      precondition(raw.count == n, "component \(componentNames[c]): \(raw.count) scores for \(n)")
      let (mean, deviation) = Self.moments(raw)
      means.append(Float(mean))
      deviations.append(Float(deviation))
      guard deviation > 0 else { continue }
      for j in 0..<n where raw[j].isFinite {
        z[c * n + j] = Float((Double(raw[j]) - mean) / deviation)
      }
    }
    self.means = means
    self.deviations = deviations
    self.z = z
    var latent: [Int] = []
    var cosines: [Float] = []
    for (c, cos) in latentCosines.enumerated() {
      guard let cos else { continue }
      precondition(cos.count == n, "component \(componentNames[c]): \(cos.count) cosines for \(n)")
      latent.append(c)
      cosines.append(contentsOf: cos.map { $0.isFinite ? Swift.min(1, Swift.max(-1, $0)) : 0 })
    }
    self.latentComponents = latent
    self.cosines = cosines
    precondition(concentration.count == n)
    self.concentration = concentration
    self.concentrationDeviation = Float(Self.moments(concentration).deviation)
  }

  /// Mean and population standard deviation of the finite values (non-finite count as the mean).
  static func moments(_ values: [Float]) -> (mean: Double, deviation: Double) {
    var sum = 0.0
    var finite = 0
    for v in values where v.isFinite {
      sum += Double(v)
      finite += 1
    }
    guard finite > 0 else { return (0, 0) }
    let mean = sum / Double(finite)
    var squares = 0.0
    for v in values where v.isFinite { squares += (Double(v) - mean) * (Double(v) - mean) }
    let deviation = (squares / Double(values.count)).squareRoot()
    // Scores equal up to rounding carry no ranking information: treat them as constant.
    return (mean, deviation > 1e-9 * Swift.max(1, abs(mean)) ? deviation : 0)
  }

  /// Position of `item` among the candidates, if it is one.
  public func index(of item: Int32) -> Int? {
    var low = 0
    var high = candidates.count
    while low < high {
      let mid = (low + high) / 2
      if candidates[mid] < item { low = mid + 1 } else { high = mid }
    }
    return low < candidates.count && candidates[low] == item ? low : nil
  }

  /// The standardised score of component `c` for candidate `j`.
  public func standardised(component c: Int, candidate j: Int) -> Float { z[c * count + j] }

  /// The cosine of latent block `l` (component `latentComponents[l]`) for candidate `j`.
  public func cosine(latent l: Int, candidate j: Int) -> Float { cosines[l * count + j] }

  /// `c(i)` of candidate `j`.
  public func concentrationCost(candidate j: Int) -> Float { concentration[j] }

  /// `penalty = λ·c(i)/σ_c` for an item with cost `cost` (0 when σ_c = 0).
  public func penalty(lambda: Float, cost: Float) -> Float {
    concentrationDeviation > 0 ? lambda * cost / concentrationDeviation : 0
  }
}
