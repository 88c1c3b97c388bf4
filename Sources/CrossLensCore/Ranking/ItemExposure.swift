import Foundation

/// How much each item is recommended: per target domain and situation (warm: the user has
/// history in the target; cold: none), its **exposure** in the λ = 0 top-`depth` lists of
/// sampled training users — `x_i = Σ_u 1/log2(1 + r_u(i))` over the lists that show it at rank
/// `r_u(i)` (the position weight of DCG, as in Singh & Joachims 2018). The concentration cost
/// is derived from it (`costs`), so the λ penalty pushes down what the model already shows to
/// many users, high up. Counting 50 places deep, not only the 10 shown, grades the items that
/// would take the top ones' places too, so a larger λ does not send every list to the same
/// next items (README "c(i)"; measured in BENCHMARKS.md).
public struct ItemExposure: Sendable, Codable, Hashable {
  /// One situation's tally: `items[n]` has exposure `exposure[n]` and is in `lists[n]` of the
  /// counted lists (items in none are left out).
  public struct Tally: Sendable, Codable, Hashable {
    public var target: Int
    public var coldStart: Bool
    /// Users whose lists were counted, and the list length.
    public var users: Int
    public var depth: Int
    public var items: [Int32]
    public var exposure: [Float]
    public var lists: [Int32]

    public init(
      target: Int, coldStart: Bool, users: Int, depth: Int, items: [Int32], exposure: [Float],
      lists: [Int32]
    ) {
      self.target = target
      self.coldStart = coldStart
      self.users = users
      self.depth = depth
      self.items = items
      self.exposure = exposure
      self.lists = lists
    }
  }

  public var tallies: [Tally]

  public init(tallies: [Tally] = []) { self.tallies = tallies }

  /// The tally for requests into `target` in the given situation, if one was measured.
  public func tally(target: Int, coldStart: Bool) -> Tally? {
    tallies.first { $0.target == target && $0.coldStart == coldStart }
  }

  /// Per item of the dataset: `c(i) = log(1 + x_i) / max_j log(1 + x_j)` ∈ [0, 1], with `x_i`
  /// the tally's exposure (0 for items it does not list); `nil` without a tally, or when no
  /// item was counted.
  ///
  /// - Complexity: O(items).
  public func costs(target: Int, coldStart: Bool, itemCount: Int) -> [Float]? {
    guard let tally = tally(target: target, coldStart: coldStart) else { return nil }
    var logs = [Float](repeating: 0, count: itemCount)
    for (item, x) in zip(tally.items, tally.exposure) where Int(item) < itemCount && item >= 0 {
      logs[Int(item)] = Float(log1p(Double(x)))
    }
    guard let top = logs.max(), top > 0 else { return nil }
    return logs.map { $0 / top }
  }
}

extension ItemExposure {
  /// Tallies, for each target in `targets` and each situation in `situations`, the λ = 0
  /// top-`depth` lists of up to `users` training users drawn with `seed` — warm: users with
  /// history in the target (their whole history as input, seen items excluded); cold: users
  /// with history outside it (only that history as input). Weights are the model's learned
  /// ones for the situation; τ filters nothing.
  ///
  /// - Complexity: `users` requests per situation, each the components' scoring of the
  ///   target's items; on `threads` threads (at most 8).
  public static func measure(
    model: CrossDomainModel, targets: [Int], situations: [Bool], users: Int, depth: Int = 50,
    seed: UInt64, threads: Int = 2
  ) -> ItemExposure {
    let dataset = model.dataset
    var domainsOf = [Set<Int>](repeating: [], count: dataset.users.count)
    for x in dataset.interactions {
      domainsOf[Int(x.user)].insert(dataset.items[Int(x.item)].domain)
    }
    var tallies: [Tally] = []
    for target in targets {
      for coldStart in situations {
        let eligible = domainsOf.indices.filter { u in
          coldStart
            ? domainsOf[u].contains { $0 != target } : domainsOf[u].contains(target)
        }
        var generator = SplitMix64(seed: seed ^ UInt64(target * 2 + (coldStart ? 1 : 0)))
        let sample = Array(eligible.shuffled(using: &generator).prefix(Swift.max(0, users)))
        guard !sample.isEmpty else { continue }
        let parameters = RankingParameters(
          k: depth, weights: model.learnedWeights.weights(target: target, coldStart: coldStart))
        let lists = ResultSlots<[Int32]>(count: sample.count)
        let domains = Set(dataset.domains.indices).subtracting(coldStart ? [target] : [])
        let workers = Swift.max(1, Swift.min(threads, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { t in
          for n in stride(from: t, to: sample.count, by: workers) {
            let u = Int32(sample[n])
            // Cold: no user index either, so no component uses the user's fitted state.
            let full = model.query(user: u, domains: domains)
            let query = coldStart ? UserQuery(user: nil, history: full.history) : full
            let seen = Set(query.history.map(\.item))
            let scores = model.scores(
              for: query, candidates: model.candidates(target: target, excluding: seen),
              cost: model.popularity.concentration)
            lists.set(n, FusedRanker.rank(scores, parameters: parameters).rows.map(\.item))
          }
        }
        var exposure: [Int32: (x: Float, lists: Int32)] = [:]
        for list in lists.values {
          for (r, item) in (list ?? []).enumerated() {
            let weight = Float(1 / log2(Double(r + 2)))
            exposure[item, default: (0, 0)].x += weight
            exposure[item, default: (0, 0)].lists += 1
          }
        }
        let items = exposure.keys.sorted()
        tallies.append(
          Tally(
            target: target, coldStart: coldStart, users: sample.count, depth: depth, items: items,
            exposure: items.map { exposure[$0]!.x }, lists: items.map { exposure[$0]!.lists }))
      }
    }
    return ItemExposure(tallies: tallies)
  }
}
