/// Why a request's rows are no ranking: every final score is equal, so they stand in item order.
public enum UnrankedReason: Sendable, Equatable {
  /// The user has no history in these domains (sources and target), so no personal component
  /// has anything to say, and nothing else is weighted.
  case noHistory(domains: [Int])
  /// No component with a non-zero weight varies over the candidates, and no penalty does.
  case noWeightedSignal

  /// `u0231 has no history in Books, Music` / `no component with a non-zero weight tells these
  /// candidates apart`.
  public func text(user: Int32, dataset: Dataset) -> String {
    switch self {
    case .noHistory(let domains):
      let names = domains.map { dataset.domains[$0] }.joined(separator: ", ")
      return "\(dataset.users[Int(user)].id) has no history in \(names)"
    case .noWeightedSignal:
      return "no component with a non-zero weight tells these candidates apart"
    }
  }
}

extension CrossDomainModel {
  /// Why the request's rows are not a ranking, or `nil` when they are: a weighted component
  /// varies over the candidates, or the penalty does (λ > 0 and the costs differ), or there is
  /// at most one candidate.
  ///
  /// - Complexity: the request's candidate scores (cached after the first request).
  public func unrankedReason(
    user: Int32, sources: [Int], target: Int, parameters: RankingParameters
  ) -> UnrankedReason? {
    let scores = candidateScores(
      user: user, sources: sources, target: target, excludeSeen: parameters.excludeSeen)
    let varying = scores.componentNames.indices.contains {
      parameters.weight(of: scores.componentNames[$0]) != 0 && scores.deviations[$0] > 0
    }
    let penalised = parameters.lambda > 0 && scores.concentrationDeviation > 0
    guard !varying, !penalised, scores.count > 1 else { return nil }
    let domains = Set(sources).union([target])
    return query(user: user, domains: domains).history.isEmpty
      ? .noHistory(domains: domains.sorted()) : .noWeightedSignal
  }
}
