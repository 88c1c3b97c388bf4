extension ImplicitALS {
  /// The same model with other item factors (e.g. `TextFactorMap.applied`). Scores and
  /// explanations solve the user vector from the query against these factors, so they stay
  /// consistent; `userFactors` remain the training solution.
  public func replacingItemFactors(_ factors: Matrix) -> ImplicitALS {
    precondition(factors.rows == itemFactors.rows && factors.columns == itemFactors.columns)
    return ImplicitALS(
      name: name, parameters: parameters, userFactors: userFactors, itemFactors: factors,
      objectives: objectives)
  }
}
