/// Why one item got its score for one user: per component, the raw score, its standardisation,
/// its weighted share of the fused score, and the history items (grouped by domain) that made
/// the raw score, with the remainder beyond the top terms; and the whole formula with numbers.
public struct Explanation: Sendable {
  /// History-item terms of one domain.
  public struct DomainGroup: Sendable, Hashable {
    public var domain: Int
    public var domainName: String
    /// This domain's share of the component's largest terms by magnitude, largest first.
    public var terms: [Contribution]
    /// The sum of this domain's history-item terms not listed, and how many they are.
    public var remainder: Float = 0
    public var remainderCount = 0
  }

  /// One component's part in the score.
  public struct ComponentPart: Sendable, Hashable {
    public var name: String
    public var weight: Float
    /// The component's raw score for the item (the sum of all its terms).
    public var raw: Float
    /// Mean and standard deviation of the raw scores over the request's candidates.
    public var mean: Float
    public var deviation: Float
    /// `z = (raw − mean) / deviation` (0 when deviation = 0).
    public var standardised: Float
    /// `weight · z`, this component's share of `score`.
    public var contribution: Float
    /// The latent cosine behind `sim`, for latent components with a user vector.
    public var cosine: Float?
    /// History-item terms grouped by the history item's domain: the top ones listed, the rest
    /// summed per domain.
    public var groups: [DomainGroup]
    /// Terms not tied to a history item (a bias, a popularity count).
    public var otherTerms: [Contribution]

    /// The sum of the history-item terms not listed, over every domain, and how many they are.
    public var remainder: Float { groups.reduce(0) { $0 + $1.remainder } }
    public var remainderCount: Int { groups.reduce(0) { $0 + $1.remainderCount } }
  }

  public var user: Int32
  public var item: Int32
  public var target: Int
  public var sources: [Int]
  public var parameters: RankingParameters
  /// The item's row under `parameters`: `rank` is its place in the full ordering (0 when τ
  /// filters it or it is not a candidate, e.g. already seen).
  public var row: RecommendationRow
  /// False when the item is not among the request's candidates (already seen, other domain).
  public var isCandidate: Bool
  public var components: [ComponentPart]
  /// The computation with the numbers, one line per step.
  public var formula: [String]
}
