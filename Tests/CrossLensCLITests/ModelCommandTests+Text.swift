import CrossLensCore
import Foundation
import Testing

extension ModelCommandTests {
  /// The text table's columns line up: every row's title starts where the header's `title`
  /// does, so each number sits under its heading; sim has three places.
  @Test func recommendTextColumnsLineUp() throws {
    let store = try Self.trained.get()
    let request = [
      "recommend", store, "--user", "u0002", "--from", "Books", "--to", "Music", "-k", "6",
      "--lambda", "0.3", "--threshold", "0.1",
    ]
    let text = try CLI.run(request)
    let json = try Self.json(try CLI.run(request + ["--json"]).stdout)
    let rows =
      try #require(json["rows"] as? [[String: Any]])
      + (try #require(json["filtered"] as? [[String: Any]]))
    let lines = text.stdout.split(separator: "\n").map(String.init)
    let header = try #require(lines.dropFirst().first)
    let titleColumn =
      try #require(header.range(of: "  title")).lowerBound.utf16Offset(in: header) + 2
    #expect(rows.count >= 2)
    for (line, row) in zip(lines.dropFirst(2), rows) {
      let title = try #require(row["title"] as? String)
      #expect(String(line.dropFirst(titleColumn)).hasPrefix(String(title.prefix(20))), "\(line)")
      let sim = try #require(row["sim"] as? Double)
      #expect(line.contains(String(format: "%.3f", sim)), "\(line)")
    }
  }
}

extension ModelCommandTests {
  /// A request whose every score is 0 says so (text and JSON) instead of passing item order
  /// off as a ranking; an informative one carries no such note.
  @Test func recommendSaysWhenNothingRanksTheRows() throws {
    let store = try Self.trained.get()
    // u0001 has Movies history only (Data/interactions.tsv).
    let cases: [([String], String?)] = [
      (
        // Popularity set to 0 as well (as the unlearned defaults have it): nothing ranks.
        ["--user", "u0001", "--from", "Books", "--to", "Music", "--weights", "popularity=0"],
        "u0001 has no history in Books, Music: every score is 0, rows in item order"
      ),
      (
        ["--user", "u0001", "--from", "Movies", "--to", "Music", "--weights", Self.allZero()],
        "no component with a non-zero weight tells these candidates apart"
      ),
      (["--user", "u0001", "--from", "Movies", "--to", "Music"], nil),
      // Popularity does not need a history, and a penalty orders the rows too.
      (["--user", "u0001", "--from", "Books", "--to", "Music", "--weights", "popularity=1"], nil),
      (["--user", "u0001", "--from", "Books", "--to", "Music", "--lambda", "0.5"], nil),
    ]
    for (request, note) in cases {
      let text = try CLI.run(["recommend", store] + request)
      let json = try CLI.run(["recommend", store, "--json"] + request)
      #expect(text.status == 0 && json.status == 0, "\(text.stderr)\(json.stderr)")
      let notes = try #require(try Self.json(json.stdout)["notes"] as? [String])
      if let note {
        #expect(text.stdout.contains("note: " + note), "\(text.stdout)")
        #expect(notes.contains { $0.hasPrefix(note) }, "\(notes)")
      } else {
        #expect(!text.stdout.contains("rows in item order"), "\(text.stdout)")
        #expect(!notes.contains { $0.contains("rows in item order") }, "\(notes)")
      }
    }
  }

  static func allZero() -> String {
    ["popularity", "item-knn", "als-joint", "als-target", "semantic", "semantic-bridge", "svd"]
      .map { "\($0)=0" }.joined(separator: ",")
  }
}
