import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The presentation functions against hand-computed values.
@Suite struct PresenterTests {
  @Test func rankChangeMarks() {
    #expect(RankChange(previous: 3, current: 1).mark == "↑2")
    #expect(RankChange(previous: 1, current: 4).mark == "↓3")
    #expect(RankChange(previous: 2, current: 2).mark == "")
    #expect(RankChange(previous: nil, current: 5).mark == "new")
  }

  @Test func barsAreScaledByTheLargestContributionOfTheirComponent() {
    let rows = [
      RecommendationRow(
        rank: 1, item: 0, score: 1, sim: 0.5, contributions: ["a": 0.8, "b": -0.2],
        penalty: 0.04, finalScore: 0.96),
      RecommendationRow(
        rank: 2, item: 1, score: 0.5, sim: 0.25, contributions: ["a": 0.4, "b": 0.1],
        penalty: 0, finalScore: 0.5),
    ]
    let scales = RecommendationPresenter.barScales(rows: rows, componentNames: ["a", "b"])
    #expect(scales == [0.8, 0.2])
    let dataset = ShelfDataset.make()
    let first = RecommendationPresenter.cells(
      rows[0], change: .up(2), dataset: dataset, componentNames: ["a", "b"], scales: scales,
      columns: .init(bars: .wide, penalty: true, final: true))
    // a: 0.8/0.8 → █; b negative → "-"; sim with three places; with a penalty, the penalty
    // shown negated and the final score, both with two places as the score.
    #expect(
      first == ["1", "↑2", dataset.items[0].title, "1.00", ".500", "█", "-", "-0.04", "0.96"])
    let second = RecommendationPresenter.cells(
      rows[1], change: nil, dataset: dataset, componentNames: ["a", "b"], scales: scales,
      columns: .init(bars: .compact, penalty: false, final: false))
    // a: 0.4/0.8 = 4/8 → ▄; b: 0.1/0.2 = 4/8 → ▄, side by side.
    #expect(second == ["2", "", dataset.items[1].title, "0.50", ".250", "▄▄"])
  }

  @Test func numberFormats() {
    #expect(NumberFormat.fixed(2.416, decimals: 2) == "2.42")
    #expect(NumberFormat.fixed(0.05, decimals: 2) == "0.05")
    #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.00")
    #expect(NumberFormat.fixed(-1.5, decimals: 1) == "-1.5")
    #expect(NumberFormat.unit(0.634) == ".63")
    #expect(NumberFormat.unit(-0.12) == "-.12")
    #expect(NumberFormat.unit(1) == "1.00")
    #expect(NumberFormat.unit(0.0974, decimals: 3) == ".097")
    #expect(NumberFormat.unit(-0.0974, decimals: 3) == "-.097")
    #expect(NumberFormat.count(53_060) == "53,060")
    #expect(NumberFormat.count(999) == "999")
    #expect(NumberFormat.count(1_000_000) == "1,000,000")
    #expect(NumberFormat.percent(0.048) == "4.80%")
    #expect(NumberFormat.percent(0.050_71) == "5.07%")
    #expect(NumberFormat.percent(0.5) == "50.0%")
    #expect(NumberFormat.percent(1) == "100%")
    #expect(NumberFormat.percent(0.000_312_4) == "0.0312%")
    #expect(NumberFormat.percent(0.099_96) == "10.0%")
    #expect(NumberFormat.percent(0) == "0%")
  }

  @Test func datesFromUnixTime() {
    #expect(HistoryPresenter.date(fromUnixSeconds: 0) == "1970-01-01")
    #expect(HistoryPresenter.date(fromUnixSeconds: 1_700_000_000) == "2023-11-14")
    #expect(HistoryPresenter.date(fromUnixSeconds: 951_782_400) == "2000-02-29")
    #expect(HistoryPresenter.dateTime(fromUnixSeconds: 1_700_000_000) == "2023-11-14 22:13:20")
  }

  @Test func userCountsMatchANaiveCount() {
    let dataset = ShelfDataset.make()
    let directory = UserDirectory(dataset: dataset)
    for u in 0..<dataset.users.count {
      for d in 0..<dataset.domains.count {
        let naive = dataset.interactions.filter {
          $0.user == Int32(u) && dataset.items[Int($0.item)].domain == d
        }.count
        #expect(directory.count(user: Int32(u), domain: d) == naive)
      }
    }
    #expect(UserDirectory.shortLabels(["Books", "Movies", "Music"]) == ["B", "Mo", "Mu"])
    #expect(UserDirectory.shortLabels(["Grocery", "Kitchen"]) == ["G", "K"])
  }

  @Test func coldBadgeOnlyForUsersWithoutTargetHistory() throws {
    let directory = ExplorerFixture.directory
    let cold = try #require(directory.dataset.userIndexByID["cold"])
    let warm = try #require(directory.dataset.userIndexByID["u04"])
    #expect(
      UserPresenter.line(user: cold, directory: directory, target: 2, width: 40).plain.contains(
        "◆cold"))
    #expect(
      !UserPresenter.line(user: warm, directory: directory, target: 2, width: 40).plain.contains(
        "◆"))
    #expect(
      !UserPresenter.line(user: cold, directory: directory, target: 0, width: 40).plain.contains(
        "◆"))
  }

  @Test func exportsCarryEveryNumber() throws {
    let explorer = try ExplorerFixture.explorer()
    let context = try #require(explorer.state.recommendations)
    let user = try #require(explorer.state.users.selectedUser)
    let dataset = ExplorerFixture.dataset
    let export = RecommendationExport(context: context, user: user, dataset: dataset)
    let names = try #require(ExplorerFixture.model).componentNames
    let csv = export.csv(componentNames: names).split(separator: "\n")
    #expect(csv.count == context.list.rows.count + context.list.filtered.count + 1)
    let header = csv[0].split(separator: ",").map(String.init)
    #expect(header.contains("final_score") && header.contains("w_z_" + names[0]))
    let first = try #require(context.list.rows.first)
    #expect(
      csv[1].contains("\(first.finalScore)") && csv[1].contains(dataset.items[Int(first.item)].id))
    #expect(RecommendationExport.quote("a,\"b\"") == "\"a,\"\"b\"\"\"")
    let json = String(decoding: try export.json(), as: UTF8.self)
    #expect(json.contains("\"finalScore\" : \(first.finalScore)"))
  }

  /// Optional columns give way in order on narrow screens, so the title keeps its minimum:
  /// bars fold, then (while λ > 0) the penalty goes, then the bars.
  @Test func optionalColumnsGiveWayOnNarrowScreens() {
    let seven = [
      "popularity", "item-knn", "als-target", "als-joint", "svd", "semantic", "semantic-bridge",
    ]
    let columns = { (names: [String], width: Int, final: Bool) in
      RecommendationPresenter.columns(componentNames: names, width: width, showsFinal: final)
    }
    #expect(columns(seven, 120, true) == .init(bars: .wide, penalty: true, final: true))
    #expect(columns(seven, 70, true) == .init(bars: .compact, penalty: true, final: true))
    #expect(columns(seven, 48, true) == .init(bars: .none, penalty: false, final: true))
    #expect(
      columns(["a", "b", "c"], 48, true) == .init(bars: .compact, penalty: false, final: true))
    #expect(columns(seven, 48, false) == .init(bars: .compact, penalty: false, final: false))
    for width in [48, 60, 70, 84, 120] {
      for final in [false, true] {
        let chosen = columns(seven, width, final)
        let title = RecommendationPresenter.table(componentNames: seven, columns: chosen)
          .widths(totalWidth: width)[2]
        #expect(title >= RecommendationPresenter.minimumTitleWidth, "\(width) \(chosen)")
      }
    }
  }
}

