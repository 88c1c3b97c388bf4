import CrossLensCore
import TerminalKit
import Testing

@testable import CrossLensExplorer

/// The free-text query overlay, with the hashed n-gram stand-in as the sentence encoder.
@Suite struct QueryTests {
  /// Encodes texts with the same hashed n-grams as the item embeddings, L2-normalised as a
  /// sentence encoder's output is.
  struct HashedEncoder: SentenceEncoder {
    let dimension = 256
    let identifier = "hashed-ngram-256"
    func encode(_ texts: [String]) throws -> Matrix {
      Matrix(
        rows: texts.count, columns: dimension,
        values: texts.flatMap { text in
          let v = HashedNGramEmbedding.embed(text, dimension: dimension)
          let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
          return norm > 0 ? v.map { $0 / norm } : v
        })
    }
  }

  /// Gives `explorer` a free-text search over the fixture's stand-in embeddings (5 matches).
  @discardableResult
  static func searchable(_ explorer: Explorer) -> ItemEmbeddings {
    let dataset = ExplorerFixture.dataset
    let embeddings = HashedNGramEmbedding.itemEmbeddings(for: dataset, dimension: 256)
    explorer.textSearch = { text, domain in
      try SimilarItems.nearest(
        to: text, encoder: HashedEncoder(), vectors: embeddings.vectors,
        candidates: dataset.itemIndices(inDomain: domain), k: 5)
    }
    return embeddings
  }

  @Test func queryListsTheNearestTargetItemsByCosine() throws {
    let explorer = try ExplorerFixture.explorer()
    let dataset = ExplorerFixture.dataset
    let embeddings = Self.searchable(explorer)
    ExplorerFixture.drive(explorer, [.character("Q")] + keys("jazz night") + [.enter])
    let nearest = try #require(explorer.state.nearest)
    #expect(nearest.domain == 2)
    // Independently: the best Music item by the dot product of normalised vectors.
    let q = HashedNGramEmbedding.embed("jazz night", dimension: 256)
    let norm = q.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let best = dataset.itemIndices(inDomain: 2).max { a, b in
      embeddings.dot(a, q) < embeddings.dot(b, q)
    }
    #expect(nearest.matches.first?.item == best)
    if let first = nearest.matches.first, let best {
      #expect(abs(first.cosine - embeddings.dot(best, q) / max(norm, 1e-12)) < 1e-4)
    }
    for size in GoldenScreenTests.sizes {
      let screen = explorer.render(size: size)
      Golden.check(screen.plainText(), named: "nearest-\(size.width)x\(size.height)")
    }
  }

  /// ↵ on the nearest list explains the match under the cursor for the selected user (the
  /// analyst's "why is this item not recommended?"): its rank is its place in the library's
  /// whole ranked list, and an item the user has seen says it is not a candidate. Esc returns
  /// to the list with the cursor kept, Esc again closes it.
  @Test func enterExplainsTheMatchUnderTheCursor() throws {
    let explorer = try ExplorerFixture.explorer()
    let dataset = ExplorerFixture.dataset
    Self.searchable(explorer)
    // Down past the end and up past the start: the cursor stays on the list.
    ExplorerFixture.drive(
      explorer,
      [.character("Q")] + keys("kitchen spice") + [.enter] + Array(repeating: .down, count: 7))
    #expect(explorer.state.nearest?.selected == 4)
    ExplorerFixture.drive(explorer, Array(repeating: .up, count: 7))
    let nearest = try #require(explorer.state.nearest)
    #expect(nearest.selected == 0)

    let context = try #require(explorer.state.recommendations)
    let user = try #require(explorer.state.users.selectedUser)
    var all = context.parameters
    all.k = dataset.items.count
    let full = try #require(ExplorerFixture.model).recommend(
      user: user, sources: context.sources, target: context.target, parameters: all)
    let ranks = nearest.matches.map { m in full.rows.firstIndex { $0.item == m.item } }
    // The fixture's first match is ranked, and a later one is in the user's history.
    let ranked = try #require(ranks[0]) + 1
    let seen = try #require(ranks.firstIndex { $0 == nil })
    // The list's rank column says the same.
    #expect(
      nearest.placements
        == ranks.map { $0.map { FusedRanker.Placement.ranked($0 + 1) } ?? .notCandidate })

    var screen = ExplorerFixture.drive(explorer, [.enter])
    #expect(explorer.state.mode == .explain(scroll: 0))
    #expect(explorer.state.explainedItem == nearest.matches[0].item)
    var text = screen.plainText()
    #expect(text.contains(String(dataset.items[Int(nearest.matches[0].item)].title.prefix(30))))
    #expect(text.contains("rank \(ranked) · score"))
    #expect(text.contains("Explain (Esc back to the list"))

    ExplorerFixture.drive(explorer, [.escape])
    #expect(explorer.state.mode == .nearest)
    #expect(explorer.state.explainedItem == nil)
    screen = ExplorerFixture.drive(explorer, Array(repeating: .down, count: seen) + [.enter])
    #expect(explorer.state.explainedItem == nearest.matches[seen].item)
    text = screen.plainText()
    #expect(text.contains("rank – · score"))
    #expect(text.contains("not a candidate"))

    ExplorerFixture.drive(explorer, [.escape])
    #expect(explorer.state.nearest?.selected == seen)
    ExplorerFixture.drive(explorer, [.escape])
    #expect(explorer.state.mode == .browse)
    // Explaining a recommended row afterwards explains that row, not the last match.
    screen = ExplorerFixture.drive(explorer, [.tab, .tab, .enter])
    #expect(explorer.state.explainedItem == nil)
    #expect(explorer.state.mode == .explain(scroll: 0))
    let row = try #require(explorer.state.recommendations?.selectedRow)
    #expect(screen.plainText().contains(String(dataset.items[Int(row.item)].title.prefix(30))))
  }

  /// Over the open list the wheel moves its cursor, not the user list beneath (the ranks shown
  /// are the selected user's).
  @Test func wheelOverTheListMovesItsCursorNotTheUser() throws {
    let explorer = try ExplorerFixture.explorer()
    Self.searchable(explorer)
    ExplorerFixture.drive(explorer, [.character("Q")] + keys("jazz night") + [.enter])
    let user = explorer.state.users.selectedUser
    ExplorerFixture.drive(
      explorer, [.scrollDown(x: 10, y: 5), .scrollDown(x: 10, y: 5), .scrollUp(x: 10, y: 5)])
    #expect(explorer.state.users.selectedUser == user)
    #expect(explorer.state.nearest?.selected == 1)
    ExplorerFixture.drive(explorer, [.enter, .scrollDown(x: 10, y: 5)])
    #expect(explorer.state.users.selectedUser == user)
    #expect(explorer.state.mode == .explain(scroll: 1))
  }

  @Test func queryWithoutEmbeddingsSaysWhatToRun() throws {
    let explorer = try ExplorerFixture.explorer()
    ExplorerFixture.drive(explorer, [.character("Q")] + keys("jazz") + [.enter])
    #expect(explorer.state.message?.contains("crosslens embed") == true)
  }
}
