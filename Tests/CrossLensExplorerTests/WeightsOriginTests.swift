import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The pane's weights follow the learned fit of each user's situation, as `crosslens
/// recommend` does, until a weight is set by hand; `w` returns to them.
@Suite struct WeightsOriginTests {
  static let warm: [String: Float] = ["item-knn": 1, "semantic": 0.5]
  static let cold: [String: Float] = ["popularity": 0.8, "item-knn": 1]

  /// The fixture's components with distinct warm and cold fits for Music (domain 2).
  func explorer() throws -> (Explorer, CrossDomainModel) {
    let fixture = try #require(ExplorerFixture.model)
    let fit = { (cold: Bool, weights: [String: Float]) in
      LearnedWeights.Fit(target: 2, coldStart: cold, cases: 100, ndcg: 0.1, weights: weights)
    }
    let model = CrossDomainModel(
      dataset: fixture.dataset, components: fixture.components,
      learnedWeights: LearnedWeights(
        fits: [fit(false, Self.warm), fit(true, Self.cold)], pooled: ["semantic": 1]))
    let explorer = Explorer(
      directory: ExplorerFixture.directory, model: model, title: "shelf (test)",
      theme: .monochrome, exportDirectory: ExplorerFixture.exportDirectory)
    return (explorer, model)
  }

  func title(_ explorer: Explorer) -> String {
    explorer.render(size: Size(width: 120, height: 40)).plainText()
  }

  @Test func eachUserGetsTheLearnedWeightsOfTheirSituation() throws {
    let (explorer, model) = try explorer()
    // Warm first, then (`c`: the filter "cold in the target") the user new to Music.
    for (coldStart, keys) in [(false, [Key]()), (true, [.character("c")])] {
      ExplorerFixture.drive(explorer, keys)
      let context = try #require(explorer.state.recommendations)
      let user = try #require(explorer.state.users.selectedUser)
      #expect(context.target == 2 && model.isColdStart(user: user, target: 2) == coldStart)
      #expect(context.parameters.weights == (coldStart ? Self.cold : Self.warm))
      #expect(context.weightsOrigin == .learned(coldStart: coldStart, pooled: false))
      // The same list as the library's default request (what `crosslens recommend` prints).
      #expect(
        context.list
          == model.recommend(
            user: user, sources: context.sources, target: 2,
            parameters: model.defaultParameters(user: user, target: 2)))
      #expect(title(explorer).contains(coldStart ? "learned weights (cold)" : "learned weights ─"))
    }
  }

  @Test func withoutAFitForTheSituationThePooledWeightsServeAndSaySo() throws {
    let explorer = try ExplorerFixture.explorer()  // its model has pooled weights only
    let context = try #require(explorer.state.recommendations)
    #expect(context.weightsOrigin == .learned(coldStart: false, pooled: true))
    #expect(context.parameters.weights == ExplorerFixture.model?.learnedWeights.pooled)
    #expect(title(explorer).contains("learned weights (pooled)"))
    ExplorerFixture.drive(explorer, [.character("c")])
    #expect(title(explorer).contains("learned weights (cold, pooled)"))
  }

  @Test func aWeightSetByHandStaysUntilW() throws {
    let (explorer, _) = try explorer()
    // λ is not a weight: the weights stay learned.
    ExplorerFixture.drive(explorer, [.character("+")])
    #expect(
      explorer.state.recommendations?.weightsOrigin == .learned(coldStart: false, pooled: false))
    // The first weight slider (popularity), one step up.
    ExplorerFixture.drive(explorer, [.character(">"), .character(">"), .character("+")])
    var context = try #require(explorer.state.recommendations)
    #expect(context.weightsOrigin == .custom)
    let custom = context.parameters.weights
    #expect(custom["popularity"] == 0.1 && custom["item-knn"] == 1)
    ExplorerFixture.drive(explorer, [.character("c")])  // another user, in the cold situation
    context = try #require(explorer.state.recommendations)
    #expect(context.parameters.weights == custom)
    #expect(title(explorer).contains("custom weights"))

    ExplorerFixture.drive(explorer, [.character("w")])
    context = try #require(explorer.state.recommendations)
    #expect(
      context.parameters.weights == Self.cold
        && context.weightsOrigin == .learned(coldStart: true, pooled: false))
    #expect(explorer.state.message == "weights: learned weights (cold)")
    // The palette's `w` sets a weight by hand too; `learned` undoes it.
    _ = explorer.runCommand("w kNN 2")
    #expect(explorer.state.recommendations?.weightsOrigin == .custom)
    _ = explorer.runCommand("learned")
    #expect(explorer.state.recommendations?.parameters.weights == Self.cold)
  }
}
