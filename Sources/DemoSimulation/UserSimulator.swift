import Foundation

/// Draws the simulated users: tastes, active domains, activity and flavour attributes.
///
/// Every user draws from private random streams (profile and history), so users never shift
/// each other's draws; one shared stream orders item popularity and one assigns groups.
struct UserSimulator {
  let catalog: Catalog
  let configuration: SimulationConfiguration
  /// Popularity of each catalogue item (Zipf over a random rank within its domain).
  let popularity: [Double]

  static let countries = [
    "US", "GB", "DE", "FR", "ES", "IT", "SE", "NL", "PL", "BR", "MX", "CA", "AU", "IN", "JP", "KR",
    "CN", "TW",
  ]
  static let countryWeights: [Double] = [
    20, 9, 8, 7, 5, 4, 3, 3, 3, 6, 4, 4, 3, 6, 5, 3, 4, 3,
  ]
  static let eastAsianCountries = ["JP", "KR", "CN", "TW"]
  static let ageBands = ["18-24", "25-34", "35-44", "45-54", "55+"]
  static let ageWeights: [Double] = [0.20, 0.32, 0.22, 0.14, 0.12]
  static let youngAgeWeights: [Double] = [0.45, 0.30, 0.12, 0.08, 0.05]

  enum Stream {
    static let popularity: UInt64 = 1
    static let groups: UInt64 = 2
    static func profile(_ user: Int) -> UInt64 { 16 + 3 * UInt64(user) }
    static func allocation(_ user: Int) -> UInt64 { 17 + 3 * UInt64(user) }
    static func history(_ user: Int) -> UInt64 { 18 + 3 * UInt64(user) }
  }

  init(catalog: Catalog, configuration: SimulationConfiguration) {
    self.catalog = catalog
    self.configuration = configuration
    var random = Xoshiro256StarStar(seed: configuration.seed, stream: Stream.popularity)
    var popularity = [Double](repeating: 0, count: catalog.items.count)
    for domain in DemoDomain.allCases {
      var members = catalog.items.indices.filter { catalog.items[$0].domain == domain }
      random.shuffle(&members)
      for (rank, item) in members.enumerated() {
        popularity[item] = 1 / pow(Double(rank + 1), configuration.popularityExponent)
      }
    }
    self.popularity = popularity
  }

  /// Draws every user's profile, and how many items of each active domain they will consume.
  func drawUsers() -> (users: [SimulatedUser], counts: [[DemoDomain: Int]]) {
    let tasteCount = catalog.tasteTable.tastes.count
    var users: [SimulatedUser] = []
    var activity: [Double] = []
    var propensities: [[DemoDomain: Double]] = []
    for index in 0..<configuration.userCount {
      var random = Xoshiro256StarStar(seed: configuration.seed, stream: Stream.profile(index))
      let tastes = drawTastes(count: tasteCount, random: &random)
      let domains = drawDomains(random: &random)
      var propensity: [DemoDomain: Double] = [:]
      for domain in domains {
        propensity[domain] = share(of: domain) * random.gamma(shape: 2)
      }
      activity.append(exp(configuration.activitySpread * random.normal()))
      propensities.append(propensity)
      users.append(
        SimulatedUser(
          id: String(format: "u%04d", index + 1), group: .train,
          country: drawCountry(tastes: tastes, random: &random),
          ageBand: drawAgeBand(tastes: tastes, random: &random),
          tastes: tastes, activeDomains: domains))
    }
    assignGroups(&users)
    let scale = Double(configuration.targetInteractions) / activity.reduce(0, +)
    let counts = users.indices.map { index in
      var random = Xoshiro256StarStar(seed: configuration.seed, stream: Stream.allocation(index))
      let total = max(
        configuration.minimumInteractionsPerUser, Int((activity[index] * scale).rounded()))
      return split(total, over: propensities[index], random: &random)
    }
    return (users, counts)
  }

  private func share(of domain: DemoDomain) -> Double {
    let position = DemoDomain.allCases.firstIndex(of: domain) ?? 0
    return configuration.domainShares[position]
  }

