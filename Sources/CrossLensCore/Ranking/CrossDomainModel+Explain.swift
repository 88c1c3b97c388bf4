extension CrossDomainModel {
  /// Explains `item`'s numbers for the request (user, sources, target) under `parameters`.
  ///
  /// - Parameter terms: history-item terms listed per component (the rest is summed into the
  ///   remainder).
  /// - Complexity: the components' `explain` costs plus one pass over the cached candidates.
  public func explain(
    user: Int32, item: Int32, sources: [Int], target: Int, parameters: RankingParameters,
    terms: Int = 5
  ) -> Explanation {
    let scores = candidateScores(
      user: user, sources: sources, target: target, excludeSeen: parameters.excludeSeen)
    let query = query(user: user, domains: Set(sources).union([target]))
    let j = scores.index(of: item)
    var parts: [Explanation.ComponentPart] = []
    var row = RecommendationRow(
      rank: 0, item: item, score: 0, sim: 0, contributions: [:], penalty: 0, finalScore: 0)
    var latentSum: Float = 0
    var latentWeight: Float = 0
    for (c, component) in components.enumerated() {
      let weight = parameters.weight(of: component.name)
      let raw = component.scores(for: query, candidates: [item]).first ?? 0
      let mean = scores.means[c]
      let deviation = scores.deviations[c]
      let z = deviation > 0 ? (raw - mean) / deviation : 0
      let l = scores.latentComponents.firstIndex(of: c)
      let cosine: Float? =
        if let l, let j { scores.cosine(latent: l, candidate: j) } else if l != nil {
          component.latentCosines(for: query, candidates: [item])?.first
        } else { nil }
      if let cosine, weight > 0 {
        latentSum += weight * cosine
        latentWeight += weight
      }
      let all = component.explain(query, item: item)
      let historyTerms = all.filter { $0.historyItem != nil }
        .sorted { abs($0.amount) > abs($1.amount) }
      let listed = Array(historyTerms.prefix(Swift.max(0, terms)))
      let rest = historyTerms.dropFirst(listed.count)
      parts.append(
        Explanation.ComponentPart(
          name: component.name, weight: weight, raw: raw, mean: mean, deviation: deviation,
          standardised: z, contribution: weight * z, cosine: cosine,
          groups: group(listed, rest: rest), otherTerms: all.filter { $0.historyItem == nil }))
      if weight != 0 { row.contributions[component.name] = weight * z }
      row.score += weight * z
    }
    row.sim = latentWeight > 0 ? latentSum / latentWeight : 0
    let coldStart = isColdStart(user: user, target: target)
    let cost =
      j.map { scores.concentrationCost(candidate: $0) }
      ?? concentrationCosts(target: target, coldStart: coldStart)[Int(item)]
    row.penalty = scores.penalty(lambda: parameters.lambda, cost: cost)
    row.finalScore = row.score - row.penalty
    // The place and the τ verdict come from the ranking's own arithmetic, so they agree with
    // the list (and the free-text list's rank column) even at near-ties.
    // An item that is no candidate has no place; τ is then judged on its own sim.
    let placement = FusedRanker.placements(of: [item], in: scores, parameters: parameters)[0]
    if case .ranked(let place) = placement { row.rank = place }
    if placement == .filtered
      || (placement == .notCandidate && parameters.tau > -1 && row.sim < parameters.tau)
    {
      row.filteredReason = FusedRanker.filteredReason(sim: row.sim, tau: parameters.tau)
    }
    return Explanation(
      user: user, item: item, target: target, sources: sources, parameters: parameters, row: row,
      isCandidate: j != nil, components: parts,
      formula: formula(
        parts, row: row, cost: cost, costDeviation: scores.concentrationDeviation,
        costSource: costSource(item: item, target: target, coldStart: coldStart),
        parameters: parameters))
  }

  /// Where the item's c(i) comes from: its exposure (or interaction count, without a tally)
  /// against the largest in the target domain.
  private func costSource(item: Int32, target: Int, coldStart: Bool) -> String {
    let situation = coldStart ? "cold" : "warm"
    if let tally = exposure.tally(target: target, coldStart: coldStart),
      let top = tally.exposure.max(), top > 0
    {
      let n = tally.items.firstIndex(of: item)
      let x = n.map { tally.exposure[$0] } ?? 0
      let lists = n.map { tally.lists[$0] } ?? 0
      let f = { (v: Float) in String(format: "%.2f", v) }
      return "  c(i) = log(1 + \(f(x))) / log(1 + \(f(top))): exposure Σ 1/log2(1 + rank) in "
        + "\(lists) of \(tally.users) training users' top-\(tally.depth) lists (\(situation))"
    }
    let counts = candidates(target: target).map { popularity.counts[Int($0)] }
    let n = popularity.counts.indices.contains(Int(item)) ? popularity.counts[Int(item)] : 0
    return "  c(i) = log(1 + \(n)) / log(1 + \(counts.max() ?? 0)): \(n) interactions (popularity)"
  }

  /// `listed` and `rest` by the history item's domain: listed terms in their order, the rest
  /// summed per domain, each domain where its first term falls.
  private func group(_ listed: [Contribution], rest: ArraySlice<Contribution>)
    -> [Explanation.DomainGroup]
  {
    var groups: [Explanation.DomainGroup] = []
    func index(of term: Contribution) -> Int? {
      guard let h = term.historyItem, dataset.items.indices.contains(Int(h)) else { return nil }
      let d = dataset.items[Int(h)].domain
      if let g = groups.firstIndex(where: { $0.domain == d }) { return g }
      let name = dataset.domains.indices.contains(d) ? dataset.domains[d] : "domain \(d)"
      groups.append(Explanation.DomainGroup(domain: d, domainName: name, terms: []))
      return groups.count - 1
    }
    for term in listed {
      if let g = index(of: term) { groups[g].terms.append(term) }
    }
    for term in rest {
      guard let g = index(of: term) else { continue }
      groups[g].remainder += term.amount
      groups[g].remainderCount += 1
    }
    return groups
  }

  private func formula(
    _ parts: [Explanation.ComponentPart], row: RecommendationRow, cost: Float,
    costDeviation: Float, costSource: String, parameters: RankingParameters
  ) -> [String] {
    let f = { (x: Float) in NumberText.fixed(x, places: 2) }
    // Raw scores can be tiny (SVD, kNN): significant digits keep (raw − mean) / sd reproducible.
    let g = FusedRanker.formatSignificant
    let weighted = parts.filter { $0.weight != 0 }
    // Weights as set (0.025, not 0.03), so each product reads as the term it is.
    let w = { (x: Float) in NumberText.setting(x) }
    // A negative factor in brackets: `1.00×(-0.77)`.
    let factor = { (x: Float) in x < 0 ? "(\(f(x)))" : f(x) }
    let terms = weighted.map { "\(w($0.weight))×\(factor($0.standardised)) [\($0.name)]" }
    var lines = [
      "score = Σ w·z = " + (terms.isEmpty ? "0" : terms.joined(separator: " + "))
        + " = \(f(row.score))"
    ]
    for p in weighted {
      // A negative mean is added, not subtracted as `− -3.2e-05`.
      let centring = p.mean < 0 ? "+ \(g(-p.mean))" : "− \(g(p.mean))"
      // No spread, no standardisation: written as the rule, not as a division by zero.
      lines.append(
        p.deviation > 0
          ? "  z[\(p.name)] = (\(g(p.raw)) \(centring)) / \(g(p.deviation)) = \(f(p.standardised))"
          : "  z[\(p.name)] = 0: every candidate's raw score is \(g(p.mean)) (sd 0)")
    }
    lines.append(
      costDeviation > 0
        ? "penalty = λ·c(i)/σ_c = \(w(parameters.lambda))×\(g(cost)) / \(g(costDeviation))"
          + " = \(f(row.penalty))"
        : "penalty = 0: c(i) is alike for every candidate (σ_c = 0)")
    lines.append(costSource)
    lines.append("final = score − penalty = \(f(row.finalScore))")
    let latent = parts.filter { $0.cosine != nil && $0.weight > 0 }
    // Cosines and sim with three places, as the list shows sim: with two, small terms vanish.
    let f3 = { (x: Float) in NumberText.fixed(x, places: 3) }
    let cosine = { (x: Float) in x < 0 ? "(\(f3(x)))" : f3(x) }
    let simTerms = latent.map { "\(w($0.weight))×\(cosine($0.cosine ?? 0)) [\($0.name)]" }
    let total = latent.reduce(Float(0)) { $0 + $1.weight }
    // Against τ, sim and τ get as many places as tell them apart.
    let (simText, tauText) =
      parameters.tau > -1 ? NumberText.apart(row.sim, parameters.tau) : (f3(row.sim), "")
    lines.append(
      "sim = Σ w·cos / Σ w = "
        + (simTerms.isEmpty
          ? "0 (no latent component)" : "(\(simTerms.joined(separator: " + "))) / \(w(total))")
        + " = \(simText)"
        + (parameters.tau > -1 ? (row.sim >= parameters.tau ? " ≥ τ " : " < τ ") + tauText : ""))
    return lines
  }
}
