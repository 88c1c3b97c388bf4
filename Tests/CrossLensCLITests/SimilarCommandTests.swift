import CrossLensCore
import Foundation
import Testing

/// `crosslens similar` on the demo store as `crosslens` builds it (with the shipped MiniLM
/// vectors), trained small. The query text is encoded with the real model, so the suite needs
/// the weights.
@Suite(
  .serialized,
  .enabled(
    if: (try? MiniLMModelFiles.locate()) != nil,
    "needs the MiniLM weights: run scripts/fetch-model.sh (offline, these tests skip)"))
struct SimilarCommandTests {
  static let store: Result<String, Error> = Result {
    let folder = NSTemporaryDirectory() + "crosslens-similar-cli-\(UUID().uuidString)"
    try FileManager.default.copyItem(
      atPath: CLITests.root.appendingPathComponent("Data").path, toPath: folder)
    // A store built by an earlier `crosslens` run in the working copy is not this test's.
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where name.hasPrefix("crosslens.sqlite") {
      try FileManager.default.removeItem(atPath: folder + "/" + name)
    }
    // No arguments and no terminal: builds folder/crosslens.sqlite and prints its info.
    let built = try CLI.run([], environment: ["CROSSLENS_DATA": folder])
    guard built.status == 0 else { throw CLI.CLIError(description: built.stderr) }
    let store = folder + "/crosslens.sqlite"
    let train = try CLI.run([
      "train", store, "--factors", "8", "--iterations", "2", "--svd-rank", "8",
      "--fusion-users", "0", "--exposure-users", "50",
    ])
    guard train.status == 0 else { throw CLI.CLIError(description: train.stderr) }
    return store
  }

  /// Each match's rank is its place in `crosslens recommend`'s full list for the user (same
  /// sources, learned weights); an item the user has seen says so. u0001 watched "Ocean's
  /// Eleven", so its own title finds it first.
  @Test func ranksEveryMatchForTheUser() throws {
    let store = try Self.store.get()
    let result = try CLI.run([
      "similar", store, "--text", "Ocean's Eleven heist", "--to", "Movies", "--user", "u0001",
      "-k", "8", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let matches = try #require(
      try ModelCommandTests.json(result.stdout)["matches"] as? [[String: Any]])
    #expect(matches.count == 8)
    #expect(matches.first?["item"] as? String == "mv-0052")
    #expect(matches.first?["placement"] as? String == "seen")

    let full = try CLI.run([
      "recommend", store, "--user", "u0001", "--from", "Books,Music", "--to", "Movies", "-k",
      "1000", "--json",
    ])
    #expect(full.status == 0, "\(full.stderr)")
    let rows = try #require(try ModelCommandTests.json(full.stdout)["rows"] as? [[String: Any]])
    let order = rows.compactMap { $0["item"] as? String }
    #expect(order.count < 1000)  // the whole ordering, so an absent item is no candidate
    // u0001's history, straight from the data file: what "seen" must mean.
    let interactions = try String(
      contentsOf: CLITests.root.appendingPathComponent("Data/interactions.tsv"), encoding: .utf8)
    var history: Set<String> = []
    for line in interactions.split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      if fields.count > 1 && fields[0] == "u0001" { history.insert(fields[1]) }
    }
    var ranked = 0
    for match in matches {
      let id = try #require(match["item"] as? String)
      if let place = order.firstIndex(of: id) {
        #expect(match["placement"] as? String == "ranked")
        #expect(match["rank"] as? Int == place + 1, "\(id)")
        ranked += 1
      } else {
        #expect(match["placement"] as? String == "seen", "\(id)")
        #expect(history.contains(id), "\(id) is not in u0001's history")
      }
    }
    #expect(ranked > 0)

    let text = try CLI.run([
      "similar", store, "--text", "Ocean's Eleven heist", "--to", "Movies", "--user", "u0001",
      "-k", "3",
    ])
    #expect(text.stdout.hasPrefix("  #  cosine    rank  item\n"))
    #expect(text.stdout.contains("    seen  mv-0052  Ocean's Eleven"))
  }

  @Test func fromWithoutUserAndUnknownUserAreUsageErrors() throws {
    let store = try Self.store.get()
    let from = try CLI.run([
      "similar", store, "--text", "x", "--to", "Movies", "--from", "Books",
    ])
    #expect(from.status == 64)
    #expect(from.stderr.contains("--from needs --user"))
    let unknown = try CLI.run([
      "similar", store, "--text", "x", "--to", "Movies", "--user", "nobody",
    ])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no user 'nobody'"))
  }
}
