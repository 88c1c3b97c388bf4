import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

extension WalkthroughFixTests {
  /// A flag keeps the request's domains, so it can be reproduced; the overlay shows them with
  /// the settings.
  @Test func flagsKeepTheirDomains() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.tab, .tab, .character("f")] + keys(" odd  ") + [.enter])
    let context = try #require(explorer.state.recommendations)
    let flag = try #require(explorer.annotations.flags().last)
    #expect(flag.note == "odd")
    let expected = Flag.domains(
      sources: context.sources, target: context.target, in: ExplorerFixture.dataset)
    #expect(flag.domains == expected && expected.contains("→"))
    let page = FlagPresenter.page(flags: [flag], dataset: ExplorerFixture.dataset, width: 120)
    let lines = page.lines.map { $0.spans.map(\.text).joined() }
    #expect(lines.count == 3 && page.lastLine == [2])
    #expect(lines[1].contains("“odd”"))
    #expect(lines[2].contains(expected + "  λ 0.00 τ -1.00 k 10"))
  }
}

/// Annotations whose writes fail, as a read-only store's do.
final class FailingAnnotations: AnnotationStore {
  struct ReadOnly: Error, CustomStringConvertible {
    var description: String { "attempt to write a readonly database" }
  }
  func addFlag(_ flag: Flag) throws { throw ReadOnly() }
  func flags() -> [Flag] { [] }
  func savePreset(name: String, parameters: RankingParameters) throws { throw ReadOnly() }
  func preset(named name: String) throws -> RankingParameters? { nil }
  func presetNames() -> [String] { [] }
  func deletePreset(named name: String) throws -> Bool { throw ReadOnly() }
}

extension WalkthroughFixTests {
  /// A flag that cannot be saved says why, on screen, and the next f offers its note again.
  @Test func aFailedFlagKeepsItsNote() throws {
    let model = try #require(ExplorerFixture.model)
    let explorer = Explorer(
      directory: ExplorerFixture.directory, model: model, title: "t", theme: .monochrome,
      annotations: FailingAnnotations(), exportDirectory: ExplorerFixture.exportDirectory)
    let screen = ExplorerFixture.drive(
      explorer, [.tab, .tab, .character("f")] + keys("odd score") + [.enter],
      size: Size(width: 120, height: 40))
    #expect(
      screen.plainText().contains(
        "could not save the flag (f reopens the note): attempt to write a readonly database"),
      "\(screen.plainText())")
    ExplorerFixture.drive(explorer, [.character("f")])
    guard case .prompt(.flagNote, let editor) = explorer.state.mode else {
      Issue.record("f opened no note: \(explorer.state.mode)")
      return
    }
    #expect(editor.text == "odd score")
  }
}

extension WalkthroughFixTests {
  /// ↵ on a flag reopens its request: the user, the domains, the settings, and the cursor on
  /// the flagged item.
  @Test func enterOnAFlagReopensItsRequest() throws {
    let explorer = try ExplorerFixture.explorer()
    _ = palette(explorer, "lambda 0.5")
    ExplorerFixture.drive(
      explorer, [.tab, .tab, .down, .down, .character("f")] + keys("odd") + [.enter])
    let flagged = try #require(explorer.state.recommendations)
    let user = try #require(explorer.state.users.selectedUser)
    let item = try #require(flagged.selectedRow?.item)
    // Elsewhere: another user, another target, other settings.
    ExplorerFixture.drive(explorer, [.backTab, .backTab, .down, .character("T")])
    _ = palette(explorer, "lambda 0")
    #expect(explorer.state.users.selectedUser != user)
    ExplorerFixture.drive(explorer, [.character("F")])
    #expect(explorer.state.mode == .flags(selected: 0))
    ExplorerFixture.drive(explorer, [.down, .enter])
    let reopened = try #require(explorer.state.recommendations)
    #expect(explorer.state.mode == .browse && explorer.state.focus == .recommendations)
    #expect(explorer.state.users.selectedUser == user)
    #expect(reopened.sources == flagged.sources && reopened.target == flagged.target)
    #expect(reopened.parameters == flagged.parameters)
    #expect(reopened.selectedRow?.item == item)
    #expect(explorer.state.message?.hasPrefix("reopened the flag on") == true)
  }

