import Foundation
import Testing

@testable import CrossLensCore

@Suite struct ExplanationTests {
  @Test func termsSumToRawScoresAndSharesToTheRow() throws {
    let model = try #require(RankingTests.model)
    let parameters = RankingParameters(
      k: 5, lambda: 0.2, tau: -1,
      weights: ["popularity": 0.5, "semantic": 1, "semantic-bridge": 0.8])
    let list = model.recommend(user: 4, sources: [0], target: 1, parameters: parameters)
    let top = try #require(list.rows.first)
    let explanation = model.explain(
      user: 4, item: top.item, sources: [0], target: 1, parameters: parameters, terms: 1)
    #expect(explanation.isCandidate)
    #expect(explanation.row.rank == 1)
    #expect(abs(explanation.row.score - top.score) < 1e-4)
    #expect(abs(explanation.row.sim - top.sim) < 1e-4)
    #expect(abs(explanation.row.penalty - top.penalty) < 1e-6)
    for part in explanation.components {
      let listed = part.groups.flatMap(\.terms).reduce(0) { $0 + $1.amount }
      let other = part.otherTerms.reduce(0) { $0 + $1.amount }
      #expect(abs(listed + other + part.remainder - part.raw) < 1e-4, "\(part.name)")
      #expect(part.groups.flatMap(\.terms).count <= 1)
      #expect(abs(part.contribution - (top.contributions[part.name] ?? 0)) < 1e-4)
    }
    // User 4 has Food and Kitchen history: semantic terms come from Kitchen (the target),
    // bridge terms from Food (the source).
    let semantic = try #require(explanation.components.first { $0.name == "semantic" })
    #expect(semantic.groups.map(\.domainName) == ["Kitchen"] && semantic.remainderCount == 2)
    let bridge = try #require(explanation.components.first { $0.name == "semantic-bridge" })
    #expect(bridge.groups.map(\.domainName) == ["Food"] && bridge.remainderCount == 3)
    // One intercept per source domain, each naming its bridge (several sources must not print
    // alike lines).
    #expect(
      bridge.otherTerms.map(\.label) == [
        "Food bridge intercept (what Kitchen users like overall)"
      ])
    #expect(explanation.formula.first?.hasPrefix("score = Σ w·z = 0.50×") == true)
    #expect(explanation.formula.contains { $0.hasPrefix("penalty = λ·c(i)/σ_c = 0.20×") })
    // The line after the penalty says where c(i) comes from; its numbers reproduce c(i).
    let penalty = try #require(explanation.formula.firstIndex { $0.hasPrefix("penalty") })
    let source = explanation.formula[penalty + 1]
    #expect(source.contains("training users' top-50 lists (warm)"), "\(source)")
    // `log(1 + x) / log(1 + largest)`: the numbers after each "1 + ".
    let numbers = source.components(separatedBy: "1 + ").dropFirst().compactMap {
      Double($0.prefix { $0.isNumber || $0 == "." })
    }
    let (x, largest) = (numbers[0], numbers[1])
    let printedCost = Float(log(1 + x) / log(1 + largest))
    let cost = RankingTests.cost(model, user: 4, target: 1)[Int(explanation.item)]
    #expect(abs(printedCost - cost) < 1e-3, "\(source)")  // exposures printed to 2 places
    // …and equal the c(i) printed in the penalty line (`λ×c / σ_c`, four significant digits).
    let penaltyCost = try #require(
      explanation.formula[penalty].split(separator: "×").last?.split(separator: " ").first
        .flatMap { Float($0) })
    #expect(abs(penaltyCost - printedCost) < 1e-3, "\(explanation.formula[penalty])")
  }

  /// The numbers printed in each `z[c] = (raw − mean) / sd = z` line reproduce the printed z.
  @Test func standardisationLinesReproduceTheirResult() throws {
    let model = try #require(RankingTests.model)
    let parameters = RankingParameters(
      k: 5, lambda: 0, tau: -1, weights: ["popularity": 1, "semantic": 1, "semantic-bridge": 1])
    let top = try #require(
      model.recommend(user: 4, sources: [0], target: 1, parameters: parameters).rows.first)
    let explanation = model.explain(
      user: 4, item: top.item, sources: [0], target: 1, parameters: parameters)
    let lines = explanation.formula.filter { $0.contains("z[") }
    #expect(lines.count == 3)
    // `(raw − mean) / sd = z`, or `(raw + |mean|)` for a negative mean.
    let pattern = /\((\S+) ([−+]) (\S+)\) \/ (\S+) = (\S+)$/
    for line in lines {
      let match = try #require(line.firstMatch(of: pattern), "\(line)")
      let numbers = [match.1, match.3, match.4, match.5].compactMap { Double($0) }
      try #require(numbers.count == 4, "\(line)")
      let (raw, deviation, z) = (numbers[0], numbers[2], numbers[3])
      let mean = match.2 == "−" ? numbers[1] : -numbers[1]
      #expect(numbers[1] >= 0, "a negative mean is written as an addition: \(line)")
      #expect(deviation > 0, "\(line)")
      #expect(abs((raw - mean) / deviation - z) < 0.02, "\(line)")
    }
  }

  @Test func seenAndFilteredItemsAreSaidToBeSo() throws {
    let model = try #require(RankingTests.model)
    let seen = try #require(model.query(user: 4, domains: [1]).history.first?.item)
    let explanation = model.explain(
      user: 4, item: seen, sources: [0], target: 1, parameters: model.defaultParameters)
    #expect(!explanation.isCandidate && explanation.row.rank == 0)
    var strict = model.defaultParameters
    strict.tau = 0.99
    let other = TwoTasteDataset.item(domain: 1, tasteX: false, 0)
    let filtered = model.explain(user: 4, item: other, sources: [0], target: 1, parameters: strict)
    #expect(filtered.row.filteredReason?.contains("< τ 0.99") == true && filtered.row.rank == 0)
  }

  /// The terms beyond the listed ones are summed per domain, under that domain's heading: a
  /// user with history in both domains gets both groups even when no term is listed.
  @Test func theRestOfTheHistoryIsSummedPerDomain() throws {
    let model = try #require(RankingTests.model)
    let parameters = RankingParameters(weights: ["item-knn": 1])
    let list = model.recommend(user: 4, sources: [0], target: 1, parameters: parameters)
    let item = try #require(list.rows.first?.item)
    let full = model.explain(
      user: 4, item: item, sources: [0], target: 1, parameters: parameters, terms: 1000)
    let none = model.explain(
      user: 4, item: item, sources: [0], target: 1, parameters: parameters, terms: 0)
    let listed = try #require(full.components.first { $0.name == "item-knn" })
    let summed = try #require(none.components.first { $0.name == "item-knn" })
    #expect(listed.remainderCount == 0 && summed.groups.allSatisfy(\.terms.isEmpty))
    #expect(summed.groups.map(\.domainName).sorted() == ["Food", "Kitchen"])
    for group in summed.groups {
      let terms = try #require(listed.groups.first { $0.domain == group.domain }?.terms)
      #expect(group.remainderCount == terms.count)
      #expect(abs(group.remainder - terms.reduce(0) { $0 + $1.amount }) < 1e-5)
    }
  }
}

