/// How a `CrossDomainModel` is fitted. Stored with the model's artifacts.
public struct ModelConfiguration: Sendable, Hashable, Codable {
  /// Half-life of the semantic profiles' recency weights, in events.
  public var profileHalfLife: Float
  /// Ridge ρ of the semantic bridge maps.
  public var bridgeRidge: Float
  /// β of the bridge's target-side whitening (see `SemanticBridgeComponent.fit`).
  public var bridgeWhitening: Float
  /// Dimension of the hashed n-gram stand-in embedding (used when no encoder output is given).
  public var standInDimension: Int

  /// Implicit ALS (joint and per target domain); `threads` and `seed` apply to the whole fit.
  public var als: ImplicitALS.Parameters
  /// Item-kNN on the joint matrix.
  public var knn: ItemKNN.Parameters
  /// SVD association per domain pair.
  public var svd: CoOccurrenceSVD.Parameters
  /// Users whose last interaction is held out to learn the fusion weights (0: no learning,
  /// every weight 1).
  public var fusionUsers: Int
  /// Training users per target domain and situation whose λ = 0 lists are counted for the
  /// concentration cost (`ItemExposure`; 0: the cost is the normalised log-popularity).
  public var exposureUsers: Int
  /// Seeds every random choice of the fit.
  public var seed: UInt64

  public init(
    profileHalfLife: Float = 1, bridgeRidge: Float = 10, bridgeWhitening: Float = 0.01,
    standInDimension: Int = 256,
    als: ImplicitALS.Parameters = ImplicitALS.Parameters(computesObjective: false),
    knn: ItemKNN.Parameters = ItemKNN.Parameters(),
    svd: CoOccurrenceSVD.Parameters = CoOccurrenceSVD.Parameters(), fusionUsers: Int = 5000,
    exposureUsers: Int = 500, seed: UInt64 = 0
  ) {
    self.als = als
    self.knn = knn
    self.svd = svd
    self.profileHalfLife = profileHalfLife
    self.bridgeRidge = bridgeRidge
    self.bridgeWhitening = bridgeWhitening
    self.standInDimension = standInDimension
    self.fusionUsers = fusionUsers
    self.exposureUsers = exposureUsers
    self.seed = seed
  }

  private enum CodingKeys: String, CodingKey {
    case profileHalfLife, bridgeRidge, bridgeWhitening, standInDimension, als, knn, svd
    case fusionUsers, exposureUsers, seed
  }

  /// Models stored before `exposureUsers` existed read back with 0 (their cost is popularity).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      profileHalfLife: try c.decode(Float.self, forKey: .profileHalfLife),
      bridgeRidge: try c.decode(Float.self, forKey: .bridgeRidge),
      bridgeWhitening: try c.decode(Float.self, forKey: .bridgeWhitening),
      standInDimension: try c.decode(Int.self, forKey: .standInDimension),
      als: try c.decode(ImplicitALS.Parameters.self, forKey: .als),
      knn: try c.decode(ItemKNN.Parameters.self, forKey: .knn),
      svd: try c.decode(CoOccurrenceSVD.Parameters.self, forKey: .svd),
      fusionUsers: try c.decode(Int.self, forKey: .fusionUsers),
      exposureUsers: try c.decodeIfPresent(Int.self, forKey: .exposureUsers) ?? 0,
      seed: try c.decode(UInt64.self, forKey: .seed))
  }
}
