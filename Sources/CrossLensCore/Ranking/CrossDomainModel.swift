/// The fitted cross-domain model: a dataset, its scoring components, the concentration costs,
/// and the default (learned) ranking parameters. Answers recommendation and explanation
/// requests; the explorer never computes a score itself.
///
/// A request (user, sources, target) scores the target domain's items once; re-ranking the same
/// request with other λ, τ, weights or k reuses those scores (`CandidateScores`, cached for the
/// most recent requests), so it costs one pass over the candidates.
public final class CrossDomainModel: Sendable {
  public let dataset: Dataset
  public let components: [any ScoringComponent]
  public let popularity: ItemPopularity
  /// The learned fusion weights, per target domain and warm/cold.
  public let learnedWeights: LearnedWeights
  /// How often the model recommends each item, per target and warm/cold: the source of the
  /// concentration cost c(i) (`concentrationCosts`).
  public let exposure: ItemExposure
  /// How the components were fitted.
  public let configuration: ModelConfiguration
  /// Parameters with the pooled learned weights (k 10, λ 0, τ −1: no filter). See
  /// `defaultParameters(user:target:)` for the weights learned for the request's situation.
  public var defaultParameters: RankingParameters {
    RankingParameters(weights: learnedWeights.pooled)
  }
  /// Human-readable notes on the fit (e.g. "semantic: hashed n-gram stand-in embedding").
  public let notes: [String]
  /// `historyStart[u] ..< historyStart[u + 1]` indexes user u's interactions in the dataset.
  private let historyStart: [Int]
  private let domainItems: [[Int32]]
  private let cache = RequestCache(capacity: 8)
  /// c(i) per item for [target][cold ? 1 : 0]: from `exposure` where it has a tally, else the
  /// normalised log-popularity.
  private let costs: [[[Float]]]

  public var componentNames: [String] { components.map(\.name) }

  /// The item text embeddings the semantic components read (MiniLM's, or the stand-in).
  public var itemEmbeddings: ItemEmbeddings? {
    components.lazy.compactMap { ($0 as? SemanticProfileComponent)?.embeddings }.first
  }

  public init(
    dataset: Dataset, components: [any ScoringComponent], learnedWeights: LearnedWeights,
    configuration: ModelConfiguration = ModelConfiguration(), popularity: ItemPopularity? = nil,
    exposure: ItemExposure = ItemExposure(), notes: [String] = []
  ) {
    self.configuration = configuration
    self.dataset = dataset
    self.components = components
    self.popularity = popularity ?? ItemPopularity(dataset: dataset)
    self.learnedWeights = learnedWeights
    self.exposure = exposure
    self.notes = notes
    let popularityCost = self.popularity.concentration
    self.costs = dataset.domains.indices.map { target in
      [false, true].map { cold in
        exposure.costs(target: target, coldStart: cold, itemCount: dataset.items.count)
          ?? popularityCost
      }
    }
    var start = [Int](repeating: 0, count: dataset.users.count + 1)
    for x in dataset.interactions { start[Int(x.user) + 1] += 1 }
    for u in 0..<dataset.users.count { start[u + 1] += start[u] }
    self.historyStart = start
    var byDomain = [[Int32]](repeating: [], count: dataset.domains.count)
    for (i, item) in dataset.items.enumerated() where byDomain.indices.contains(item.domain) {
      byDomain[item.domain].append(Int32(i))
    }
    self.domainItems = byDomain
  }

  /// Default parameters with the weights learned for requests into `target` by users with
  /// (warm) or without (cold) history there.
  public func defaultParameters(user: Int32, target: Int) -> RankingParameters {
    RankingParameters(
      weights: learnedWeights.weights(
        target: target, coldStart: isColdStart(user: user, target: target)))
  }

  /// Whether `user` has no history in `target`: the situation that picks the learned weights
  /// and the concentration cost of their requests there.
  public func isColdStart(user: Int32, target: Int) -> Bool {
    query(user: user, domains: [target]).history.isEmpty
  }

