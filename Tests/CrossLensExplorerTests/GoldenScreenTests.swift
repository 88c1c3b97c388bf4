import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// Every screen at 80×24 and 120×40, monochrome, against stored golden text.
@Suite struct GoldenScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  func snapshot(_ name: String, _ keys: [Key]) throws {
    for size in Self.sizes {
      let explorer = try ExplorerFixture.explorer()
      let screen = ExplorerFixture.drive(explorer, keys, size: size)
      #expect(screen.checkInvariants())
      Golden.check(screen.plainText(), named: "\(name)-\(size.width)x\(size.height)")
    }
  }

  @Test func mainScreen() throws { try snapshot("main", []) }

  @Test func coldUserInTheRecommendationsPane() throws {
    try snapshot("cold-user", [.character("/")] + keys("cold") + [.enter, .tab, .tab])
  }

  @Test func historyTabAndSortByID() throws {
    try snapshot("history", [.character("o"), .tab, .right, .down])
  }

  @Test func usersFilteredByGroup() throws {
    try snapshot("filter-group", Array(repeating: .character("c"), count: 3) + [.down])
  }

  @Test func slidersFocusedAfterSteps() throws {
    try snapshot("sliders", [.backTab, .character("+"), .character("+"), .right])
  }

  @Test func slidersScrollToTheFocusedOne() throws {
    try snapshot("sliders-scrolled", [.character("<"), .character("<"), .character("+")])
  }

  @Test func helpOverlay() throws { try snapshot("help", [.character("?")]) }

  @Test func explainOverlay() throws { try snapshot("explain", [.tab, .tab, .down, .enter]) }

  @Test func compareOverlay() throws {
    try snapshot(
      "compare", [.character("p")] + Array(repeating: .character("]"), count: 4) + [.character("p")]
    )
  }

  @Test func flagsOverlay() throws {
    try snapshot(
      "flags", [.tab, .tab, .character("f")] + keys("too popular") + [.enter, .character("F")])
  }

  @Test func commandPrompt() throws {
    try snapshot("palette", [.character(":")] + keys("target Bo"))
  }

  @Test func searchWithNoMatch() throws {
    try snapshot("search-none", [.character("/")] + keys("zzz"))
  }

  @Test func tooSmallWindow() throws {
    let explorer = try ExplorerFixture.explorer()
    let screen = explorer.render(size: Size(width: 79, height: 30))
    Golden.check(screen.plainText(), named: "too-small-79x30")
  }
}
