/// How a `CrossDomainModel` is fitted. Stored with the model's artifacts.
public struct ModelConfiguration: Sendable, Hashable, Codable {
  /// Half-life of the semantic profiles' recency weights, in events.
  public var profileHalfLife: Float
  /// Ridge ρ of the semantic bridge maps.
  public var bridgeRidge: Float
  /// Dimension of the hashed n-gram stand-in embedding (used when no encoder output is given).
  public var standInDimension: Int

  public init(profileHalfLife: Float = 5, bridgeRidge: Float = 10, standInDimension: Int = 256) {
    self.profileHalfLife = profileHalfLife
    self.bridgeRidge = bridgeRidge
    self.standInDimension = standInDimension
  }
}
