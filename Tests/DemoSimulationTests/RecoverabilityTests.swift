import Testing

@testable import DemoSimulation

/// The demo exists so that models can be checked against known tastes: a user's history in one
/// domain must reveal the tastes that drive their choices in the others.
@Suite("Demo tastes are recoverable from histories")
struct RecoverabilityTests {
  /// Per user and domain, the summed taste loadings of the items in their history, read from the
  /// emitted files (not from the simulator's memory).
  struct Profiles {
    var tasteCount: Int
    var trueTop: [String: Int] = [:]
    var history: [String: [String: [Double]]] = [:]
    var sizes: [String: [String: Int]] = [:]

    init() throws {
      let catalog = try DemoFixture.catalog()
      let tasteIndex = Dictionary(
        uniqueKeysWithValues: catalog.tasteTable.tastes.enumerated().map { ($1.name, $0) })
      tasteCount = tasteIndex.count
      let items = Dictionary(uniqueKeysWithValues: catalog.items.map { ($0.id, $0) })
      var best: [String: (weight: String, taste: Int)] = [:]
      for row in try DemoFixture.parsed("tastes.tsv").rows {
        let taste = try #require(tasteIndex[row[1]])
        // Weights are written heaviest first; fixed-width decimals compare as strings.
        if let current = best[row[0]], current.weight >= row[2] { continue }
        best[row[0]] = (row[2], taste)
      }
      trueTop = best.mapValues(\.taste)
      for row in try DemoFixture.parsed("interactions.tsv").rows {
        let item = try #require(items[row[1]])
        let domain = item.domain.rawValue
        var vector =
          history[row[0], default: [:]][domain] ?? [Double](repeating: 0, count: tasteCount)
        for index in vector.indices { vector[index] += item.tasteLoadings[index] }
        history[row[0], default: [:]][domain] = vector
        sizes[row[0], default: [:]][domain, default: 0] += 1
      }
    }

    /// The heaviest taste of a user's history in a domain, if they have at least `minimum` items.
    func dominant(_ user: String, _ domain: String, minimum: Int = 1) -> Int? {
      guard (sizes[user]?[domain] ?? 0) >= minimum, let vector = history[user]?[domain] else {
        return nil
      }
      return vector.indices.max { vector[$0] < vector[$1] }
    }
  }

  /// Probability that two independent draws from these label frequencies agree.
  static func chanceAgreement(_ left: [Int], _ right: [Int], labels: Int) -> Double {
    func frequencies(_ values: [Int]) -> [Double] {
      var counts = [Double](repeating: 0, count: labels)
      for value in values { counts[value] += 1 }
      return counts.map { $0 / Double(values.count) }
    }
    return zip(frequencies(left), frequencies(right)).reduce(0) { $0 + $1.0 * $1.1 }
  }

  @Test("within each domain, the dominant taste of a history is usually the user's true top taste")
  func historyRevealsTopTaste() throws {
    let profiles = try Profiles()
    for domain in DemoDomain.allCases.map(\.rawValue) {
      var truth: [Int] = []
      var guess: [Int] = []
      for (user, top) in profiles.trueTop {
        guard let dominant = profiles.dominant(user, domain, minimum: 3) else { continue }
        truth.append(top)
        guess.append(dominant)
      }
      let accuracy = Double(zip(truth, guess).count { $0 == $1 }) / Double(truth.count)
      let chance = Self.chanceAgreement(truth, guess, labels: profiles.tasteCount)
      #expect(truth.count > 800)
      #expect(accuracy > 0.6 && accuracy > 5 * chance, "\(domain): \(accuracy) vs chance \(chance)")
    }
  }

  @Test(
    "a user's history in one domain predicts the dominant taste of another",
    arguments: [("Books", "Movies"), ("Books", "Music"), ("Movies", "Music"), ("Music", "Books")])
  func crossDomain(source: String, target: String) throws {
    let profiles = try Profiles()
    var predicted: [Int] = []
    var observed: [Int] = []
    for user in profiles.history.keys {
      guard let from = profiles.dominant(user, source, minimum: 3),
        let to = profiles.dominant(user, target, minimum: 3)
      else { continue }
      predicted.append(from)
      observed.append(to)
    }
    let agreement = Double(zip(predicted, observed).count { $0 == $1 }) / Double(predicted.count)
    let chance = Self.chanceAgreement(predicted, observed, labels: profiles.tasteCount)
    #expect(predicted.count > 500)
    #expect(
      agreement > 0.5 && agreement > 5 * chance,
      "\(source) → \(target): \(agreement) vs chance \(chance) over \(predicted.count) users")
  }

  @Test("ratings rise with the affinity between the user's true tastes and the item")
  func ratingsFollowAffinity() throws {
    let world = try DemoFixture.defaultWorld()
    var byRating = [[Double]](repeating: [], count: 6)
    for interaction in world.interactions {
      let user = world.users[interaction.user]
      let loadings = world.catalog.items[interaction.item].tasteLoadings
      let affinity = user.tastes.reduce(0) { $0 + $1.weight * loadings[$1.taste] }
      byRating[interaction.rating].append(affinity)
    }
    let means = byRating.dropFirst().map { $0.reduce(0, +) / Double(max($0.count, 1)) }
    for (lower, higher) in zip(means, means.dropFirst()) {
      #expect(higher > lower, "mean affinity by rating 1…5: \(means)")
    }
  }
}
