import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// Scripts of keys checked against the library: the rows on screen are the library's
/// `recommend` for the same parameters, and the Δ marks are the rank differences between the
/// lists before and after, computed here independently.
@Suite struct KeyScriptTests {
  /// Ranks of `list` by item.
  func ranks(_ list: RecommendationList) -> [Int32: Int] {
    Dictionary(uniqueKeysWithValues: list.rows.map { ($0.item, $0.rank) })
  }

  /// The Δ mark expected for each row of `after`, from the two lists alone.
  func expectedMarks(before: RecommendationList, after: RecommendationList) -> [String] {
    let old = ranks(before)
    return after.rows.map { row in
      guard let previous = old[row.item] else { return "new" }
      if previous == row.rank { return "" }
      return previous > row.rank ? "↑\(previous - row.rank)" : "↓\(row.rank - previous)"
    }
  }

  /// Picks a user, then sends each key and checks the list, the Δ marks and the screen
  /// against the library after each one.
  func checkSliderScript(_ script: [(key: Key, change: (inout RankingParameters) -> Void)]) throws {
    let explorer = try ExplorerFixture.explorer()
    let model = try #require(ExplorerFixture.model)
    ExplorerFixture.drive(explorer, [.character("/")] + keys("u1") + [.enter, .down])
    let user = try #require(explorer.state.users.selectedUser)
    let context = try #require(explorer.state.recommendations)
    var parameters = context.parameters
    var before = model.recommend(
      user: user, sources: context.sources, target: context.target, parameters: parameters)
    #expect(explorer.state.recommendations?.list == before)
    for step in script {
      ExplorerFixture.drive(explorer, [step.key])
      step.change(&parameters)
      let after = model.recommend(
        user: user, sources: context.sources, target: context.target, parameters: parameters)
      let shown = try #require(explorer.state.recommendations)
      #expect(shown.parameters == parameters)
      #expect(shown.list == after)
      if after != before {
        #expect(
          shown.list.rows.map { shown.changes[$0.item]?.mark ?? "" }
            == expectedMarks(before: before, after: after))
      }
      before = after
    }
    // The screen shows the same rows in the same order.
    let text = explorer.render(size: Size(width: 120, height: 40)).plainText()
    var cursor = text.startIndex
    for row in before.rows {
      let prefix = String(ExplorerFixture.dataset.items[Int(row.item)].title.prefix(20))
      let found = try #require(text.range(of: prefix, range: cursor..<text.endIndex), "\(prefix)")
      cursor = found.upperBound
    }
  }

  /// `x + step`, snapped to whole steps as the sliders do.
  func snapped(_ x: Float, _ step: Double) -> Float {
    Float(((Double(x) + step) / 0.05).rounded() * 0.05)
  }

  @Test func raisingLambdaThreeStepsReRanksLikeTheLibrary() throws {
    let raise: (key: Key, change: (inout RankingParameters) -> Void) = (
      .character("+"), { $0.lambda = snapped($0.lambda, 0.05) }
    )
    try checkSliderScript([raise, raise, raise])
  }

  @Test func raisingTauThreeCoarseStepsFiltersLikeTheLibrary() throws {
    let raise: (key: Key, change: (inout RankingParameters) -> Void) = (
      .character("]"), { $0.tau = snapped($0.tau, 0.25) }
    )
    try checkSliderScript([(.character(">"), { _ in })] + Array(repeating: raise, count: 6))
  }

  @Test func cursorStaysOnTheSameItemWhenRowsMove() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.tab, .tab, .down, .down, .down])
    let item = try #require(explorer.state.recommendations?.selectedRow?.item)
    for _ in 0..<8 {
      ExplorerFixture.drive(explorer, [.character("]")])
      let context = try #require(explorer.state.recommendations)
      if context.visibleRows.contains(where: { $0.item == item }) {
        #expect(context.selectedRow?.item == item)
      }
    }
  }
}
