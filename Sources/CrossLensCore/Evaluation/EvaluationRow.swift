/// One row of an evaluation: a model variant's mean metrics over the cases.
public struct EvaluationRow: Sendable, Hashable, Codable {
  public var model: String
  public var scenario: String
  public var target: String
  public var lambda: Float
  /// 0 for full ranking, else the sampled protocol's number of negatives.
  public var negatives: Int
  public var cases: Int
  /// `ndcg@10`, `recall@10`, `precision@10`, `mrr@10`, `hit@10`, `coverage@10`, `novelty@10`,
  /// `diversity@10` (absent when no list has two items), `gini@10` (K as evaluated).
  public var metrics: [String: Double]
  /// The standard error of each per-case accuracy metric's mean (`ndcg@10`, `recall@10`,
  /// `precision@10`, `mrr@10`, `hit@10`): the cases' sample deviation over √N.
  public var standardErrors: [String: Double] = [:]
  /// This row's NDCG@K minus the `fused` row's at λ = 0 on the same cases (`nil` for that row
  /// itself, or when the evaluation has none).
  public var ndcgVersusFused: MeanEstimate?

  public init(
    model: String, scenario: String, target: String, lambda: Float, negatives: Int, cases: Int,
    metrics: [String: Double], standardErrors: [String: Double] = [:],
    ndcgVersusFused: MeanEstimate? = nil
  ) {
    self.model = model
    self.scenario = scenario
    self.target = target
    self.lambda = lambda
    self.negatives = negatives
    self.cases = cases
    self.metrics = metrics
    self.standardErrors = standardErrors
    self.ndcgVersusFused = ndcgVersusFused
  }
}

extension EvaluationRow {
  private enum CodingKeys: String, CodingKey {
    case model, scenario, target, lambda, negatives, cases, metrics, standardErrors
    case ndcgVersusFused
  }

  /// Rows written before the uncertainty fields existed decode with none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      model: try c.decode(String.self, forKey: .model),
      scenario: try c.decode(String.self, forKey: .scenario),
      target: try c.decode(String.self, forKey: .target),
      lambda: try c.decode(Float.self, forKey: .lambda),
      negatives: try c.decode(Int.self, forKey: .negatives),
      cases: try c.decode(Int.self, forKey: .cases),
      metrics: try c.decode([String: Double].self, forKey: .metrics),
      standardErrors: try c.decodeIfPresent([String: Double].self, forKey: .standardErrors)
        ?? [:],
      ndcgVersusFused: try c.decodeIfPresent(MeanEstimate.self, forKey: .ndcgVersusFused))
  }
}