  /// 1–3 distinct tastes with Dirichlet weights, rounded to thousandths summing to 1000.
  private func drawTastes(count: Int, random: inout Xoshiro256StarStar) -> [TasteWeight] {
    let probabilities = configuration.tasteCountProbabilities
    let chosenCount = min(
      count, random.categorical(probabilities, total: probabilities.reduce(0, +)) + 1)
    var pool = Array(0..<count)
    var chosen: [Int] = []
    for _ in 0..<chosenCount {
      chosen.append(pool.remove(at: random.index(below: pool.count)))
    }
    let weights = random.dirichlet(
      count: chosenCount, concentration: configuration.tasteConcentration)
    let permille = Self.roundToThousandths(weights)
    return zip(chosen, permille)
      .map { TasteWeight(taste: $0, permille: $1) }
      .filter { $0.permille > 0 }
      .sorted { ($0.permille, $1.taste) > ($1.permille, $0.taste) }
  }

  /// Largest-remainder rounding of weights summing to 1 into thousandths summing to 1000.
  static func roundToThousandths(_ weights: [Double]) -> [Int] {
    var units = weights.map { Int(($0 * 1000).rounded(.down)) }
    let byRemainder = weights.indices.sorted { lhs, rhs in
      let left = weights[lhs] * 1000 - Double(units[lhs])
      let right = weights[rhs] * 1000 - Double(units[rhs])
      return left != right ? left > right : lhs < rhs
    }
    for position in 0..<(1000 - units.reduce(0, +)) {
      units[byRemainder[position % byRemainder.count]] += 1
    }
    return units
  }

  /// The active domains, drawn by audience share without replacement, in canonical order.
  private func drawDomains(random: inout Xoshiro256StarStar) -> [DemoDomain] {
    let probabilities = configuration.activeDomainCountProbabilities
    let count = random.categorical(probabilities, total: probabilities.reduce(0, +)) + 1
    var weights = configuration.domainShares
    var chosen: Set<DemoDomain> = []
    while chosen.count < min(count, DemoDomain.allCases.count) {
      let pick = random.categorical(weights, total: weights.reduce(0, +))
      chosen.insert(DemoDomain.allCases[pick])
      weights[pick] = 0
    }
    return DemoDomain.allCases.filter(chosen.contains)
  }

  private func drawCountry(tastes: [TasteWeight], random: inout Xoshiro256StarStar) -> String {
    let topTaste = catalog.tasteTable.tastes[tastes[0].taste].name
    if topTaste == "east-asia" && random.uniform() < 0.6 {
      return Self.eastAsianCountries[random.index(below: Self.eastAsianCountries.count)]
    }
    let total = Self.countryWeights.reduce(0, +)
    return Self.countries[random.categorical(Self.countryWeights, total: total)]
  }

  private func drawAgeBand(tastes: [TasteWeight], random: inout Xoshiro256StarStar) -> String {
    let topTaste = catalog.tasteTable.tastes[tastes[0].taste].name
    let weights = topTaste == "coming-of-age" ? Self.youngAgeWeights : Self.ageWeights
    return Self.ageBands[random.categorical(weights, total: weights.reduce(0, +))]
  }

  /// Exactly `trainShare` / `validShare` / rest of the users, in a random order.
  private func assignGroups(_ users: inout [SimulatedUser]) {
    var random = Xoshiro256StarStar(seed: configuration.seed, stream: Stream.groups)
    var order = Array(users.indices)
    random.shuffle(&order)
    let trainCount = Int((Double(users.count) * configuration.trainShare).rounded())
    let validCount = Int((Double(users.count) * configuration.validShare).rounded())
    for (position, index) in order.enumerated() {
      users[index].group =
        position < trainCount ? .train : position < trainCount + validCount ? .valid : .test
    }
  }

  /// Splits a user's total over their active domains: one each, the rest by propensity, with no
  /// domain above ``SimulationConfiguration/maximumInteractionsPerDomain``.
  private func split(
    _ total: Int, over propensity: [DemoDomain: Double], random: inout Xoshiro256StarStar
  ) -> [DemoDomain: Int] {
    let domains = DemoDomain.allCases.filter { propensity[$0] != nil }
    var counts = Dictionary(uniqueKeysWithValues: domains.map { ($0, 1) })
    var weights = domains.map { propensity[$0] ?? 0 }
    let cap = configuration.maximumInteractionsPerDomain
    for _ in domains.count..<max(total, domains.count) {
      let sum = weights.reduce(0, +)
      guard sum > 0 else { break }
      let pick = random.categorical(weights, total: sum)
      counts[domains[pick], default: 0] += 1
      if counts[domains[pick]] == cap { weights[pick] = 0 }
    }
    return counts
  }
}
