import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// What an analyst met in a walkthrough: bad palette values, silent no-ops, a list that could
/// not be explained, a table whose arithmetic did not add up on screen.
@Suite struct WalkthroughFixTests {
  func palette(_ explorer: Explorer, _ command: String) -> String {
    ExplorerFixture.drive(explorer, [.character(":")] + keys(command) + [.enter])
    return explorer.state.message ?? ""
  }

  @Test func paletteRefusesNonFiniteValuesAndSaysWhenItClamps() throws {
    let explorer = try ExplorerFixture.explorer()
    let before = try #require(explorer.state.recommendations?.parameters)
    for command in ["w item-knn nan", "lambda nan", "tau inf"] {
      #expect(palette(explorer, command).hasSuffix("(a finite number)"), "\(command)")
    }
    #expect(palette(explorer, "k -inf") == "usage: k N (a whole number)")
    #expect(explorer.state.recommendations?.parameters == before)
    #expect(
      palette(explorer, "lambda 5")
        == "lambda 5 is outside the slider's range [0.00, 2.00]: set to 2.00")
    #expect(explorer.state.recommendations?.parameters.lambda == 2)
    #expect(palette(explorer, "k 100") == "k 100 is outside the slider's range [1, 50]: set to 50")
    #expect(
      palette(explorer, "jazz") == "unknown command: jazz (↵ on an empty : line lists the commands)"
    )
    // An empty line opens help at the palette's commands, each with what it takes, whole at
    // 80 columns.
    _ = palette(explorer, "")
    guard case .help(let scroll) = explorer.state.mode else {
      Issue.record("help is not open: \(explorer.state.mode)")
      return
    }
    let size = Size(width: 80, height: 24)
    let screen = explorer.render(size: size).plainText()
    #expect(screen.contains(PaletteCommand.helpTitle), "\(screen)")
    let page = try #require(explorer.overlayPage(bounds: Rect(size)))
    // Opened no further down than help can scroll, so the first ↑ moves it.
    #expect(scroll == page.scrollLimit, "\(scroll) of \(page.scrollLimit)")
    let shown = page.lines.map { $0.spans.map(\.text).joined() }
    for command in PaletteCommand.all {
      let usage = command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
      let line = try #require(shown.first { $0.hasPrefix("  " + usage + " ") }, "\(usage)")
      #expect(line.hasSuffix(command.description) && DisplayWidth.of(line) <= page.rect.width - 4)
      #expect(screen.contains(command.description), "\(command.name) is not on screen")
    }
    // `:` in help opens the palette, so a command can follow at once.
    #expect(palette(explorer, "lambda 0.3") == "")
    #expect(explorer.state.recommendations?.parameters.lambda == 0.3)
    // Every command the table lists is one the palette runs (none is unknown).
    ExplorerFixture.drive(explorer, [.escape])
    for command in PaletteCommand.all where !["quit", "help", "flags"].contains(command.name) {
      let message = palette(explorer, command.name)
      #expect(!message.isEmpty && !message.hasPrefix("unknown command"), "\(command.name)")
      ExplorerFixture.drive(explorer, [.escape])
    }
  }

  @Test func userCommandClearsAFilterThatHidesTheUser() throws {
    let explorer = try ExplorerFixture.explorer()
    let all = explorer.state.users.visible
    // Cycle to a filter that hides somebody.
    var hidden: Int32?
    for _ in 0..<4 where hidden == nil {
      ExplorerFixture.drive(explorer, [.character("c")])
      hidden = all.first { !explorer.state.users.visible.contains($0) }
    }
    let user = try #require(hidden, "no filter of the shelf hides a user")
    let id = ExplorerFixture.dataset.users[Int(user)].id
    #expect(palette(explorer, "user \(id)") == "filter cleared to show \(id)")
    #expect(explorer.state.users.selectedUser == user && explorer.state.users.filter == .all)
    // A search that hides the user is cleared and said, too; one that shows them stays.
    ExplorerFixture.drive(explorer, [.character("/")] + keys("u0") + [.enter])
    let other = try #require(all.first { !explorer.state.users.visible.contains($0) })
    let otherID = ExplorerFixture.dataset.users[Int(other)].id
    #expect(palette(explorer, "user \(otherID)") == "search cleared to show \(otherID)")
    #expect(explorer.state.users.selectedUser == other && explorer.state.users.query.isEmpty)
    ExplorerFixture.drive(explorer, [.character("/")] + keys("u0") + [.enter])
    let shown = try #require(explorer.state.users.visible.last)
    let shownID = ExplorerFixture.dataset.users[Int(shown)].id
    #expect(palette(explorer, "user \(shownID)") == "")
    #expect(explorer.state.users.selectedUser == shown && explorer.state.users.query == "u0")
    // A filter hides the user, the search does not: only the filter goes.
    let filtered = try ExplorerFixture.explorer()
    ExplorerFixture.drive(filtered, [.character("c"), .character("/")] + keys("u") + [.enter])
    let id0 = ExplorerFixture.dataset.users[0].id
    #expect(!filtered.state.users.visible.contains(0) && id0.hasPrefix("u"))
    #expect(palette(filtered, "user \(id0)") == "filter cleared to show \(id0)")
    #expect(filtered.state.users.query == "u" && filtered.state.users.selectedUser == 0)
  }

  @Test func changingDomainsDropsThePinAndSaysSo() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("p")])
    #expect(explorer.state.recommendations?.pinned != nil)
    ExplorerFixture.drive(explorer, [.character("T")])
    #expect(explorer.state.recommendations?.pinned == nil)
    #expect(explorer.state.message == "pin dropped: the domains changed")
    let domains = ExplorerFixture.dataset.domains
    #expect(
      palette(explorer, "target \(domains[0]),\(domains[1])")
        == "target takes one domain (source takes several)")
    let target = try #require(explorer.state.recommendations?.target)
    let other = try #require(domains.indices.first { $0 != target })
    _ = palette(explorer, "source \(domains[other]),\(domains[other])")
    #expect(explorer.state.recommendations?.sources == [other])
    // Naming the target it has keeps the sources chosen.
    #expect(
      palette(explorer, "target \(domains[target].lowercased())")
        == "the target is \(domains[target]) already")
    #expect(explorer.state.recommendations?.sources == [other])
  }

  @Test func aListWhollyBelowTauCanStillBeExplained() throws {
    let explorer = try ExplorerFixture.explorer()
    _ = palette(explorer, "tau 1")
    let context = try #require(explorer.state.recommendations)
    #expect(context.list.rows.isEmpty && !context.list.filtered.isEmpty)
    // The τ count outlasts the candidate count and the weights' note on a narrow title.
    let narrow = RecommendationPresenter.title(
      context: context, dataset: ExplorerFixture.dataset, width: 56)
    #expect(narrow.hasSuffix("· \(context.list.filtered.count) of top 10 below τ"), "\(narrow)")
    ExplorerFixture.drive(explorer, [.tab, .tab, .enter])
    #expect(explorer.state.mode == .explain(scroll: 0))
    let text = explorer.explainLines(width: 100).map { $0.spans.map(\.text).joined() }
      .joined(separator: "\n")
    #expect(text.contains("< τ 1.00"), "\(text)")
  }

  @Test func emptyQueriesAndNotesAreRefused() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("Q"), .enter])
    #expect(explorer.state.mode == .browse)
    #expect(explorer.state.message == "query: type some text to find the items nearest to it")
    ExplorerFixture.drive(explorer, [.tab, .tab, .character("f"), .character(" "), .enter])
    #expect(
      explorer.state.message == "not flagged: a flag needs a note (what is odd about the row)")
  }

  @Test func helpListsEveryKeyAndDimsOtherPanes() throws {
    let explorer = try ExplorerFixture.explorer()
    #expect(explorer.state.focus == .users)
    let lines = ExplorerBindings.table.helpLines(in: explorer.state.bindingContext)
    let flag = try #require(
      lines.first { $0.spans.map(\.text).joined().contains("Flag the selected row") })
    #expect(flag.emphasis == .dimmed)
    let search = try #require(
      lines.first { $0.spans.map(\.text).joined().contains("Search users") })
    #expect(search.emphasis == nil)
  }

  /// Score, pen and final on screen add up (to the rounding of two places); pen and final
  /// appear only while λ > 0; sim has three places.
  @Test func tableArithmeticAddsUpOnScreen() throws {
    let explorer = try ExplorerFixture.explorer()
    let size = Size(width: 120, height: 40)
    var screen = ExplorerFixture.drive(explorer, [], size: size).plainText()
    #expect(!screen.contains(" pen ") && !screen.contains("final"))
    _ = palette(explorer, "lambda 1.5")
    screen = ExplorerFixture.drive(explorer, [], size: size).plainText()
    let context = try #require(explorer.state.recommendations)
    let lines = RecommendationPresenter.lines(
      context: context, dataset: ExplorerFixture.dataset,
      componentNames: ExplorerFixture.model?.componentNames ?? [], width: 100)
    #expect(!lines.isEmpty)
    for (line, row) in zip(lines, context.visibleRows) {
      let fields = line.spans.map(\.text).joined().split(separator: " ").map(String.init)
      let numbers = fields.suffix(2).compactMap(Double.init)
      try #require(numbers.count == 2, "\(fields)")
      let (pen, final) = (numbers[0], numbers[1])
      let score = try #require(Double(NumberFormat.fixed(row.score, decimals: 2)))
      #expect(abs(score + pen - final) <= 0.011, "\(fields)")
      #expect(final == Double(NumberFormat.fixed(row.finalScore, decimals: 2)))
      #expect(fields.contains(NumberFormat.unit(row.sim, decimals: 3)), "\(fields)")
    }
    #expect(screen.contains(" pen  final"))
  }

  /// With nothing weighted that varies, the list says it is no ranking (as `crosslens
  /// recommend` notes), and says so no more once a weight is back.
  @Test func aListWithoutSignalSaysItIsNotRanked() throws {
    let explorer = try ExplorerFixture.explorer()
    let names = try #require(ExplorerFixture.model?.componentNames)
    for name in names { _ = palette(explorer, "w \(name) 0") }
    var context = try #require(explorer.state.recommendations)
    #expect(context.unranked == .noWeightedSignal)
    #expect(
      RecommendationPresenter.title(context: context, dataset: ExplorerFixture.dataset)
        .contains("not ranked: nothing weighted varies"))
    // At the list's width on an 80-column screen the note stays; the counts give way.
    let narrow = RecommendationPresenter.title(
      context: context, dataset: ExplorerFixture.dataset, width: 44)
    #expect(narrow.contains("not ranked: nothing weighted varies"), "\(narrow)")
    #expect(!narrow.contains("candidates"), "\(narrow)")
    _ = palette(explorer, "learned")
    context = try #require(explorer.state.recommendations)
    #expect(context.unranked == nil)
  }
}

