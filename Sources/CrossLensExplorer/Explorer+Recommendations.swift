import CrossLensCore
import TerminalKit

extension Explorer {
  /// Asks the model for the selected user's list under the current parameters.
  ///
  /// - Parameters:
  ///   - trackChanges: an adjustment of the same request: mark Δ against the previous list.
  ///   - keepChanges: keep the current Δ marks (a display toggle, not an adjustment).
  /// - Complexity: the model's re-rank (cached scores) after the first request for a user.
  func refreshRecommendations(trackChanges: Bool, keepChanges: Bool = false) {
    guard let model, var context = state.recommendations else { return }
    guard let user = state.users.selectedUser else {
      context.unranked = nil
      context.seenItems = []
      context.install(
        RecommendationList(rows: [], filtered: [], candidateCount: 0), trackChanges: false,
        keepSelection: false)
      state.recommendations = context
      // No user, no situation: the strip follows the setting for users with target history.
      requestMetrics(
        target: context.target, coldStart: false, sources: context.sources,
        parameters: context.parameters)
      return
    }
    let coldStart = model.isColdStart(user: user, target: context.target)
    if context.weightsOrigin != .custom {
      // The weights `defaultParameters(user:target:)` gives, for the situation found above.
      let learned = model.learnedWeights
      context.parameters.weights = learned.weights(target: context.target, coldStart: coldStart)
      context.weightsOrigin = .learned(
        coldStart: coldStart,
        pooled: learned.fit(target: context.target, coldStart: coldStart) == nil)
    }
    let list = model.recommend(
      user: user, sources: context.sources, target: context.target,
      parameters: context.parameters)
    context.seenItems =
      context.parameters.excludeSeen
      ? [] : model.seenItems(user: user, target: context.target)
    context.unranked = model.unrankedReason(
      user: user, sources: context.sources, target: context.target,
      parameters: context.parameters)
    if keepChanges {
      context.reinstall(list)
    } else {
      context.install(list, trackChanges: trackChanges, keepSelection: trackChanges)
    }
    state.recommendations = context
    requestMetrics(
      target: context.target, coldStart: coldStart, sources: context.sources,
      parameters: context.parameters)
  }

  /// Asks the metrics worker for a setting it has not been asked for yet, in the selected
  /// user's situation (cold: no history in the target, as the request's weights assume).
  func requestMetrics(
    target: Int, coldStart: Bool, sources: [Int], parameters: RankingParameters
  ) {
    guard let metrics else { return }
    let sources = Array(Set(sources)).sorted()
    if let last = state.metrics.requested, last.target == target, last.coldStart == coldStart,
      last.sources == sources, last.parameters == parameters
    {
      return
    }
    state.metrics.generation += 1
    state.metrics.requested = (target, coldStart, sources, parameters)
    metrics.submit(
      generation: state.metrics.generation, target: target, coldStart: coldStart,
      sources: sources, parameters: parameters)
  }

  /// Next target domain; the sources become all the other domains.
  func cycleTarget() {
    guard var context = state.recommendations else { return }
    let count = directory.domainCount
    context.target = (context.target + 1) % count
    context.sources = (0..<count).filter { $0 != context.target }
    dropPin(of: &context)
    state.recommendations = context
    targetChanged()
  }

  /// A change of domains drops the pin (its list ranks other items), and says so.
  func dropPin(of context: inout RecommendationContext) {
    if context.pinned != nil { state.message = "pin dropped: the domains changed" }
    context.pinned = nil
  }

  /// After a change of target: a cold filter follows the new target (which may move the
  /// selection), then the recommendations are recomputed.
  func targetChanged() {
    let before = state.users.selectedUser
    state.users.retarget(state.recommendations?.target, directory: directory)
    if state.users.selectedUser != before {
      userChanged()
    } else {
      refreshRecommendations(trackChanges: false)
    }
  }

  /// Source choices in turn: all domains but the target, then each one alone.
  func cycleSources() {
    guard var context = state.recommendations else { return }
    let others = (0..<directory.domainCount).filter { $0 != context.target }
    let choices = [others] + (others.count > 1 ? others.map { [$0] } : [])
    let index = choices.firstIndex(of: context.sources) ?? -1
    let next = choices[(index + 1) % choices.count]
    guard next != context.sources else {
      // Nothing to cycle through (two domains): say so, and keep the pin.
      let names = next.map { directory.dataset.domains[$0] }.joined(separator: ", ")
      state.message =
        next.isEmpty
        ? "no other domain to take history from"
        : "\(names) is the only source for \(directory.dataset.domains[context.target])"
      return
    }
    context.sources = next
    dropPin(of: &context)
    state.recommendations = context
    refreshRecommendations(trackChanges: false)
  }

  func selectSlider(by delta: Int) {
    guard var context = state.recommendations else { return }
    let count = sliders.count
    context.sliderIndex = (context.sliderIndex + delta + count) % count
    state.recommendations = context
  }

  /// Moves the focused slider and re-ranks at once, marking Δ against the list before.
  func stepSlider(by steps: Int) {
    guard var context = state.recommendations, sliders.indices.contains(context.sliderIndex)
    else { return }
    let slider = sliders[context.sliderIndex]
    let updated = slider.stepped(context.parameters, by: steps)
    guard updated != context.parameters else { return }
    context.parameters = updated
    if case .weight = slider { context.weightsOrigin = .custom }
    state.recommendations = context
    refreshRecommendations(trackChanges: true)
  }

  /// Sets one slider (a mouse click on its track).
  func setSlider(_ index: Int, to value: Double) {
    guard var context = state.recommendations, sliders.indices.contains(index) else { return }
    context.sliderIndex = index
    let updated = sliders[index].setting(context.parameters, to: value)
    let changed = updated != context.parameters
    context.parameters = updated
    if changed, case .weight = sliders[index] { context.weightsOrigin = .custom }
    state.recommendations = context
    if changed { refreshRecommendations(trackChanges: true) }
  }

  /// Back to the learned weights for the selected user's situation, marking Δ against the
  /// list before.
  func useLearnedWeights() {
    guard var context = state.recommendations, state.users.selectedUser != nil else {
      state.message = "weights: no user selected"
      return
    }
    // Any learned value: the refresh sets the weights for the user's situation.
    context.weightsOrigin = .learned(coldStart: false, pooled: false)
    state.recommendations = context
    refreshRecommendations(trackChanges: true)
    state.message = "weights: " + (state.recommendations?.weightsOrigin.note ?? "learned")
  }

  /// First press pins the list; with a pin, shows the comparison (Esc closes it; `p` there
  /// drops the pin).
  func pinOrCompare() {
    guard var context = state.recommendations else { return }
    if context.pinned == nil {
      context.pinned = (state.users.selectedUser, context.parameters, context.list)
      state.message = "pinned: change settings, then p to compare"
    } else {
      state.mode = .compare(scroll: 0)
    }
    state.recommendations = context
  }
}

extension RecommendationContext {
  /// Replaces the list keeping the Δ marks and the selected item (a display toggle).
  mutating func reinstall(_ newList: RecommendationList) {
    let saved = changes
    install(newList, trackChanges: false, keepSelection: true)
    restoreChanges(saved)
  }
}
