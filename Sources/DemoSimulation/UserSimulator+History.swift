import Foundation

/// Drawing what each user consumed, how they rated it and when.
extension UserSimulator {
  /// One chosen item before it gets a time.
  private struct Choice {
    var item: Int
    var rating: Int
  }

  /// Every user's interactions, grouped by user and ordered by time; `counts` gives how many
  /// items each user takes from each domain.
  /// - Complexity: O(I · n) for I interactions over domains of n items.
  func drawInteractions(for users: [SimulatedUser], counts: [[DemoDomain: Int]])
    -> [SimulatedInteraction]
  {
    let domainItems = Dictionary(
      uniqueKeysWithValues: DemoDomain.allCases.map { domain in
        (domain, catalog.items.indices.filter { catalog.items[$0].domain == domain })
      })
    var interactions: [SimulatedInteraction] = []
    for (index, user) in users.enumerated() {
      var random = Xoshiro256StarStar(seed: configuration.seed, stream: Stream.history(index))
      let bias = configuration.ratingUserBiasSpread * random.normal()
      var choices: [Choice] = []
      for domain in user.activeDomains {
        let count = counts[index][domain] ?? 0
        choices += choose(
          count, from: domainItems[domain] ?? [], tastes: user.tastes, ratingBias: bias,
          random: &random)
      }
      random.shuffle(&choices)
      let times = timestamps(count: choices.count, random: &random)
      for (choice, time) in zip(choices, times) {
        interactions.append(
          SimulatedInteraction(
            user: index, item: choice.item, rating: choice.rating, timestamp: time))
      }
    }
    return interactions
  }

  /// The affinity of an item for a user: the dot product of their taste vectors, in [0, 1].
  func affinity(item: Int, tastes: [TasteWeight]) -> Double {
    let loadings = catalog.items[item].tasteLoadings
    var sum = 0.0
    for entry in tastes { sum += loadings[entry.taste] * entry.weight }
    return sum
  }

  /// `count` distinct items of one domain, each drawn with weight
  /// popularity × (affinity + floor)^sharpness, or by popularity alone on exploration draws.
  private func choose(
    _ count: Int, from items: [Int], tastes: [TasteWeight], ratingBias: Double,
    random: inout Xoshiro256StarStar
  ) -> [Choice] {
    let affinities = items.map { affinity(item: $0, tastes: tastes) }
    var tasteWeights = zip(items, affinities).map { item, affinity in
      popularity[item]
        * pow(affinity + configuration.affinityFloor, configuration.affinitySharpness)
    }
    var popularityWeights = items.map { popularity[$0] }
    var tasteTotal = tasteWeights.reduce(0, +)
    var popularityTotal = popularityWeights.reduce(0, +)
    let strongest = tastes.map(\.weight).max() ?? 1
    var choices: [Choice] = []
    for _ in 0..<min(count, items.count) {
      let explore = random.uniform() < configuration.explorationRate
      let pick =
        explore
        ? random.categorical(popularityWeights, total: popularityTotal)
        : random.categorical(tasteWeights, total: tasteTotal)
      tasteTotal = max(0, tasteTotal - tasteWeights[pick])
      popularityTotal = max(0, popularityTotal - popularityWeights[pick])
      tasteWeights[pick] = 0
      popularityWeights[pick] = 0
      let rating = self.rating(
        relativeAffinity: affinities[pick] / strongest, bias: ratingBias, random: &random)
      choices.append(Choice(item: items[pick], rating: rating))
    }
    return choices
  }

  private func rating(relativeAffinity: Double, bias: Double, random: inout Xoshiro256StarStar)
    -> Int
  {
    let raw =
      configuration.ratingBase + configuration.ratingSpan * relativeAffinity + bias
      + configuration.ratingNoise * random.normal()
    return min(5, max(1, Int(raw.rounded())))
  }

  /// `count` strictly increasing times from a random start in the first 70% of the period to
  /// its end.
  private func timestamps(count: Int, random: inout Xoshiro256StarStar) -> [Int64] {
    let duration = Double(configuration.duration)
    let start = Double(configuration.startTime) + random.uniform() * 0.7 * duration
    let end = Double(configuration.startTime) + duration
    var times = (0..<count).map { _ in Int64(start + random.uniform() * (end - start)) }
    times.sort()
    for position in times.indices.dropFirst() where times[position] <= times[position - 1] {
      times[position] = times[position - 1] + 1
    }
    return times
  }
}
