import Testing

@testable import TerminalKit

@Suite struct WidgetTests {
  let theme = Theme.monochrome

  @Test func sliderKnobFollowsTheValue() {
    #expect(Slider.track(value: 0, in: 0...1, width: 5) == "●────")
    #expect(Slider.track(value: 0.5, in: 0...1, width: 5) == "━━●──")
    #expect(Slider.track(value: 1, in: 0...1, width: 5) == "━━━━●")
    #expect(Slider.track(value: 7, in: 0...1, width: 5) == "━━━━●")
    #expect(Slider.track(value: -0.5, in: -1...1, width: 9) == "━━●──────")
    // Clicking the knob's cell gives back (approximately) the same value.
    #expect(Slider.value(atOffset: 2, in: -1...1, width: 9) == -0.5)
  }

  @Test func barGlyphsRoundUpByEighths() {
    #expect(Bars.glyph(0, maximum: 1) == "·")
    #expect(Bars.glyph(-3, maximum: 1) == "·")
    #expect(Bars.glyph(0.01, maximum: 1) == "▁")
    #expect(Bars.glyph(0.5, maximum: 1) == "▄")
    #expect(Bars.glyph(0.51, maximum: 1) == "▅")
    #expect(Bars.glyph(2, maximum: 1) == "█")
    #expect(Bars.glyph(.nan, maximum: 1) == "·")
  }

  @Test func sparklineScalesBetweenMinimumAndMaximum() {
    #expect(Bars.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
    #expect(Bars.sparkline([5, 5]) == "▄▄")
    #expect(Bars.sparkline([1, .nan, 3]) == "▁ █")
    #expect(Bars.sparkline([]) == "")
  }

  @Test func truncationCountsDisplayColumns() {
    #expect(Text.truncate("abcdef", toWidth: 4) == "abc…")
    #expect(Text.truncate("abc", toWidth: 4) == "abc")
    #expect(Text.truncate("日本語", toWidth: 4) == "日…")
    #expect(Text.fit("日", width: 4, alignment: .right) == "  日")
    #expect(Text.fit("ab", width: 5, alignment: .center) == " ab  ")
  }

  @Test func tableAlignsColumnsByWidth() {
    let table = Table(columns: [
      .init("#", width: 2, alignment: .right), .init("title", width: nil),
      .init("score", width: 5, alignment: .right),
    ])
    #expect(table.widths(totalWidth: 20) == [2, 11, 5])
    #expect(table.header(totalWidth: 20) == " # title       score")
    #expect(table.format(["1", "日本の本です長い", "2.41"], totalWidth: 20) == " 1 日本の本で…  2.41")
  }

  @Test func listScrollsToKeepTheSelectionVisible() {
    var state = ListState()
    state.move(by: 7, count: 10)
    state.clamp(count: 10, visibleRows: 3)
    #expect(state.selected == 7 && state.offset == 5)
    state.move(by: -6, count: 10)
    state.clamp(count: 10, visibleRows: 3)
    #expect(state.selected == 1 && state.offset == 1)
    state.move(by: 100, count: 10)
    state.clamp(count: 10, visibleRows: 3)
    #expect(state.selected == 9 && state.offset == 7)
    state.clamp(count: 0, visibleRows: 3)
    #expect(state.selected == 0 && state.offset == 0)
  }

  @Test func listDrawsVisibleRowsWithAMarker() {
    var screen = Screen(size: Size(width: 12, height: 3))
    let rows = (0..<10).map { "row \($0)" }
    let state = ListView.draw(
      into: &screen, rect: screen.bounds, count: rows.count, state: ListState(selected: 4),
      theme: theme
    ) { Line(rows[$0]) }
    #expect(screen.plainText() == " row 2\n row 3\n>row 4")
    #expect(screen[3, 2].attributes.contains(.reverse))
    #expect(!screen[3, 1].attributes.contains(.reverse))
    #expect(ListView.index(atRow: 0, rect: screen.bounds, state: state, count: 10) == 2)
  }

  @Test func boxAndTabsGolden() {
    var screen = Screen(size: Size(width: 24, height: 4))
    let inner = Box.draw(into: &screen, rect: screen.bounds, title: "Users 3", theme: theme)
    let ranges = Tabs.draw(
      into: &screen, rect: inner.row(0), titles: ["Books", "Movies", "Music"], selected: 1,
      theme: theme)
    #expect(
      screen.plainText() == """
        ┌ Users 3 ─────────────┐
        │ Books [Movies] Music │
        │                      │
        └──────────────────────┘
        """)
    #expect(Tabs.index(atColumn: 9, ranges: ranges) == 1)
    #expect(Tabs.index(atColumn: 2, ranges: ranges) == 0)
  }

  @Test func tooSmallMessageNamesBothSizes() {
    var screen = Screen(size: Size(width: 50, height: 10))
    Overlay.drawTooSmall(into: &screen, minimum: Size(width: 80, height: 24), theme: theme)
    #expect(screen.plainText().contains("Window 50×10 is too small."))
    #expect(screen.plainText().contains("at least 80×24"))
    // Where the sentences would be cut, short lines keep every number whole.
    var tiny = Screen(size: Size(width: 12, height: 5))
    Overlay.drawTooSmall(
      into: &tiny, minimum: Size(width: 80, height: 24), theme: theme, quitKey: "Ctrl-C")
    #expect(tiny.plainText().contains("12×5") && tiny.plainText().contains("need 80×24"))
    #expect(tiny.plainText().contains("Ctrl-C quits"))
  }

  @Test func noColorSelectsTheMonochromeTheme() {
    #expect(Theme.fromEnvironment(["NO_COLOR": "1"]).name == "monochrome")
    #expect(Theme.fromEnvironment(["NO_COLOR": ""]).name == "colour")
    #expect(Theme.fromEnvironment([:]).name == "colour")
    for role in Role.allCases {
      #expect(Theme.monochrome[role].foreground == .default)
      #expect(Theme.monochrome[role].background == .default)
    }
  }
}

@Suite struct WrapTests {
  @Test func wrapsAtSpacesWithIndent() {
    #expect(
      Text.wrap("score = a + b + c + d", width: 11, indent: "  ")
        == ["score = a +", "  b + c + d"])
    #expect(Text.wrap("short", width: 10) == ["short"])
    #expect(Text.wrap("  a b c", width: 6, indent: "    ") == ["  a b", "    c"])
    #expect(Text.wrap("abcdefghijkl xy", width: 6, indent: " ") == ["abcde…", " xy"])
  }

  @Test func joinsGroupsKeepingEachWhole() {
    let groups = ["λ 0.50", "τ 0.25", "weights changed"]
    #expect(
      Text.join(groups, separator: " · ", width: 40, indent: "  ") == [
        "λ 0.50 · τ 0.25 · weights changed"
      ])
    #expect(
      Text.join(groups, separator: " · ", width: 17, indent: "  ")
        == ["λ 0.50 · τ 0.25", "  weights changed"])
    // A group wider than a line wraps at its spaces, under the indent.
    #expect(
      Text.join(["a", "bbb ccc ddd"], separator: " · ", width: 7, indent: "  ")
        == ["a", "  bbb", "  ccc", "  ddd"])
  }
}
