/// The held-out cases the fusion weights are learned on, drawn from the training data itself:
/// a seeded sample of users with history in at least two domains, each holding out their last
/// interaction when they have another one in its domain (the shape of the `groups` protocol).
/// Users whose `group` attribute is `valid` are never in the sample: every eligible one of them
/// holds out their last interaction as a *check* case, which the fit may not get worse on.
struct FusionCases {
  /// The training data without the held-out interactions.
  var reduced: Dataset
  /// `reduced` without, in addition, the chosen users' history in their target's domain: the
  /// data the cold cases' components are fitted on (a user new to a domain has no history
  /// there anywhere; leaving it in would inflate collaborative signals such as SVD).
  var reducedCold: Dataset
  /// Per target domain: warm cases (input keeps target-domain history) and cold ones (input
  /// without it, and no user index, so no component can use the user's fitted state).
  var warm: [Int: [EvaluationCase]]
  var cold: [Int: [EvaluationCase]]
  /// The check cases (validation users), by target domain, warm and cold.
  var warmCheck: [Int: [EvaluationCase]]
  var coldCheck: [Int: [EvaluationCase]]

  init(dataset: Dataset, maxUsers: Int, seed: UInt64) {
    var histories = [[Interaction]](repeating: [], count: dataset.users.count)
    for x in dataset.interactions { histories[Int(x.user)].append(x) }
    let domainOf = { (x: Interaction) in dataset.items[Int(x.item)].domain }
    let eligible = histories.indices.filter { u in
      guard let last = histories[u].last else { return false }
      let domains = Set(histories[u].map(domainOf))
      return domains.count >= 2 && histories[u].filter { domainOf($0) == domainOf(last) }.count >= 2
    }
    var generator = SplitMix64(seed: seed)
    let isValid = { (u: Int) in dataset.users[u].attributes["group"] == "valid" }
    let check = Set(eligible.filter(isValid))
    let chosen = Set(eligible.filter { !isValid($0) }.shuffled(using: &generator).prefix(maxUsers))
      .union(check)
    var kept: [Interaction] = []
    var keptCold: [Interaction] = []
    var warm: [Int: [EvaluationCase]] = [:]
    var cold: [Int: [EvaluationCase]] = [:]
    var warmCheck: [Int: [EvaluationCase]] = [:]
    var coldCheck: [Int: [EvaluationCase]] = [:]
    for (u, history) in histories.enumerated() {
      guard chosen.contains(u), let last = history.last else {
        kept.append(contentsOf: history)
        keptCold.append(contentsOf: history)
        continue
      }
      let before = history.dropLast()
      kept.append(contentsOf: before)
      let target = domainOf(last)
      keptCold.append(contentsOf: before.filter { domainOf($0) != target })
      let events = before.map {
        UserQuery.Event(item: $0.item, value: $0.value ?? 1, time: $0.time)
      }
      let warmCase = EvaluationCase(user: Int32(u), input: events, targets: [last.item])
      let coldCase = EvaluationCase(
        user: Int32(u), input: events.filter { dataset.items[Int($0.item)].domain != target },
        targets: [last.item], userIsFitted: false)
      if check.contains(u) {
        warmCheck[target, default: []].append(warmCase)
        coldCheck[target, default: []].append(coldCase)
      } else {
        warm[target, default: []].append(warmCase)
        cold[target, default: []].append(coldCase)
      }
    }

    self.reduced = Dataset(
      name: dataset.name, domains: dataset.domains, items: dataset.items, users: dataset.users,
      interactions: kept, timeKind: dataset.timeKind)
    self.reducedCold = Dataset(
      name: dataset.name, domains: dataset.domains, items: dataset.items, users: dataset.users,
      interactions: keptCold, timeKind: dataset.timeKind)
    self.warm = warm
    self.cold = cold
    self.warmCheck = warmCheck
    self.coldCheck = coldCheck
  }
}
