/// An evaluation that cannot give a number: it has no held-out cases.
public struct EvaluationError: Error, Equatable, CustomStringConvertible, Sendable {
  /// What is missing, as a clause after "cannot evaluate: ".
  public var reason: String
  /// An error saying `reason`.
  public init(_ reason: String) { self.reason = reason }
  public var description: String { "cannot evaluate: \(reason)" }
}

extension EvaluationError {
  /// No held-out case for `target` under `evaluationProtocol`, saying where cases come from.
  static func noCases(
    target: String, evaluationProtocol: EvaluationProtocol, scenario: EvaluationScenario,
    validation: Bool
  ) -> EvaluationError {
    let group = validation ? "valid" : "test"
    switch evaluationProtocol {
    case .groups:
      return EvaluationError(
        "no \(group) user's last interaction is in \(target) (protocol groups reads the users' "
          + "'group' attribute)")
    case .random, .last:
      let cold = scenario == .cold ? " and history in another domain" : ""
      return EvaluationError(
        "no \(group) users: protocol \(evaluationProtocol.rawValue) draws 10% each of the users "
          + "with at least 2 \(target) interactions\(cold) as test and as valid users, and drew "
          + "no \(group) one")
    }
  }
}
