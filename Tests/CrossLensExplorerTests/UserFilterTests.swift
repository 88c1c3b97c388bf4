import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The users pane's filter (`c`): each filter's users against a count made here from the
/// dataset's interactions alone, the search within the filter, the selection and the title.
@Suite struct UserFilterTests {
  let dataset = ExplorerFixture.dataset
  let directory = ExplorerFixture.directory

  /// `perDomain[u][d]`: user u's interactions in domain d, counted from the raw interactions.
  var perDomain: [[Int]] {
    var counts = Array(
      repeating: Array(repeating: 0, count: dataset.domains.count), count: dataset.users.count)
    for x in dataset.interactions {
      counts[Int(x.user)][dataset.items[Int(x.item)].domain] += 1
    }
    return counts
  }

  /// The ids each filter should list, by definition.
  func expectedIDs(_ filter: UserListContext.Filter) -> Set<String> {
    let counts = perDomain
    return Set(
      dataset.users.indices.filter { u in
        switch filter {
        case .all: return true
        case .cold(let d): return counts[u][d] == 0
        case .activeEverywhere: return !counts[u].contains(0)
        case .group(let value): return dataset.users[u].attributes["group"] == value
        }
      }.map { dataset.users[$0].id })
  }

  func ids(_ context: UserListContext) -> Set<String> {
    Set(context.visible.map { dataset.users[Int($0)].id })
  }

