/// The held-out cases the fusion weights are learned on, drawn from the training data itself:
/// a seeded sample of users with history in at least two domains, each holding out their last
/// interaction when they have another one in its domain (the shape of the `groups` protocol).
/// Users whose `group` attribute is `valid` are never in the sample: every eligible one of them
/// holds out their last interaction as a *check* case, which the fit may not get worse on.
struct FusionCases {
  /// The sampled users' cold cases in folds, each with the data its components are fitted on.
  struct ColdFold {
    /// `reduced` without, in addition, the fold's users' (and the check users') history in
    /// their target's domain. A user new to a domain has no history there anywhere; leaving it
    /// in would inflate collaborative signals such as SVD. Only one fold's users are removed at
    /// a time because the cross-domain signals come from the few users active in both domains:
    /// removing every sampled user's at once would starve them, unlike at serving time.
    var data: Dataset
    /// Per target domain: input without the target domain's history, and no user index, so no
    /// component can use the user's fitted state.
    var cases: [Int: [EvaluationCase]]
  }

  /// The training data without the held-out interactions.
  var reduced: Dataset
  /// Per target domain: warm cases (input keeps target-domain history).
  var warm: [Int: [EvaluationCase]]
  var coldFolds: [ColdFold]
  /// The check cases (validation users), by target domain, warm and cold.
  var warmCheck: [Int: [EvaluationCase]]
  var coldCheck: [Int: [EvaluationCase]]

  /// - Parameter folds: how many groups the sampled users' cold cases are split into (each
  ///   group's target-domain history is removed from its own refit only).
  init(dataset: Dataset, maxUsers: Int, folds: Int = 4, seed: UInt64) {
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
    let sampled = eligible.filter { !isValid($0) }.shuffled(using: &generator).prefix(maxUsers)
    let folds = Swift.max(1, folds)
    // User → fold; the check users are in none (their history is removed from every fold).
    var foldOf: [Int: Int] = [:]
    for (n, u) in sampled.enumerated() { foldOf[u] = n % folds }

    var kept: [Interaction] = []
    var keptCold = [[Interaction]](repeating: [], count: folds)
    var warm: [Int: [EvaluationCase]] = [:]
    var cold = [[Int: [EvaluationCase]]](repeating: [:], count: folds)
    var warmCheck: [Int: [EvaluationCase]] = [:]
    var coldCheck: [Int: [EvaluationCase]] = [:]
    for (u, history) in histories.enumerated() {
      let fold = foldOf[u]
      guard fold != nil || check.contains(u), let last = history.last else {
        kept.append(contentsOf: history)
        for f in 0..<folds { keptCold[f].append(contentsOf: history) }
        continue
      }
      let before = history.dropLast()
      kept.append(contentsOf: before)
      let target = domainOf(last)
      for f in 0..<folds {
        keptCold[f].append(
          contentsOf: f == fold || fold == nil ? before.filter { domainOf($0) != target } : before)
      }
      let events = before.map {
        UserQuery.Event(item: $0.item, value: $0.value ?? 1, time: $0.time)
      }
      let warmCase = EvaluationCase(user: Int32(u), input: events, targets: [last.item])
      let coldCase = EvaluationCase(
        user: Int32(u), input: events.filter { dataset.items[Int($0.item)].domain != target },
        targets: [last.item], userIsFitted: false)
      if let fold {
        warm[target, default: []].append(warmCase)
        cold[fold][target, default: []].append(coldCase)
      } else {
        warmCheck[target, default: []].append(warmCase)
        coldCheck[target, default: []].append(coldCase)
      }
    }

    let data = { (interactions: [Interaction]) in
      Dataset(
        name: dataset.name, domains: dataset.domains, items: dataset.items, users: dataset.users,
        interactions: interactions, timeKind: dataset.timeKind)
    }
    self.reduced = data(kept)
    self.coldFolds = (0..<folds).map { ColdFold(data: data(keptCold[$0]), cases: cold[$0]) }
    self.warm = warm
    self.warmCheck = warmCheck
    self.coldCheck = coldCheck
  }
}
