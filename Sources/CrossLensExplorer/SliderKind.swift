import CrossLensCore

/// One adjustable parameter in the status area: its range, steps, and how it reads and writes
/// `RankingParameters`.
public enum SliderKind: Sendable, Hashable {
  case lambda, tau, k
  case weight(String)

  /// The sliders for a model's components, in display order.
  public static func all(componentNames: [String]) -> [SliderKind] {
    [.lambda, .tau] + componentNames.map(SliderKind.weight) + [.k]
  }

  public var range: ClosedRange<Double> {
    switch self {
    case .lambda: return 0...2
    case .tau: return -1...1
    case .k: return 1...50
    case .weight: return -3...3
    }
  }

  /// The fine step; a coarse step is five of them.
  public var step: Double {
    switch self {
    case .lambda, .tau: return 0.05
    case .k: return 1
    case .weight: return 0.1
    }
  }

  public func value(in parameters: RankingParameters) -> Double {
    switch self {
    case .lambda: return Double(parameters.lambda)
    case .tau: return Double(parameters.tau)
    case .k: return Double(parameters.k)
    case .weight(let name): return Double(parameters.weight(of: name))
    }
  }

  /// `parameters` with this slider moved by `steps` fine steps onto the grid of whole steps,
  /// clamped to the range (so repeated steps never drift). From a value between two grid
  /// points (a learned weight of 0.05) the first step goes to the neighbour in its direction
  /// (0.1 up, 0 down).
  public func stepped(_ parameters: RankingParameters, by steps: Int) -> RankingParameters {
    let position = value(in: parameters) / step
    // Within a hair of a grid point counts as on it (Float values read back as Double).
    let nearest = position.rounded()
    let base =
      abs(position - nearest) < 1e-4
      ? nearest : (steps > 0 ? position.rounded(.down) : position.rounded(.up))
    return setting(parameters, to: (base + Double(steps)) * step)
  }

  /// `parameters` with this slider set to `value` (clamped); unchanged for a value that is not
  /// a finite number.
  public func setting(_ parameters: RankingParameters, to value: Double) -> RankingParameters {
    guard value.isFinite else { return parameters }
    let v = min(max(value, range.lowerBound), range.upperBound)
    var p = parameters
    switch self {
    case .lambda: p.lambda = Float(v)
    case .tau: p.tau = Float(v)
    case .k: p.k = Int(v.rounded())
    case .weight(let name): p.weights[name] = Float(v)
    }
    return p
  }
}