  @Test func cycleVisitsEveryFilterAndEachListsItsUsers() {
    let target = dataset.domains.count - 1
    var context = UserListContext(directory: directory)
    var seen: [UserListContext.Filter] = [context.filter]
    for _ in 0..<6 {
      context.cycleFilter(target: target, directory: directory)
      seen.append(context.filter)
      #expect(ids(context) == expectedIDs(context.filter), "\(context.filter)")
      #expect(context.visible.count == Set(context.visible).count)
    }
    #expect(
      seen == [
        .all, .cold(domain: target), .activeEverywhere, .group("test"), .group("train"),
        .group("valid"), .all,
      ])
    // The fixture's shape, so the checks above are not vacuous: one cold user in Music,
    // 24 active everywhere, 12/6/6 in the groups.
    #expect(expectedIDs(.cold(domain: target)) == ["cold"])
    #expect(expectedIDs(.activeEverywhere).count == 24)
    #expect(expectedIDs(.group("train")).count == 12)
    #expect(expectedIDs(.group("test")).count == 6)
  }

  @Test func withoutATargetTheCycleSkipsCold() {
    #expect(
      UserListContext.Filter.cycle(target: nil, directory: directory) == [
        .all, .activeEverywhere, .group("test"), .group("train"), .group("valid"),
      ])
  }

  @Test func searchAppliesWithinTheFilter() {
    var context = UserListContext(directory: directory)
    for _ in 0..<4 { context.cycleFilter(target: 2, directory: directory) }
    #expect(context.filter == .group("train"))
    context.setQuery("u1", directory: directory)
    let expected = expectedIDs(.group("train")).filter { $0.contains("u1") }
    #expect(ids(context) == expected)
    #expect(!expected.isEmpty)
  }

  /// Typing on narrows the listed users instead of scanning them all; every step lists what a
  /// search from scratch lists, in the same order (each sort, within a filter).
  @Test func typingOnNarrowsAsASearchFromScratch() {
    for sorts in 0..<3 {
      var typed = UserListContext(directory: directory)
      for _ in 0..<4 { typed.cycleFilter(target: 2, directory: directory) }
      for _ in 0..<sorts { typed.cycleSort(directory: directory) }
      for query in ["", "U", "u0", "u00", "u001", "u0012", "u0012x", "u00", "0"] {
        typed.setQuery(query, directory: directory)
        var scratch = UserListContext(directory: directory)
        for _ in 0..<4 { scratch.cycleFilter(target: 2, directory: directory) }
        for _ in 0..<sorts { scratch.cycleSort(directory: directory) }
        // From a query the next one does not contain: a search from scratch.
        scratch.setQuery("\u{1}", directory: directory)
        scratch.setQuery(query, directory: directory)
        #expect(ids(typed) == ids(scratch), "\(query), sort \(typed.sort)")
      }
    }
  }

  @Test func selectionStaysOnTheUserWhenStillListedElseTheFirst() throws {
    var context = UserListContext(directory: directory)
    let testUser = try #require(dataset.users.firstIndex { $0.attributes["group"] == "test" })
    context.list.selected = try #require(context.visible.firstIndex(of: Int32(testUser)))
    // all → cold in Music: the test user is not cold, so the first row (the cold user).
    context.cycleFilter(target: 2, directory: directory)
    #expect(context.selectedUser.map { dataset.users[Int($0)].id } == "cold")
    // → active everywhere: the cold user is gone, so the first row again.
    context.cycleFilter(target: 2, directory: directory)
    #expect(context.list.selected == 0)
    context.list.selected = try #require(context.visible.firstIndex(of: Int32(testUser)))
    // → group test: still listed, still selected.
    context.cycleFilter(target: 2, directory: directory)
    #expect(context.selectedUser == Int32(testUser))
  }

  @Test func titleNamesTheFilter() throws {
    var context = UserListContext(directory: directory)
    context.cycleFilter(target: 2, directory: directory)
    #expect(
      UserPresenter.title(
        context: context, total: dataset.users.count, searching: false, domains: dataset.domains)
        == "Users 1/25 · cold in Music · by activity")
    // Narrower, the sort, the word Users and the total give way before the filter does.
    let title = { (width: Int) in
      UserPresenter.title(
        context: context, total: 53_061, searching: false, domains: dataset.domains,
        width: width)
    }
    #expect(title(40) == "Users 1/53,061 · cold in Music")
    #expect(title(26) == "1/53,061 · cold in Music")
    #expect(title(17) == "1 · cold in Music")
    #expect(title(14) == "cold in Music")
    // `c` says the filter in full, with its count, in the status line.
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("c")])
    #expect(explorer.state.message == "users: cold in Music (1 of 25)")
  }

  /// Keys through the explorer: `c` cycles, the title and the other panes follow the
  /// selection, and `T` moves the cold filter to the new target.
  @Test func keyScriptCyclesFollowsTheTargetAndKeepsPanesInStep() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("c")])
    #expect(explorer.state.users.filter == .cold(domain: 2))
    let cold = try #require(explorer.state.users.selectedUser)
    #expect(dataset.users[Int(cold)].id == "cold")
    // The recommendations follow the newly selected user.
    let model = try #require(ExplorerFixture.model)
    let context = try #require(explorer.state.recommendations)
    #expect(
      context.list
        == model.recommend(
          user: cold, sources: context.sources, target: context.target,
          parameters: context.parameters))
    let screen = explorer.render(size: Size(width: 120, height: 40)).plainText()
    #expect(screen.contains("Users 1/25 · cold in Music"))

    // Target Books (T wraps Music → Books): nobody lacks Books, so the list is empty.
    ExplorerFixture.drive(explorer, [.character("T")])
    #expect(explorer.state.recommendations?.target == 0)
    #expect(explorer.state.users.filter == .cold(domain: 0))
    #expect(explorer.state.users.visible.count == expectedIDs(.cold(domain: 0)).count)
    #expect(explorer.state.users.visible.isEmpty)

    // Back to all, through active everywhere and the three groups.
    ExplorerFixture.drive(explorer, Array(repeating: .character("c"), count: 5))
    #expect(explorer.state.users.filter == .all)
    #expect(explorer.state.users.visible.count == dataset.users.count)
    #expect(explorer.state.users.selectedUser != nil)
  }

  @Test func helpListsTheFilterKey() throws {
    let lines = ExplorerBindings.table.helpLines(
      in: BindingContext(focus: .users, hasRecommendations: true))
    let texts = lines.map { $0.spans.map(\.text).joined() }
    #expect(texts.contains { $0.contains("Filter: all, cold in target") && $0.contains("c") })
  }

  /// Esc in the search returns to where it started: the earlier search text and the user
  /// selected then, not an empty search on the first user.
  @Test func escapeInTheSearchRestoresWhereItStarted() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("/")] + keys("u1") + [.enter, .down])
    let chosen = try #require(explorer.state.users.selectedUser)
    #expect(explorer.state.users.query == "u1" && dataset.users[Int(chosen)].id.contains("u1"))
    #expect(explorer.state.users.visible.first != chosen)
    ExplorerFixture.drive(explorer, [.character("/")] + keys("zzz") + [.escape])
    #expect(explorer.state.users.query == "u1")
    #expect(explorer.state.users.selectedUser == chosen)
    // The panes follow the user restored.
    let model = try #require(ExplorerFixture.model)
    let context = try #require(explorer.state.recommendations)
    #expect(
      context.list
        == model.recommend(
          user: chosen, sources: context.sources, target: context.target,
          parameters: context.parameters))
    // From a plain list, Esc leaves it plain, on the same user.
    let fresh = try ExplorerFixture.explorer()
    ExplorerFixture.drive(fresh, [.down, .down, .character("/")] + keys("u2") + [.escape])
    #expect(fresh.state.users.query.isEmpty && fresh.state.users.list.selected == 2)
    // The search line edits as the others do: Home, Delete, → and a character in the middle.
    ExplorerFixture.drive(fresh, [.character("/")] + keys("u2") + [.home, .delete])
    #expect(fresh.state.users.query == "2")
    ExplorerFixture.drive(fresh, [.character("u"), .right, .character("1"), .enter])
    #expect(fresh.state.users.query == "u21")
  }
}
