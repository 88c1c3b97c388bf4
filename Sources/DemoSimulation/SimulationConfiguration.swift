/// The knobs of the user simulation. The defaults produce the committed `Data/` files.
public struct SimulationConfiguration: Sendable {
  /// The seed everything is drawn from; the committed files use 42.
  public var seed: UInt64 = 42
  public var userCount = 2_000
  /// The activity draws are scaled so that the total lands close to this.
  public var targetInteractions = 60_000
  /// 2023-01-01T00:00:00Z.
  public var startTime: Int64 = 1_672_531_200
  /// Two years of 365 days.
  public var duration: Int64 = 730 * 86_400

  /// P(a user has 1, 2 or 3 tastes).
  public var tasteCountProbabilities: [Double] = [0.35, 0.45, 0.20]
  /// Dirichlet concentration of the weights over a user's chosen tastes.
  public var tasteConcentration = 1.0
  /// P(a user is active in 1, 2 or 3 domains); users outside a domain are cold-start there.
  public var activeDomainCountProbabilities: [Double] = [0.20, 0.30, 0.50]
  /// Relative size of each domain's audience (Books, Movies, Music).
  public var domainShares: [Double] = [0.28, 0.40, 0.32]
  /// Spread (σ of the log) of per-user activity: a long tail of heavy users.
  public var activitySpread = 0.8
  public var minimumInteractionsPerUser = 5
  /// No user consumes more than this many items of one domain.
  public var maximumInteractionsPerDomain = 80

  /// Popularity of the item at popularity rank r (0-based) is 1 / (r + 1)^exponent.
  public var popularityExponent = 0.9
  /// Choice weight = popularity × (affinity + floor)^sharpness.
  public var affinitySharpness = 2.0
  public var affinityFloor = 0.02
  /// Share of choices made by popularity alone, ignoring taste.
  public var explorationRate = 0.08

  /// Rating = round(base + span × relative affinity + user bias + noise), clamped to 1…5.
  public var ratingBase = 2.2
  public var ratingSpan = 3.2
  public var ratingUserBiasSpread = 0.35
  public var ratingNoise = 0.7

  /// Shares of users in the train and validation groups; the rest are test users.
  public var trainShare = 0.8
  public var validShare = 0.1

  public init() {}

  public init(seed: UInt64) {
    self.seed = seed
  }
}
