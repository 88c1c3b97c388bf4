/// Why an ALS fit or a fitted model could not be used.
public enum ALSError: Error, CustomStringConvertible, Sendable, Equatable {
  /// A parameter outside its domain (named, with the offending value).
  case invalidParameter(name: String, value: String)
  /// Factors became NaN or infinite (too large α or values, too small regularisation).
  case nonFiniteFactors(iteration: Int, side: String)
  /// A per-row system was not positive definite.
  case solveFailed(iteration: Int, side: String, info: Int32)

  public var description: String {
    switch self {
    case .invalidParameter(let name, let value):
      return "ALS parameter \(name) = \(value) is out of range"
    case .nonFiniteFactors(let iteration, let side):
      return
        "ALS \(side) factors became non-finite in iteration \(iteration + 1); lower alpha or raise regularization"
    case .solveFailed(let iteration, let side, let info):
      return
        "ALS \(side) solve failed in iteration \(iteration + 1) (LAPACK info \(info)); raise regularization"
    }
  }
}
