import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// Mouse clicks on rows, tabs and slider tracks; flags and presets kept in a real store.
@Suite struct MouseAndStoreTests {
  @Test func clicksSelectUsersTabsRowsAndSliderValues() throws {
    let explorer = try ExplorerFixture.explorer()
    let size = Size(width: 120, height: 40)
    _ = explorer.render(size: size)
    let layout = ExplorerLayout(size: size)
    // The third user row (list starts one row below the pane's top border).
    _ = explorer.handle(.mouse(x: layout.users.x + 3, y: layout.users.y + 3))
    #expect(explorer.state.users.list.selected == 2)
    #expect(explorer.state.focus == .users)
    // The second tab ("Movies …"): its title starts after "[Books n] ".
    let ranges = HistoryPresenter.tabRanges(
      directory: explorer.directory, user: explorer.state.users.selectedUser, rect: layout.tabs,
      selected: explorer.state.historyDomain)
    _ = explorer.handle(.mouse(x: ranges[1].lowerBound + 1, y: layout.tabs.y))
    #expect(explorer.state.historyDomain == 1)
    // The fourth recommendation row.
    _ = explorer.handle(.mouse(x: layout.recommendations.x + 5, y: layout.recommendations.y + 3))
    #expect(explorer.state.focus == .recommendations)
    #expect(explorer.state.recommendations?.selection.selected == 3)
    // The right end of λ's track sets λ to its maximum, and the list re-ranks for it.
    let context = try #require(explorer.state.recommendations)
    let regions = SliderBarPresenter.regions(
      sliders: explorer.sliders, parameters: context.parameters, width: layout.sliders.width,
      focused: context.sliderIndex)
    let track = try #require(regions.first?.track)
    _ = explorer.handle(.mouse(x: layout.sliders.x + track.upperBound - 1, y: layout.sliders.y))
    var after = try #require(explorer.state.recommendations)
    #expect(after.parameters.lambda == 2)
    // Every column of the track lands on λ's grid of 0.05 steps.
    for offset in track {
      _ = explorer.handle(.mouse(x: layout.sliders.x + offset, y: layout.sliders.y))
      let lambda = Double(try #require(explorer.state.recommendations).parameters.lambda)
      #expect(abs(lambda / 0.05 - (lambda / 0.05).rounded()) < 1e-4, "\(lambda) at \(offset)")
    }
    _ = explorer.handle(.mouse(x: layout.sliders.x + track.upperBound - 1, y: layout.sliders.y))
    after = try #require(explorer.state.recommendations)
    let model = try #require(ExplorerFixture.model)
    let user = try #require(explorer.state.users.selectedUser)
    #expect(
      after.list
        == model.recommend(
          user: user, sources: after.sources, target: after.target, parameters: after.parameters))
  }

  @Test func flagsAndPresetsLiveInTheStore() throws {
    let path = NSTemporaryDirectory() + "crosslens-annotations-\(UUID().uuidString).sqlite"
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
    }
    let store = try Store.create(at: path, from: ExplorerFixture.dataset)
    let model = try #require(ExplorerFixture.model)
    let explorer = Explorer(
      directory: ExplorerFixture.directory, model: model, title: "t", theme: .monochrome,
      annotations: StoreAnnotations(store: store), exportDirectory: ExplorerFixture.exportDirectory)
    ExplorerFixture.drive(
      explorer, [.tab, .tab, .down, .character("f")] + keys("odd score") + [.enter])
    let flagged = try #require(explorer.state.recommendations?.selectedRow?.item)
    ExplorerFixture.drive(
      explorer,
      [.character("+"), .character("+"), .character(":")]
        + keys("preset save two-steps") + [.enter])
    // A fresh connection sees what the explorer stored.
    let reopened = StoreAnnotations(store: try Store(path: path))
    let flags = reopened.flags()
    #expect(flags.count == 1)
    #expect(flags.first?.note == "odd score")
    #expect(flags.first?.itemID == ExplorerFixture.dataset.items[Int(flagged)].id)
    #expect(
      flags.first?.userID
        == ExplorerFixture.dataset.users[Int(explorer.state.users.selectedUser ?? 0)].id)
    let saved = try #require(try reopened.preset(named: "two-steps"))
    #expect(abs(saved.lambda - 0.1) < 1e-6)
    // Loading the preset elsewhere restores the parameters.
    ExplorerFixture.drive(
      explorer,
      [.character("-"), .character("-"), .character(":")]
        + keys("preset load two-steps") + [.enter])
    #expect(explorer.state.recommendations?.parameters == saved)
  }
}
