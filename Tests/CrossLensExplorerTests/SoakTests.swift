import CrossLensCore
import Foundation
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// 10,000 random keys, clicks and resizes through the run loop on a virtual terminal: no
/// crash, and after every frame the invariants hold.
@Suite struct SoakTests {
  /// A deterministic generator (SplitMix64), so a failure can be replayed.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// 10,000 by default; `SOAK_EVENTS` overrides (for profiling).
  static let eventCount =
    ProcessInfo.processInfo.environment["SOAK_EVENTS"].flatMap { Int($0) } ?? 10_000

  static let alphabet: [Key] =
    "jkhlgGoptxfFeE+-[]<>TSQ/:?ab1 ".map(Key.character) + [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab,
      .backTab, .backspace,
    ]

  func randomKey(_ rng: inout SplitMix, size: Size) -> Key {
    switch Int.random(in: 0..<100, using: &rng) {
    case 0..<3:
      return .resize
    case 3..<10:
      return .mouse(
        x: Int.random(in: 0..<size.width, using: &rng),
        y: Int.random(in: 0..<size.height, using: &rng))
    default:
      return Self.alphabet.randomElement(using: &rng) ?? .down
    }
  }

  /// Checks what must hold after any sequence of events.
  func checkInvariants(_ explorer: Explorer, _ screen: Screen, size: Size, step: Int) throws {
    #expect(screen.size == size, "step \(step)")
    #expect(screen.checkInvariants(), "step \(step)")
    let users = explorer.state.users
    #expect(users.visible.isEmpty || users.visible.indices.contains(users.list.selected))
    if let context = explorer.state.recommendations {
      let rows = context.visibleRows
      #expect(rows.isEmpty || rows.indices.contains(context.selection.selected), "step \(step)")
      #expect(context.list.rows.count <= context.parameters.k)
      #expect(
        context.list.rows.map(\.rank)
          == Array(1...max(1, context.list.rows.count)).prefix(context.list.rows.count).map { $0 })
      #expect(context.parameters.lambda >= 0 && context.parameters.lambda <= 2)
      #expect(context.parameters.tau >= -1 && context.parameters.tau <= 1)
      #expect(!context.sources.contains(context.target))
    }
  }

  @Test func tenThousandRandomEventsKeepTheInvariants() throws {
    let explorer = try ExplorerFixture.explorer()
    let model = try #require(ExplorerFixture.model)
    var rng = SplitMix(state: 2026)
    let sizes = [
      Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 20),
      Size(width: 81, height: 25), Size(width: 132, height: 43),
    ]
    var size = sizes[0]
    var events = 0
    while events < Self.eventCount {
      let key = randomKey(&rng, size: size)
      events += 1
      if key == .resize { size = sizes.randomElement(using: &rng) ?? size }
      // `q` and Ctrl-C quit; the soak keeps going, as after a restart, with the same state.
      _ = explorer.handle(key)
      let screen = explorer.render(size: size)
      try checkInvariants(explorer, screen, size: size, step: events)
      if events % 500 == 0, let context = explorer.state.recommendations,
        let user = explorer.state.users.selectedUser
      {
        let expected = model.recommend(
          user: user, sources: context.sources, target: context.target,
          parameters: context.parameters)
        #expect(context.list == expected, "rows differ from the library at step \(events)")
      }
    }
    #expect(events == Self.eventCount)
  }
}
