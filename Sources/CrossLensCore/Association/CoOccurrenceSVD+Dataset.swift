extension CoOccurrenceSVD {
  /// Fits the association from the items of `sources` to the items of `target` on a dataset's
  /// joint matrix, over all its users — pass the training dataset of a split, so held-out
  /// interactions (and, in cold start, the evaluated users' target history) stay out.
  public static func fit(
    _ dataset: Dataset, sources: [Int], target: Int, parameters: Parameters = Parameters(),
    name: String = "svd"
  ) throws(LinearAlgebraError) -> CoOccurrenceSVD {
    let sourceItems = sources.filter { $0 != target }.flatMap { dataset.itemIndices(inDomain: $0) }
    return try fit(
      dataset.jointMatrix(), sourceItems: sourceItems.sorted(),
      targetItems: dataset.itemIndices(inDomain: target), parameters: parameters, name: name)
  }
}