  @Test func flagDomainsParseBackOrNot() {
    let dataset = ExplorerFixture.dataset
    let flag = { (domains: String) in
      Flag(
        created: "", userID: "u", itemID: "i", note: "n", parameters: RankingParameters(),
        domains: domains)
    }
    let d = dataset.domains
    #expect(Explorer.domains(of: flag("\(d[0]),\(d[1])→\(d[2])"), in: dataset)! == ([0, 1], 2))
    #expect(Explorer.domains(of: flag(""), in: dataset) == nil)
    #expect(Explorer.domains(of: flag("Nowhere→\(d[2])"), in: dataset) == nil)
    #expect(Explorer.domains(of: flag("\(d[0])→Nowhere"), in: dataset) == nil)
  }
}

extension WalkthroughFixTests {
  /// While stale, the strip's note is never cut: the sweep and the case count give way to it,
  /// and where it still does not fit (80 columns) it shortens to `(stale…)`.
  @Test func staleNoteShowsWhole() {
    let row = EvaluationRow(
      model: "fused", scenario: "warm", target: "Music", lambda: 0, negatives: 0, cases: 500,
      metrics: ["ndcg@10": 0.0213, "recall@10": 0.031, "coverage@10": 0.15, "novelty@10": 12.6],
      standardErrors: ["ndcg@10": 0.005])
    let result = MetricsWorker.Result(
      generation: 1, target: 2, coldStart: true, sources: [0, 1], parameters: RankingParameters(),
      current: row,
      sweepLambdas: [0, 0.5, 1], sweep: [row, row, row])
    for (width, note) in [(80, "(stale…)"), (120, "(stale: fitting evaluation model…)")] {
      let line = MetricsPresenter.line(
        result: result, isStale: true, phase: "fitting evaluation model", width: width)
      let text = line.spans.map(\.text).joined()
      #expect(DisplayWidth.of(text) <= width, "\(text)")
      #expect(text.hasSuffix(note), "\(text)")
    }
    let fresh = MetricsPresenter.line(result: result, isStale: false, phase: nil, width: 120)
      .spans.map(\.text).joined()
    #expect(fresh.contains("λ-sweep") && fresh.hasSuffix("500 cases"), "\(fresh)")
    // No diversity in the row (no list of two items): ILD reads –, never .00.
    #expect(fresh.contains(" nov 12.6 ILD – "), "\(fresh)")
    let narrow = MetricsPresenter.line(
      result: result, isStale: true, phase: String(repeating: "x", count: 80), width: 80)
    #expect(narrow.spans.map(\.text).joined().hasSuffix("(stale…)"))
  }
}

extension WalkthroughFixTests {
  static func result(
    ndcg: Double, lambda: Float, target: Int = 2, sources: [Int] = [0, 1]
  ) -> MetricsWorker.Result {
    let row = EvaluationRow(
      model: "fused", scenario: "warm", target: "Music", lambda: lambda, negatives: 0, cases: 9,
      metrics: ["ndcg@10": ndcg, "recall@10": 0.1, "coverage@10": 0.2, "novelty@10": 9],
      standardErrors: ["ndcg@10": 0.01])
    return MetricsWorker.Result(
      generation: 1, target: target, coldStart: false, sources: sources,
      parameters: RankingParameters(lambda: lambda),
      current: row, sweepLambdas: [], sweep: [])
  }

  /// NDCG is marked ▲ or ▼ against the setting evaluated before it, for the same target and
  /// situation only.
  @Test func stripMarksTheNDCGMoveAgainstThePreviousSetting() {
    var context = MetricsContext()
    context.result = Self.result(ndcg: 0.30, lambda: 0)
    #expect(context.previous == nil)
    context.result = Self.result(ndcg: 0.25, lambda: 0.5)
    #expect(context.previous?.parameters.lambda == 0)
    let text = {
      MetricsPresenter.line(
        result: context.result, previous: context.previous, isStale: false, phase: nil,
        width: 120
      ).spans.map(\.text).joined()
    }
    #expect(text().contains("NDCG@10 .250±.010 ▼"), "\(text())")
    context.result = Self.result(ndcg: 0.28, lambda: 1)
    #expect(text().contains("NDCG@10 .280±.010 ▲"), "\(text())")
    // A move too small to print gets no arrow.
    context.result = Self.result(ndcg: 0.2801, lambda: 1.5)
    #expect(text().contains("NDCG@10 .280±.010 R@10"), "\(text())")
    // Other sources are another setting: compared.
    context.result = Self.result(ndcg: 0.20, lambda: 1.5, sources: [0])
    #expect(context.previous?.sources == [0, 1])
    #expect(text().contains("NDCG@10 .200±.010 ▼"), "\(text())")
    context.result = Self.result(ndcg: 0.28, lambda: 1, target: 1)
    #expect(context.previous == nil && !text().contains("▲") && !text().contains("▼"))
  }
}
