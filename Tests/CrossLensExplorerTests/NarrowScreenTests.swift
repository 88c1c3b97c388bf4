import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The slider line and the compare headings on an 80-column screen, with Food–Kitchen's many
/// components, learned (three-place) weights and long user ids.
@Suite struct NarrowScreenTests {
  static let components = [
    "popularity", "item-knn", "als-joint", "semantic", "semantic-bridge", "svd",
  ]
  static let parameters = RankingParameters(
    lambda: 0.5, tau: 0.25,
    weights: [
      "item-knn": 0.5, "als-joint": 0.025, "semantic": 1, "semantic-bridge": 0.125, "svd": 0.1,
    ])

  static func text(_ line: Line) -> String { line.spans.map(\.text).joined() }

  @Test func lambdaAndTauStayWhileTheWeightsScroll() throws {
    let sliders = SliderKind.all(componentNames: Self.components)
    // The unscrolled line is wider than 80 columns, or this test shows nothing.
    let wide = SliderBarPresenter.regions(
      sliders: sliders, parameters: Self.parameters, width: 400, focused: 0)
    #expect(try #require(wide.last).columns.upperBound > 78)
    for focused in sliders.indices {
      let regions = SliderBarPresenter.regions(
        sliders: sliders, parameters: Self.parameters, width: 80, focused: focused)
      let line = Self.text(
        SliderBarPresenter.line(
          sliders: sliders, parameters: Self.parameters, focused: focused, paneFocused: true,
          width: 80))
      #expect(DisplayWidth.of(line) <= 80, "focused \(focused): \(line)")
      // λ, τ and the focused slider are whole on the line, at the columns regions give.
      for shown in Set([0, 1, focused]) {
        let region = try #require(
          regions.first { $0.slider == shown }, "focused \(focused): slider \(shown) is out")
        let columns = Array(line)
        #expect(
          String(columns[region.columns]) == region.text, "focused \(focused): \(line)")
      }
      #expect(regions.map(\.columns.upperBound).allSatisfy { $0 <= 78 })
      // Regions never overlap and keep their order.
      for (a, b) in zip(regions, regions.dropFirst()) {
        #expect(a.slider < b.slider && a.columns.upperBound < b.columns.lowerBound)
      }
      // A gap in the sliders shown is marked with `…` between them.
      for (a, b) in zip(regions, regions.dropFirst()) where b.slider > a.slider + 1 {
        let between = String(Array(line)[a.columns.upperBound..<b.columns.lowerBound])
        #expect(between.contains("…"), "focused \(focused): \(line)")
      }
      if try #require(regions.last).slider < sliders.count - 1 {
        #expect(line.hasSuffix("…"), "focused \(focused): \(line)")
      }
    }
    // Focused on k, the last: the line reads λ, τ, the cut, then the last weights and k.
    let last = Self.text(
      SliderBarPresenter.line(
        sliders: sliders, parameters: Self.parameters, focused: sliders.count - 1,
        paneFocused: true, width: 80))
    #expect(last == " λ 0.50 ━●───  τ 0.25 ━━━●─ … ALS 0.025  sem 1.00  br 0.125  SVD 0.10  k 10")
  }

  @Test func compareHeadingsWrapInsteadOfBeingCut() {
    // The compare overlay's width at 80 columns (its rect is 76 wide, 2 of frame, 2 of margin).
    let width = 72
    let half = (width - 3) / 2
    let labels = (
      pinned: "pinned: A3KXJ4V0ZZ8QPF · λ 0.00 · τ -1.00",
      current: "now: A3KXJ4V0ZZ8QPF · λ 0.50 · τ 0.25 · weights changed"
    )
    #expect(DisplayWidth.of(labels.current) > half)
    let empty = RecommendationList(rows: [], filtered: [], candidateCount: 0)
    let lines = ComparePresenter.lines(
      pinned: empty, current: empty, dataset: ShelfDataset.make(), width: width, labels: labels
    ).map(Self.text)
    // Every part of both headings is on some line, whole, and no line is wider than the page.
    for (side, heading) in [(0, labels.pinned), (1, labels.current)] {
      let column = lines.map { $0.components(separatedBy: " │ ")[side] }.joined(separator: " ")
      for part in heading.components(separatedBy: " · ") {
        #expect(column.contains(part), "\(part) is missing from \(lines)")
      }
    }
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    #expect(
      ComparePresenter.headingLines(labels.current, width: half) == [
        "now: A3KXJ4V0ZZ8QPF · λ 0.50", "  τ 0.25 · weights changed",
      ])
    // A heading that fits stays on one line.
    #expect(ComparePresenter.headingLines("pinned: u04 · λ 0.00", width: half).count == 1)
  }

  /// A flag's note and settings wrap within the 80-column overlay: every word of the note and
  /// every weight is on some line, and the cursor's flag ends where `lastLine` says.
  @Test func flagsWrapInsteadOfBeingCut() throws {
    let dataset = ShelfDataset.make()
    let note = "odd: metal for a jazz listener, and ranked above the album they played twice"
    let flags = [
      Flag(
        created: "2026-12-04 18:13:00", userID: "A3KXJ4V0ZZ8QPF", itemID: dataset.items[40].id,
        note: note, parameters: Self.parameters, domains: "Grocery→Kitchen"),
      Flag(
        created: "2026-12-04 18:26:00", userID: "u0729", itemID: dataset.items[41].id,
        note: "dup", parameters: RankingParameters(), domains: "Books,Movies→Music"),
    ]
    let width = 72
    let page = FlagPresenter.page(flags: flags, dataset: dataset, selected: 1, width: width)
    let lines = page.lines.map { $0.spans.map(\.text).joined() }
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
    let first = lines[0...page.lastLine[0]].joined(separator: " ")
    for word in note.split(separator: " ") { #expect(first.contains(word), "\(word)") }
    for part in [
      "Grocery→Kitchen", "λ 0.50", "τ 0.25", "k 10", "kNN 0.50", "ALS 0.025", "sem 1.00",
      "br 0.125", "SVD 0.10",
    ] {
      #expect(first.contains(part), "\(part) is missing from \(lines)")
    }
    #expect(page.lastLine.count == 2 && page.lastLine[1] == lines.count - 1)
    #expect(lines[page.lastLine[0] + 1].hasPrefix("> 2026-12-04 18:26  u0729"))
  }

  /// Titles keep the minimum on every width once it is possible (the bars come back only
  /// while titles keep 16 columns), and on the 120-column pane optional columns give way for
  /// titles of 24: they had been squeezed to 16 there, shorter than at 80 columns.
  @Test func widerScreensKeepTitlesAsWide() {
    for showsFinal in [false, true] {
      let title = { (width: Int) -> Int in
        let columns = RecommendationPresenter.columns(
          componentNames: Self.components, width: width, showsFinal: showsFinal)
        return RecommendationPresenter.table(componentNames: Self.components, columns: columns)
          .widths(totalWidth: width)[2]
      }
      for narrow in stride(from: 40, through: 160, by: 2) {
        for wide in stride(from: narrow + 2, through: 160, by: 2) {
          #expect(
            title(wide) >= min(title(narrow), RecommendationPresenter.minimumTitleWidth),
            "final \(showsFinal): \(title(wide)) at \(wide) < \(title(narrow)) at \(narrow)")
        }
      }
      // The recommendations pane's inner width at 80 and 120 columns.
      #expect(title(81) >= max(title(48), RecommendationPresenter.comfortableTitleWidth))
    }
  }

  /// With seen items included (`x`), the user's own target items are marked ✓ in Δ, exactly
  /// those; the title says so, shortened on a narrow pane, as the τ count is.
  @Test func seenItemsAreMarkedAndTheTitleShortens() throws {
    let explorer = try ExplorerFixture.explorer()
    let model = try #require(ExplorerFixture.model)
    let user = try #require(explorer.state.users.selectedUser)
    ExplorerFixture.drive(explorer, [.tab, .tab, .character("x")])
    let context = try #require(explorer.state.recommendations)
    #expect(!context.parameters.excludeSeen)
    let own = Set(model.query(user: user, domains: [context.target]).history.map(\.item))
    #expect(context.seenItems == own && !own.isEmpty)
    let lines = RecommendationPresenter.lines(
      context: context, dataset: ExplorerFixture.dataset, componentNames: model.componentNames,
      width: 80)
    var marked = 0
    for (row, line) in zip(context.visibleRows, lines) {
      let text = line.spans.map(\.text).joined()
      let delta = String(Array(text)[3..<7]).trimmingCharacters(in: .whitespaces)
      #expect(delta.hasPrefix("✓") == own.contains(row.item), "\(text)")
      if delta.hasPrefix("✓") { marked += 1 }
    }
    #expect(marked > 0, "no seen item in the list: the test shows nothing")
    // The header is laid out as the rows are: `title` sits over the titles.
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      let screen = explorer.render(size: size).plainText().split(separator: "\n").map(String.init)
      let header = try #require(screen.first { $0.contains("  title ") })
      let first = try #require(context.visibleRows.first)
      let title = String(ExplorerFixture.dataset.items[Int(first.item)].title.prefix(8))
      let row = try #require(screen.first { $0.contains(title) && $0.contains("✓") })
      let column = { (line: String, text: String) -> Int? in
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
      }
      #expect(column(header, "title") == column(row, title), "\(header)\n\(row)")
    }
    let title = { (width: Int) in
      RecommendationPresenter.title(
        context: context, dataset: ExplorerFixture.dataset, width: width)
    }
    #expect(title(200).contains("seen included"))
    #expect(title(40).hasSuffix("seen ✓"), "\(title(40))")
    // τ above every sim and its rows hidden: the count shortens before it goes.
    var filtered = context
    filtered.parameters.tau = 1
    filtered.parameters.excludeSeen = true
    filtered.install(
      model.recommend(
        user: user, sources: context.sources, target: context.target,
        parameters: filtered.parameters), trackChanges: false, keepSelection: false)
    filtered.showFiltered = false
    let n = filtered.list.filtered.count
    let short = RecommendationPresenter.title(
      context: filtered, dataset: ExplorerFixture.dataset, width: 44)
    #expect(n > 0 && short.hasSuffix(" · top 10 · \(n) τ-hidden"), "\(short)")
    // With seen items included too, the τ count stays and the seen note goes first.
    filtered.parameters.excludeSeen = false
    let both = RecommendationPresenter.title(
      context: filtered, dataset: ExplorerFixture.dataset, width: 46)
    #expect(both.hasSuffix(" · top 10 · \(n) τ-hidden"), "\(both)")
    // A seen row's move follows its ✓.
    let moved = RecommendationPresenter.cells(
      try #require(context.visibleRows.first), change: .up(2), dataset: ExplorerFixture.dataset,
      componentNames: [], scales: [], columns: .init(bars: .none, penalty: false, final: false),
      seen: true)
    #expect(moved[1] == "✓↑2")
    // A seen row τ removed keeps its ✓.
    var hidden = try #require(context.visibleRows.first)
    hidden.filteredReason = "sim 0.1 < τ 0.2"
    let seenAndFiltered = RecommendationPresenter.cells(
      hidden, change: nil, dataset: ExplorerFixture.dataset, componentNames: [], scales: [],
      columns: .init(bars: .none, penalty: false, final: false), seen: true)
    #expect(seenAndFiltered[1] == "✓τ")
  }

  /// The palette line edits at the cursor, and long input scrolls so the cursor stays on screen.
  @Test func promptsEditAndScroll() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(
      explorer,
      [.character(":")] + keys("lamda 0.9") + Array(repeating: .left, count: 6)
        + [.character("b"), .enter])
    #expect(explorer.state.recommendations?.parameters.lambda == 0.9)
    let long = "export csv " + String(repeating: "longname", count: 12) + ".csv"
    let screen = ExplorerFixture.drive(explorer, [.character(":")] + keys(long))
    let line = screen.line(23)
    let cursor = try #require(screen.cursor)
    #expect(line.hasPrefix(" :…") && line.contains("longname.csv"), "\(line)")
    // The cursor sits just after the last character typed, on screen.
    let end = try #require(line.range(of: "longname.csv")?.upperBound)
    #expect(cursor.y == 23 && cursor.x == DisplayWidth.of(String(line[..<end])), "\(cursor)")
    #expect(cursor.x < 79, "\(cursor)")
    // Ctrl-U clears back to the start.
    ExplorerFixture.drive(explorer, [.ctrl("u")])
    guard case .prompt(_, let editor) = explorer.state.mode else {
      Issue.record("the prompt closed")
      return
    }
    #expect(editor.text.isEmpty)
  }
}