extension WalkthroughFixTests {
  /// The compare overlay's marks, derived here from the two lists by position: a current row
  /// n places above its pinned rank reads `↑n`, below `↓n`, absent from the pin `new`; a pinned
  /// row gone from the current list reads `out`.
  @Test func compareMarksFollowTheTwoLists() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("p")])
    _ = palette(explorer, "lambda 1.5")
    let context = try #require(explorer.state.recommendations)
    let pinned = try #require(context.pinned).list
    let lines = ComparePresenter.lines(
      pinned: pinned, current: context.list, dataset: ExplorerFixture.dataset, width: 120)
    var moved = 0
    for (n, line) in lines.dropFirst().enumerated() {
      let halves = line.spans.map(\.text).joined().components(separatedBy: " │ ")
      try #require(halves.count == 2)
      if n < context.list.rows.count {
        let row = context.list.rows[n]
        let before = pinned.rows.first { $0.item == row.item }?.rank
        let mark =
          before.map {
            $0 == row.rank ? "" : ($0 > row.rank ? "↑\($0 - row.rank)" : "↓\(row.rank - $0)")
          }
          ?? "new"
        let fields = halves[1].split(separator: " ", maxSplits: 2).map(String.init)
        #expect(fields[0] == String(row.rank))
        #expect(mark.isEmpty ? !["↑", "↓", "n"].contains(fields[1].prefix(1)) : fields[1] == mark)
        if !mark.isEmpty { moved += 1 }
      }
      if n < pinned.rows.count {
        let gone = !context.list.rows.contains { $0.item == pinned.rows[n].item }
        #expect(halves[0].contains(" out ") == gone, "\(halves[0])")
      }
    }
    #expect(moved > 0, "λ 1.5 moved nothing: the test shows no mark")
  }
}

