import CrossLensCore

/// The last free-text query's answer (`Q`) and the match the cursor is on.
public struct NearestResult: Sendable {
  public var text: String
  /// The domain searched (the request's target).
  public var domain: Int
  public var matches: [SimilarItems.Match]
  /// Each match's place in the selected user's request as it stood at query time (empty when
  /// there was no request).
  public var placements: [FusedRanker.Placement]
  /// Index into `matches`.
  public var selected = 0

  public init(
    text: String, domain: Int, matches: [SimilarItems.Match],
    placements: [FusedRanker.Placement] = []
  ) {
    self.text = text
    self.domain = domain
    self.matches = matches
    self.placements = placements
  }

  public var selectedItem: Int32? {
    matches.indices.contains(selected) ? matches[selected].item : nil
  }
}