extension ExplanationTests {
  /// The printed numbers of the score and sim lines reproduce their printed results (to the
  /// rounding of what is printed), with weights as set (0.025 stays 0.025); against τ, sim
  /// and τ print with enough places to tell them apart.
  @Test func scoreAndSimLinesReproduceTheirResults() throws {
    let model = try #require(RankingTests.model)
    let parameters = RankingParameters(
      k: 5, lambda: 0.2, tau: -1,
      weights: ["popularity": 0.025, "semantic": 1, "semantic-bridge": 0.45])
    let top = try #require(
      model.recommend(user: 4, sources: [0], target: 1, parameters: parameters).rows.first)
    let explanation = model.explain(
      user: 4, item: top.item, sources: [0], target: 1, parameters: parameters)
    /// `a×b [name]` pairs and the number after the last `=`.
    func parse(_ line: String) throws -> (products: [(Double, Double)], result: Double) {
      let products = line.matches(of: /(-?[0-9.]+)×\(?(-?[0-9.]+)\)? \[/).compactMap { match in
        Double(match.1).flatMap { a in Double(match.2).map { (a, $0) } }
      }
      let last = line.split(separator: "=").last?.split(separator: " ").first
      return (products, try #require(last.flatMap { Double($0) }, "\(line)"))
    }
    let scoreLine = try #require(explanation.formula.first { $0.hasPrefix("score = ") })
    #expect(scoreLine.contains("0.025×"), "\(scoreLine)")
    let score = try parse(scoreLine)
    #expect(score.products.count == 3)
    let slack = score.products.reduce(0.005) { $0 + abs($1.0) * 0.0005 + abs($1.1) * 0.005 }
    #expect(abs(score.products.reduce(0) { $0 + $1.0 * $1.1 } - score.result) <= slack)
    let simLine = try #require(explanation.formula.first { $0.hasPrefix("sim = ") })
    let sim = try parse(simLine)
    let total = try #require(
      simLine.split(separator: "/").last?.split(separator: " ").first.flatMap { Double($0) })
    #expect(abs(sim.products.reduce(0) { $0 + $1.0 } - total) < 0.002, "\(simLine)")
    let weighted = sim.products.reduce(0) { $0 + $1.0 * $1.1 } / total
    #expect(abs(weighted - sim.result) <= 0.01, "\(simLine)")

    // τ just above the row's sim: the line says `<`, and the printed sim is below the printed τ.
    var strict = parameters
    strict.tau = (top.sim * 1000).rounded(.up) / 1000 + 0.0004
    let filtered = model.explain(
      user: 4, item: top.item, sources: [0], target: 1, parameters: strict)
    let line = try #require(filtered.formula.first { $0.hasPrefix("sim = ") })
    let sides = line.components(separatedBy: " < τ ")
    try #require(sides.count == 2, "\(line)")
    let printedSim = try #require(sides[0].split(separator: " ").last.flatMap { Double($0) })
    let printedTau = try #require(Double(sides[1]))
    #expect(printedSim < printedTau, "\(line)")
  }

