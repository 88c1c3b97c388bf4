import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// Overlays scroll within their lines (Home and End included), the compare overlay scrolls and
/// names both sides, and nothing acts unseen behind the "too small" notice.
@Suite struct OverlayNavigationTests {
  func scroll(_ mode: ExplorerMode) -> Int? {
    switch mode {
    case .help(let s), .explain(let s), .compare(let s): return s
    default: return nil
    }
  }

  @Test func overlaysScrollNoFurtherThanTheirLines() throws {
    let explorer = try ExplorerFixture.explorer()
    let size = Size(width: 80, height: 24)
    ExplorerFixture.drive(explorer, [.tab, .tab, .down, .enter], size: size)
    let page = try #require(explorer.overlayPage(bounds: Rect(size)))
    #expect(page.scrollLimit > 0, "the explanation must overflow 80×24 for this test")
    ExplorerFixture.drive(explorer, Array(repeating: .pageDown, count: 30), size: size)
    #expect(scroll(explorer.state.mode) == page.scrollLimit)
    // One step back shows a different first line at once (no dead presses past the end).
    ExplorerFixture.drive(explorer, [.up], size: size)
    #expect(scroll(explorer.state.mode) == page.scrollLimit - 1)
    ExplorerFixture.drive(explorer, [.home], size: size)
    #expect(scroll(explorer.state.mode) == 0)
    ExplorerFixture.drive(explorer, [.character("G")], size: size)
    #expect(scroll(explorer.state.mode) == page.scrollLimit)
    ExplorerFixture.drive(explorer, [.character("g")], size: size)
    #expect(scroll(explorer.state.mode) == 0)
    // Help, taller than 120×40, scrolls to its last line and no further.
    ExplorerFixture.drive(explorer, [.escape, .character("?")], size: size)
    let big = Size(width: 120, height: 40)
    explorer.lastSize = big
    let help = try #require(explorer.overlayPage(bounds: Rect(big)))
    ExplorerFixture.drive(explorer, [.end, .down], size: big)
    #expect(scroll(explorer.state.mode) == help.scrollLimit)
    #expect(help.scrollLimit > 0 && help.scrollLimit == help.lines.count - (help.rect.height - 2))
  }

  @Test func compareScrollsAndNamesBothSides() throws {
    let explorer = try ExplorerFixture.explorer()
    let size = Size(width: 120, height: 40)
    ExplorerFixture.drive(explorer, [.character("p"), .character(":")] + keys("lambda 0.5"))
    ExplorerFixture.drive(explorer, [.enter, .character(":")] + keys("w item-knn 0.5"))
    ExplorerFixture.drive(explorer, [.enter, .character("p")], size: size)
    #expect(scroll(explorer.state.mode) == 0)
    let page = try #require(explorer.overlayPage(bounds: Rect(size)))
    let user = try #require(explorer.state.users.selectedUser)
    let id = ExplorerFixture.dataset.users[Int(user)].id
    let header = page.lines[0].spans.map(\.text).joined()
    #expect(header.contains("pinned: \(id) · k 10 · λ 0.00 · τ -1.00"))
    #expect(header.contains("now: \(id) · k 10 · λ 0.50 · τ -1.00 · weights changed"))
    // The test shelf's rows fit the box, so a pin of 40 rows (its rows repeated) makes the
    // overlay overflow: it scrolls to its last line and no further.
    var context = try #require(explorer.state.recommendations)
    var pinned = try #require(context.pinned)
    let shelf = pinned.list.rows
    pinned.list.rows = (0..<40).map { n in
      var row = shelf[n % shelf.count]
      row.rank = n + 1
      return row
    }
    context.pinned = pinned
    explorer.state.recommendations = context
    let long = try #require(explorer.overlayPage(bounds: Rect(size)))
    #expect(long.scrollLimit == 41 - (long.rect.height - 2))
    ExplorerFixture.drive(explorer, [.down, .down], size: size)
    #expect(scroll(explorer.state.mode) == 2)
    ExplorerFixture.drive(explorer, [.end, .down], size: size)
    #expect(scroll(explorer.state.mode) == long.scrollLimit)
    let screen = ExplorerFixture.drive(explorer, [], size: size)
    #expect(screen.plainText().contains(" 40 "), "the last pinned row is shown at the end")
    // The headings stay at the top of the box while the rows scroll under them, and the
    // first rows are the ones scrolled past.
    let top = screen.line(long.rect.y + 1)
    #expect(top.contains("pinned: \(id)") && top.contains("now: \(id)"), "\(top)")
    #expect(long.pinned == 1)
    #expect(!screen.plainText().contains("  1      "), "\(screen.plainText())")
  }

  @Test func scrollLimitIsTheLinesBeyondTheBox() {
    let rect = Rect(x: 0, y: 0, width: 40, height: 12)
    #expect(Overlay.scrollLimit(lineCount: 10, rect: rect) == 0)
    #expect(Overlay.scrollLimit(lineCount: 25, rect: rect) == 15)
  }

  @Test func onlyQuitActsBehindTheTooSmallNotice() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("?")])
    let before = (explorer.state.mode, explorer.state.recommendations?.target)
    let small = Size(width: 40, height: 10)
    let screen = ExplorerFixture.drive(explorer, [], size: small)
    #expect(screen.plainText().contains("is too small"))
    for key: Key in [.character("T"), .character("j"), .escape, .character("?"), .enter, .tab] {
      #expect(explorer.handle(key))
    }
    #expect(explorer.state.mode == before.0)
    #expect(explorer.state.recommendations?.target == before.1)
    #expect(!explorer.handle(.character("q")), "q quits at once, even with help open")
  }

  /// A line being typed keeps its characters (q among them) behind the notice, which then
  /// names Ctrl-C as the way out; nothing is run until the window fits again.
  @Test func typingGoesOnBehindTheTooSmallNotice() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character(":")])
    let small = Size(width: 40, height: 10)
    let screen = ExplorerFixture.drive(explorer, [], size: small)
    #expect(screen.plainText().contains("Ctrl-C"), "\(screen.plainText())")
    let keys: [Key] = [
      .character("k"), .character("q"), .character("x"), .backspace, .enter, .escape, .home,
      .character("a"),
    ]
    for key in keys {
      #expect(explorer.handle(key))
    }
    guard case .prompt(.command, let editor) = explorer.state.mode else {
      Issue.record("the palette closed: \(explorer.state.mode)")
      return
    }
    #expect(editor.text == "akq", "editing keys edit; Enter and Esc wait for the screen")
    #expect(!explorer.handle(.ctrl("c")))
  }

  @Test func slidersStepFromALearnedValueToItsNeighbour() {
    let weight = SliderKind.weight("svd")
    var parameters = RankingParameters(weights: ["svd": 0.05])
    #expect(SliderBarPresenter.valueText(weight, parameters: parameters) == "0.05")
    #expect(weight.stepped(parameters, by: 1).weights["svd"] == 0.1)
    #expect(weight.stepped(parameters, by: -1).weights["svd"] == 0)
    parameters.weights["svd"] = 0.3
    #expect(abs((weight.stepped(parameters, by: 1).weights["svd"] ?? 0) - 0.4) < 1e-6)
    #expect(abs((weight.stepped(parameters, by: -5).weights["svd"] ?? 0) + 0.2) < 1e-6)
  }
}