  /// The items of `target` in the user's history: what exclude-seen leaves out, and what a list
  /// that includes them marks as seen.
  public func seenItems(user: Int32, target: Int) -> Set<Int32> {
    Set(query(user: user, domains: [target]).history.map(\.item))
  }

  /// The user's history in the given domains, oldest first; empty for an unknown user.
  public func query(user: Int32, domains: Set<Int>) -> UserQuery {
    guard user >= 0, Int(user) < dataset.users.count else {
      return UserQuery(user: nil, history: [])
    }
    let range = historyStart[Int(user)]..<historyStart[Int(user) + 1]
    let events = dataset.interactions[range].compactMap { x -> UserQuery.Event? in
      domains.contains(dataset.items[Int(x.item)].domain)
        ? UserQuery.Event(item: x.item, value: x.value ?? 1, time: x.time) : nil
    }
    return UserQuery(user: user, history: events)
  }

  /// Target-domain items, ascending; without the `excluded` ones.
  public func candidates(target: Int, excluding excluded: Set<Int32> = []) -> [Int32] {
    guard domainItems.indices.contains(target) else { return [] }
    return excluded.isEmpty
      ? domainItems[target] : domainItems[target].filter { !excluded.contains($0) }
  }

  /// The concentration cost c(i) of every item for requests into `target` by users with
  /// (warm) or without (cold) history there.
  public func concentrationCosts(target: Int, coldStart: Bool) -> [Float] {
    costs.indices.contains(target) ? costs[target][coldStart ? 1 : 0] : popularity.concentration
  }

  /// Scores `candidates` for `query` with every component and standardises them (no cache).
  /// The concentration costs are those of the candidates' domain, warm when the query has
  /// history there.
  ///
  /// - Complexity: the sum of the components' scoring costs, plus O(components · candidates).
  public func scores(for query: UserQuery, candidates: [Int32]) -> CandidateScores {
    guard let first = candidates.first, dataset.items.indices.contains(Int(first)) else {
      return scores(for: query, candidates: candidates, cost: popularity.concentration)
    }
    let target = dataset.items[Int(first)].domain
    let warm = query.history.contains {
      dataset.items.indices.contains(Int($0.item)) && dataset.items[Int($0.item)].domain == target
    }
    return scores(
      for: query, candidates: candidates,
      cost: concentrationCosts(target: target, coldStart: !warm))
  }

  /// As `scores(for:candidates:)`, with c(i) read from `cost` (indexed by item).
  public func scores(for query: UserQuery, candidates: [Int32], cost: [Float]) -> CandidateScores {
    CandidateScores(
      candidates: candidates, componentNames: componentNames,
      rawScores: components.map { $0.scores(for: query, candidates: candidates) },
      latentCosines: components.map { $0.latentCosines(for: query, candidates: candidates) },
      concentration: candidates.map { cost.indices.contains(Int($0)) ? cost[Int($0)] : 0 })
  }

  /// The cached scores of the request (user's history in `sources` ∪ {target}; candidates the
  /// target's items, without the user's target-domain history when `excludeSeen`).
  public func candidateScores(user: Int32, sources: [Int], target: Int, excludeSeen: Bool)
    -> CandidateScores
  {
    let key = RequestCache.Key(
      user: user, sources: Array(Set(sources)).sorted(), target: target, excludeSeen: excludeSeen)
    if let hit = cache.value(for: key) { return hit }
    let query = query(user: user, domains: Set(sources).union([target]))
    let seen = excludeSeen ? Set(query.history.map(\.item)) : []
    let computed = scores(for: query, candidates: candidates(target: target, excluding: seen))
    cache.store(computed, for: key)
    return computed
  }

  /// The top-k items of `target` for `user`, from the user's history in `sources` (and in the
  /// target). Repeated requests for the same (user, sources, target) only re-rank.
  ///
  /// - Complexity: first request as `scores(for:candidates:)`; re-ranks O(candidates ·
  ///   components).
  public func recommend(user: Int32, sources: [Int], target: Int, parameters: RankingParameters)
    -> RecommendationList
  {
    FusedRanker.rank(
      candidateScores(
        user: user, sources: sources, target: target, excludeSeen: parameters.excludeSeen),
      parameters: parameters)
  }
}