extension WalkthroughFixTests {
  /// The palette takes one value per setting (a stray word is refused), whole numbers for k,
  /// component names and labels in any case, and preset names with spaces.
  @Test func paletteParsesStrictly() throws {
    let explorer = try ExplorerFixture.explorer()
    let before = try #require(explorer.state.recommendations?.parameters)
    #expect(palette(explorer, "lambda 0.2 extra") == "usage: lambda VALUE (a finite number)")
    #expect(palette(explorer, "k 2.5") == "usage: k N (a whole number)")
    #expect(palette(explorer, "k abc") == "usage: k N (a whole number)")
    #expect(palette(explorer, "user") == "usage: user ID")
    #expect(palette(explorer, "target") == "usage: target DOMAIN")
    #expect(palette(explorer, "w knn 0.5 1") == "usage: w COMPONENT VALUE (a finite number)")
    #expect(explorer.state.recommendations?.parameters == before)
    _ = palette(explorer, "w KNN 0.7")
    #expect(explorer.state.recommendations?.parameters.weights["item-knn"] == 0.7)
    _ = palette(explorer, "w Item-KNN 0.4")
    #expect(explorer.state.recommendations?.parameters.weights["item-knn"] == 0.4)
    #expect(palette(explorer, "preset save my preset") == "saved preset my preset")
    #expect(palette(explorer, "preset load my preset") == "loaded preset my preset")
  }

  @Test func nearestRanksHaveThousandsSeparators() {
    #expect(NearestPresenter.placeText(.ranked(11_840)) == "11,840")
    #expect(NearestPresenter.placeText(.filtered) == "τ")
    #expect(NearestPresenter.placeText(.notCandidate) == "seen")
  }
}
