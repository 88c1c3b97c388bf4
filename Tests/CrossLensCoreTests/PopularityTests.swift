import Foundation
import Testing

@testable import CrossLensCore

@Suite struct PopularityTests {
  @Test func concentrationIsLogPopularityNormalisedPerDomain() {
    // Domain 0: counts 0, 3, 7; domain 1: counts 1, 0.
    let p = ItemPopularity(counts: [0, 3, 7, 1, 0], domains: [0, 0, 0, 1, 1])
    #expect(p.logCounts[2] == Float(log(8.0)))
    let expected: [Float] = [0, Float(log(4.0) / log(8.0)), 1, 1, 0]
    for (a, b) in zip(p.concentration, expected) { #expect(abs(a - b) < 1e-6) }
  }

  @Test func standardisationIsPerRequestZScore() {
    let scores = CandidateScores(
      candidates: [2, 5, 9], componentNames: ["a", "flat"], rawScores: [[1, 2, 6], [4, 4, 4]],
      latentCosines: [nil, nil], concentration: [0, 0, 0])
    // mean 3, population variance (4 + 1 + 9) / 3.
    let sd = Float((14.0 / 3).squareRoot())
    #expect(abs(scores.standardised(component: 0, candidate: 0) - (-2 / sd)) < 1e-6)
    #expect(abs(scores.standardised(component: 0, candidate: 2) - (3 / sd)) < 1e-6)
    #expect(scores.standardised(component: 1, candidate: 1) == 0)
    #expect(scores.index(of: 9) == 2 && scores.index(of: 3) == nil)
  }
}
