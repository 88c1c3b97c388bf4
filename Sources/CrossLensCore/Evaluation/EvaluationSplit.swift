/// How held-out cases are chosen (see README "Evaluation").
public enum EvaluationProtocol: String, Sendable, Codable, CaseIterable {
  /// Seeded: 10% of the users with ≥ 2 target-domain interactions are test users and 10% valid;
  /// each holds out a random 20% (at least one) of their target-domain interactions. In `cold`
  /// only users with history in another domain are drawn: without it a cold case has no input.
  case random
  /// As `random` for the choice of users; each holds out their last target-domain interaction.
  case last
  /// The dataset's own held-out users (attribute `group` = `valid` / `test`): each user's last
  /// interaction is the target; only targets in the target domain count.
  case groups
}

/// Whether evaluated users keep their target-domain history.
public enum EvaluationScenario: String, Sendable, Codable, CaseIterable {
  /// Users keep the target-domain history that is not held out.
  case warm
  /// The evaluated users' target-domain history is removed from their input **and** from the
  /// training data: a user new to the target domain has none anywhere.
  case cold
}

/// One evaluated user: the history given to the model and the held-out target-domain items.
public struct EvaluationCase: Sendable, Hashable {
  public var user: Int32
  /// Input history, oldest first (all domains; the model restricts it to the request's).
  public var input: [UserQuery.Event]
  public var targets: Set<Int32>
  /// Whether components may use the user's fitted state (e.g. ALS user factors). False when
  /// the fitted data still holds history the case hides from the input.
  public var userIsFitted: Bool = true

  public init(user: Int32, input: [UserQuery.Event], targets: Set<Int32>, userIsFitted: Bool = true)
  {
    self.user = user
    self.input = input
    self.targets = targets
    self.userIsFitted = userIsFitted
  }

  public var query: UserQuery { UserQuery(user: userIsFitted ? user : nil, history: input) }
}

/// Training data and held-out cases for one target domain, protocol, scenario and seed.
public struct EvaluationSplit: Sendable {
  public var target: Int
  public var evaluationProtocol: EvaluationProtocol
  public var scenario: EvaluationScenario
  /// The dataset without any held-out interaction (and, in `cold`, without the evaluated
  /// users' target-domain history).
  public var training: Dataset
  public var valid: [EvaluationCase]
  public var test: [EvaluationCase]
}

extension EvaluationSplit {
  /// Splits `dataset` for target domain `target`.
  ///
  /// - Complexity: O(interactions + users · log users).
  public static func make(
    _ dataset: Dataset, target: Int, protocol evaluationProtocol: EvaluationProtocol,
    scenario: EvaluationScenario, seed: UInt64 = 0
  ) -> EvaluationSplit {
    var histories = [[Interaction]](repeating: [], count: dataset.users.count)
    for x in dataset.interactions { histories[Int(x.user)].append(x) }
    let inTarget = { (x: Interaction) in dataset.items[Int(x.item)].domain == target }
    var roles: [Int32: Bool] = [:]  // user → is test
    var heldOut: [Int32: [Int]] = [:]  // user → positions in their history
    var generator = SplitMix64(seed: seed)
    switch evaluationProtocol {
    case .groups:
      for (u, user) in dataset.users.enumerated() {
        guard let group = user.attributes["group"], group == "valid" || group == "test",
          !histories[u].isEmpty
        else { continue }
        heldOut[Int32(u)] = [histories[u].count - 1]
        if inTarget(histories[u][histories[u].count - 1]) { roles[Int32(u)] = group == "test" }
      }
    case .random, .last:
      let eligible = histories.indices.filter { u in
        let inTargetCount = histories[u].filter(inTarget).count
        return inTargetCount >= 2 && (scenario == .warm || inTargetCount < histories[u].count)
      }
      let shuffled = eligible.shuffled(using: &generator)
      let share = Swift.max(1, eligible.count / 10)
      for (n, u) in shuffled.prefix(2 * share).enumerated() {
        roles[Int32(u)] = n < share
        let positions = histories[u].indices.filter { inTarget(histories[u][$0]) }
        if evaluationProtocol == .last {
          heldOut[Int32(u)] = [positions[positions.count - 1]]
        } else {
          let count = Swift.max(1, positions.count / 5)
          heldOut[Int32(u)] = Array(positions.shuffled(using: &generator).prefix(count))
        }
      }
    }
    var training: [Interaction] = []
    var valid: [EvaluationCase] = []
    var test: [EvaluationCase] = []
    for (u, history) in histories.enumerated() {
      let held = Set(heldOut[Int32(u)] ?? [])
      let role = roles[Int32(u)]
      let dropTargetHistory = scenario == .cold && role != nil
      var input: [UserQuery.Event] = []
      var targets: Set<Int32> = []
      for (position, x) in history.enumerated() {
        if held.contains(position) {
          if inTarget(x) { targets.insert(x.item) }
          continue
        }
        if dropTargetHistory && inTarget(x) { continue }
        training.append(x)
        input.append(UserQuery.Event(item: x.item, value: x.value ?? 1, time: x.time))
      }
      guard let role, !targets.isEmpty else { continue }
      let c = EvaluationCase(user: Int32(u), input: input, targets: targets)
      if role { test.append(c) } else { valid.append(c) }
    }
    let trainingData = Dataset(
      name: dataset.name, domains: dataset.domains, items: dataset.items, users: dataset.users,
      interactions: training, timeKind: dataset.timeKind)
    return EvaluationSplit(
      target: target, evaluationProtocol: evaluationProtocol, scenario: scenario,
      training: trainingData, valid: valid, test: test)
  }
}

extension EvaluationSplit {
  /// At most `count` of `cases`, drawn at random (seeded) and kept in their order: cases come
  /// in user order, and datasets list users by kind (Food–Kitchen: single-domain users first),
  /// so the first `count` would be no sample.
  ///
  /// - Complexity: O(cases + count · log count).
  public static func sample(_ cases: [EvaluationCase], atMost count: Int, seed: UInt64 = 0)
    -> [EvaluationCase]
  {
    guard cases.count > count else { return cases }
    // A stream of its own, so the sample does not follow the split's draws.
    var generator = SplitMix64(seed: seed ^ 0x5341_4D50_4C45)
    return cases.indices.shuffled(using: &generator).prefix(Swift.max(0, count)).sorted().map {
      cases[$0]
    }
  }
}