  @Test func numberTextSettingsAndApart() {
    #expect(NumberText.setting(0.5) == "0.50" && NumberText.setting(0.025) == "0.025")
    #expect(NumberText.setting(1 / 21) == "0.048")
    #expect(NumberText.setting(0.0622, maxPlaces: 6) == "0.0622")
    #expect(NumberText.apart(0.047, 0.05) == ("0.047", "0.050"))
    #expect(NumberText.apart(-0.001, 0.1) == ("0.00", "0.10"))
    #expect(NumberText.apart(0.25, 0.25) == ("0.25", "0.25"))
    // τ as set, never rounded to look like another value.
    #expect(NumberText.apart(0.0123, 0.028) == ("0.012", "0.028"))
    #expect(NumberText.apart(0.0276, 0.028) == ("0.0276", "0.0280"))
  }
}

extension ExplanationTests {
  /// Raw scores print with four significant digits and never in e-notation; float noise on a
  /// zero prints as 0.
  @Test func significantDigitsWithoutENotation() {
    let cases: [(Float, String)] = [
      (0.01512, "0.01512"), (4.625, "4.625"), (312.4, "312.4"), (1.953e-05, "0.00001953"),
      (-0.0003375, "-0.0003375"), (3.408e-21, "0"), (0, "0"), (2, "2"), (0.5, "0.5"),
      (12345, "12345"),
    ]
    for (x, text) in cases { #expect(FusedRanker.formatSignificant(x) == text, "\(x)") }
  }
}