extension PresenterTests {
  /// The header names the model's date, ALS factors, SVD rank and embedding (a stand-in says
  /// so), from the model itself.
  @Test func headerSummarisesTheModel() throws {
    let model = try #require(ExplorerFixture.model)
    let embeddings = try #require(model.itemEmbeddings)
    let summary = HeaderPresenter.modelSummary(model, trained: "2026-12-04T10:50:00Z")
    #expect(
      summary
        == "model 2026-12-04 (" + (embeddings.isStandIn ? "stand-in " : "") + embeddings.model
        + " · als f\(model.configuration.als.factors) · svd r\(model.configuration.svd.rank))")
    #expect(HeaderPresenter.modelSummary(model, trained: nil).hasPrefix("model (stand-in "))
  }

  /// A τ-filtered row whose sim would print as τ at three places takes a fourth.
  @Test func filteredSimTakesAFourthPlaceNextToTau() {
    var row = RecommendationRow(
      rank: 0, item: 0, score: 1, sim: 0.1056, contributions: [:], penalty: 0, finalScore: 1)
    row.filteredReason = "sim 0.1056 < τ 0.1060"
    let dataset = ShelfDataset.make()
    let cells = { (row: RecommendationRow, tau: Float) in
      RecommendationPresenter.cells(
        row, change: nil, dataset: dataset, componentNames: [], scales: [],
        columns: .init(bars: .none, penalty: false, final: false), tau: tau)[4]
    }
    #expect(cells(row, 0.106) == ".1056")
    #expect(cells(row, 0.2) == ".106")
    row.filteredReason = nil
    #expect(cells(row, 0.106) == ".106")
  }

  /// Under τ, the header's sim takes the places that tell it from τ, as the filter line.
  @Test func explainHeaderSimAgainstTau() throws {
    let model = try #require(ExplorerFixture.model)
    var parameters = RankingParameters(weights: ["semantic": 1])
    let list = model.recommend(user: 0, sources: [0, 1], target: 2, parameters: parameters)
    let item = try #require(list.rows.first?.item)
    var explanation = model.explain(
      user: 0, item: item, sources: [0, 1], target: 2, parameters: parameters)
    func header() -> String {
      ExplainPresenter.lines(explanation, dataset: ExplorerFixture.dataset, width: 120)
        .map { $0.spans.map(\.text).joined() }.first { $0.contains("sim ") } ?? ""
    }
    explanation.row.sim = 0.0276
    #expect(header().contains("sim 0.028 ·"), "\(header())")
    parameters.tau = 0.028
    explanation.parameters = parameters
    #expect(header().contains("sim 0.0276 ·"), "\(header())")
    parameters.tau = 0.5
    explanation.parameters = parameters
    #expect(header().contains("sim 0.028 ·"), "\(header())")
    #expect(NumberText.sim(0.28, against: 0.3) == "0.280")
  }

  /// Terms not tied to a history item (an intercept) get their own heading when a component
  /// also has domain groups, so they do not read as the last domain's.
  @Test func explainSeparatesTermsWithoutAHistoryItem() throws {
    let model = try #require(ExplorerFixture.model)
    let dataset = ExplorerFixture.dataset
    let parameters = RankingParameters(weights: ["item-knn": 1])
    let list = model.recommend(user: 0, sources: [0, 1], target: 2, parameters: parameters)
    let item = try #require(list.rows.first?.item)
    var explanation = model.explain(
      user: 0, item: item, sources: [0, 1], target: 2, parameters: parameters)
    let index = try #require(explanation.components.firstIndex { !$0.groups.isEmpty })
    let intercept = Contribution(historyItem: nil, amount: 0.25, label: "an intercept")
    explanation.components[index].otherTerms = [intercept]
    let last = explanation.components[index].groups.count - 1
    explanation.components[index].groups[last].remainderCount = 7
    let lines = ExplainPresenter.lines(explanation, dataset: dataset, width: 76).map {
      $0.spans.map(\.text).joined()
    }
    let heading = try #require(lines.firstIndex(of: "  not tied to a history item"))
    let lastGroup = try #require(
      lines.lastIndex(of: "  " + explanation.components[index].groups.last!.domainName))
    #expect(heading > lastGroup && lines[heading + 1].hasPrefix("    an intercept"))
    // The rest of a domain's history items stays under its heading, above that one.
    let rest = try #require(lines.firstIndex { $0.contains("+ 7 more history items") })
    #expect(lastGroup < rest && rest < heading)
    #expect(lines[rest].hasPrefix("    + 7 more history items: "), "\(lines[rest])")

    // On a narrow page the title and the row's numbers wrap, never cut: every number whole.
    let narrow = ExplainPresenter.lines(explanation, dataset: dataset, width: 24).map {
      $0.spans.map(\.text).joined()
    }
    let row = explanation.row
    for part in [
      "rank \(row.rank)", "score " + NumberFormat.fixed(row.score, decimals: 3),
      "final " + NumberFormat.fixed(row.finalScore, decimals: 3),
    ] {
      #expect(narrow.prefix(6).contains { $0.contains(part) }, "\(part): \(narrow.prefix(6))")
    }
    let title = dataset.items[Int(item)].title
    let words = narrow.prefix(3).joined(separator: " ").split(separator: " ")
    #expect(words.starts(with: title.split(separator: " ")), "\(narrow.prefix(3))")
  }

  /// The ★ column is there only for an interaction with a value: without one (Food–Kitchen)
  /// the title takes its columns.
  @Test func historyTitlesTakeTheValueColumnWhenThereIsNoValue() {
    let title = "Huy Fong Foods Chili Garlic Sauce, 8 Ounce Jar, the one with the rooster"
    let dataset = Dataset(
      name: "h", domains: ["Grocery"], items: [Item(id: "i", domain: 0, title: title)],
      users: [User(id: "u")], interactions: [], timeKind: .position)
    let text = { (value: Float?) in
      HistoryPresenter.line(
        Interaction(user: 0, item: 0, value: value, time: 155), dataset: dataset, width: 48
      ).spans.map(\.text).joined()
    }
    #expect(text(nil) == "  #155  " + Text.fit(title, width: 40))
    #expect(text(4) == "  #155  " + Text.fit(title, width: 34) + "  ★4.0")
    #expect(DisplayWidth.of(text(nil)) == 48 && DisplayWidth.of(text(4)) == 48)
  }
}
