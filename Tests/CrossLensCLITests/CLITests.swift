import CrossLensCore
import Foundation
import Testing

/// Runs the built `crosslens` binary as a subprocess and checks its output and exit codes.
@Suite struct CLITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Tests/Fixtures").path

  @Test func helpListsSubcommands() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: crosslens [<subcommand>]"))
    #expect(result.stdout.contains("  import "))
    #expect(result.stdout.contains("  info "))
    let importHelp = try CLI.run(["import", "--help"])
    #expect(importHelp.status == 0)
    #expect(
      importHelp.stdout.contains(
        "USAGE: crosslens import [<path>] [<target>] --out <store> [<options>]"))
    #expect(importHelp.stdout.contains("--skip-bad-rows"))
    // Every subcommand's help states each option's default once (the parser appends the
    // declared one, so a help text must not repeat it).
    let subcommands =
      ["import", "info", "train", "recommend", "explain", "eval", "explore"]
      + ["embed", "encode", "similar", "model"]
    for name in subcommands {
      let help = try CLI.run([name, "--help"])
      #expect(help.status == 0 && help.stdout.contains("USAGE: crosslens \(name)"), "\(name)")
      let options = help.stdout.components(separatedBy: "\n  -")
      for option in options where option.components(separatedBy: "(default").count > 2 {
        Issue.record("\(name): default twice in \(option)")
      }
    }
  }

  @Test func usageErrorsExitWith64() throws {
    let unknown = try CLI.run(["imprt"])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.hasPrefix(
        "crosslens: error: unknown subcommand 'imprt' (did you mean 'import'?)"))
    let missing = try CLI.run(["import", "\(Self.fixtures)/good/tiny"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("missing required option '--out'"))
    #expect(missing.stderr.contains("see 'crosslens import --help'"))
    #expect(missing.stdout == "")
  }

  @Test func importThenInfoJSON() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("tiny.sqlite")
    let imported = try CLI.run(["import", "\(Self.fixtures)/good/tiny", "--out", store])
    #expect(imported.status == 0)
    #expect(
      imported.stdout.hasPrefix(
        "imported tiny: 2 users, 3 items, 3 interactions in 2 domains → \(store)"))
    #expect(imported.stderr == "")  // not a terminal: no progress
    let info = try CLI.run(["info", store, "--json"])
    #expect(info.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
    #expect(json["users"] as? Int == 2)
    #expect(json["items"] as? Int == 3)
    #expect(json["interactions"] as? Int == 3)
    let domains = try #require(json["domains"] as? [String: [String: Any]])
    // Books: u1 and u2 act on tb1 and tb2; Movies: u1 on tm1. Hand-counted from the fixture.
    #expect(domains["Books"]?["users"] as? Int == 2)
    #expect(domains["Books"]?["items"] as? Int == 2)
    #expect(domains["Books"]?["interactions"] as? Int == 2)
    #expect(domains["Books"]?["density"] as? Double == 0.5)
    #expect(domains["Movies"]?["users"] as? Int == 1)
    #expect(domains["Movies"]?["interactions"] as? Int == 1)
    let overlap = try #require(json["overlap"] as? [String: [String: Int]])
    #expect(overlap["Books"]?["Movies"] == 1)
    let text = try CLI.run(["info", store])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Books            2           2              2      50.0%"))
  }

  @Test func badInputFailsWithItsMessageAndLeavesTheStoreUntouched() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("s.sqlite")
    #expect(try CLI.run(["import", "\(Self.fixtures)/good/tiny", "-o", store]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: store))
    for (name, message) in [
      ("rating-nan", "interactions.tsv:3: column \"rating\": \"NaN\" is not a finite number"),
      ("unknown-item", "interactions.tsv:3: column \"item_id\": unknown item \"tb9\""),
      ("empty-file", "items.tsv: the file is empty (expected a header row)"),
    ] {
      let result = try CLI.run(["import", "\(Self.fixtures)/bad/\(name)", "-o", store])
      #expect(result.status == 65, "\(name)")
      // Named by file, or by the folder for a fault of the folder's layout.
      let place = "crosslens: error: \(Self.fixtures)/bad/\(name)"
      #expect(
        result.stderr.hasPrefix(place + "/") || result.stderr.hasPrefix(place + ": "), "\(name)")
      #expect(result.stderr.contains(message), "\(name)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before, "\(name)")
    }
    let missing = try CLI.run(["import", "\(Self.fixtures)/no-such", "-o", store])
    #expect(missing.status == 66)
    #expect(
      missing.stderr == "crosslens: error: \(Self.fixtures)/no-such: no such file or directory\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
  }

  /// Every folder of the bad-input corpus: exit 65 with a located message, store untouched.
  @Test func everyBadFixtureFailsWithoutTouchingTheStore() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("s.sqlite")
    #expect(try CLI.run(["import", "\(Self.fixtures)/good/tiny", "-o", store]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: store))
    let names = try FileManager.default.contentsOfDirectory(atPath: "\(Self.fixtures)/bad").sorted()
    #expect(names.count >= 17)
    for name in names {
      let extra = name == "domain-without-items" ? ["--domains", "Books,Movies,Music"] : []
      let result = try CLI.run(["import", "\(Self.fixtures)/bad/\(name)", "-o", store] + extra)
      #expect(result.status == 65, "\(name): \(result.stderr)")
      // Named by file, or by the folder for a fault of the folder's layout.
      let place = "crosslens: error: \(Self.fixtures)/bad/\(name)"
      #expect(
        result.stderr.hasPrefix(place + "/") || result.stderr.hasPrefix(place + ": "), "\(name)")
      #expect(result.stdout == "", "\(name)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before, "\(name)")
    }
  }

  /// Every file and column option reaches the importer.
  @Test func explicitFilesAndColumns() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("s.sqlite")
    let data = "\(Self.fixtures)/good/renamed"
    let result = try CLI.run([
      "import", "--items", "\(data)/catalog.csv", "--users", "\(data)/people.csv",
      "--interactions", "\(data)/events.csv", "--out", store, "--name", "renamed",
      "--item-id-column", "sku", "--domain-column", "kind", "--title-column", "name",
      "--description-column", "blurb", "--user-id-column", "uid", "--user-column", "who",
      "--item-column", "what", "--rating-column", "stars", "--time-column", "when",
      "--domains", "Books, Movies",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let dataset = try Store(path: store).loadDataset()
    #expect(dataset.name == "renamed")
    #expect(dataset.domains == ["Books", "Movies"])
    #expect(dataset.items.map(\.title) == ["Dune, the novel", "Alien"])
    #expect(dataset.items.map(\.description) == ["Desert", "Space"])
    #expect(dataset.users.map(\.attributes) == [["segment": "test"], ["segment": "train"]])
    #expect(dataset.interactions.map(\.value) == [4.5, nil, 2])
    #expect(dataset.interactions.map(\.time) == [10, 30, 20])
    #expect(dataset.timeKind == .timestamp)
  }

  @Test func perDomainInteractionFilesOnTheCommandLine() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("s.sqlite")
    let data = "\(Self.fixtures)/good/perdomain"
    let result = try CLI.run([
      "import", "--interactions", "Books=\(data)/books.tsv", "--interactions",
      "Movies=\(data)/movies.tsv", "-o", store,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let dataset = try Store(path: store).loadDataset()
    #expect(dataset.name == "perdomain")
    #expect(dataset.domains == ["Books", "Movies"])
    #expect(dataset.items.map(\.id) == ["b1", "b2", "m1"])
    #expect(dataset.items.map(\.domain) == [0, 0, 1])
  }

  @Test func skippedRowsAreSummarisedOnStandardError() throws {
    let folder = try TemporaryFolder()
    let result = try CLI.run([
      "import", "\(Self.fixtures)/warnings/skippable-rows", "-o", folder.file("s.sqlite"),
      "--skip-bad-rows",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("warning: 3 bad rows skipped on request (first: "))
    #expect(result.stdout.contains("2 users, 3 items, 1 interactions"))
  }

  @Test func htmlReferencesAreDecodedUnlessKept() throws {
    let folder = try TemporaryFolder()
    let source = "\(Self.fixtures)/warnings/html-references"
    let decoded = try CLI.run(["import", source, "-o", folder.file("d.sqlite")])
    #expect(decoded.status == 0)
    #expect(decoded.stderr.hasPrefix("warning: 2 item texts with HTML character references"))
    let kept = try CLI.run([
      "import", source, "-o", folder.file("k.sqlite"), "--keep-html-references",
    ])
    #expect(kept.status == 0)
    #expect(kept.stderr.isEmpty)
    let titles = { (name: String) in
      try Store(path: folder.file(name)).loadDataset().items.map(\.title)
    }
    #expect(try titles("d.sqlite")[0] == "Black & Decker Toaster")
    #expect(try titles("k.sqlite")[0] == "Black &amp; Decker Toaster")
  }

  @Test func infoOnMissingOrForeignFiles() throws {
    let folder = try TemporaryFolder()
    let missing = try CLI.run(["info", folder.file("none.sqlite")])
    #expect(missing.status == 66)
    #expect(missing.stderr == "crosslens: error: \(folder.file("none.sqlite")): no such store\n")
    try Data("hello".utf8).write(to: URL(fileURLWithPath: folder.file("text.sqlite")))
    let foreign = try CLI.run(["info", folder.file("text.sqlite")])
    #expect(foreign.status == 74)
    #expect(foreign.stderr.contains("not a CrossLens store"))
  }

  /// With no arguments: the store of the data folder is built once, then reused.
  @Test func noArgumentsBuildsAndShowsTheDefault() throws {
    let folder = try TemporaryFolder()
    for name in ["items.tsv", "users.tsv", "interactions.tsv"] {
      try FileManager.default.copyItem(
        atPath: "\(Self.fixtures)/good/tiny/\(name)", toPath: folder.file(name))
    }
    let first = try CLI.run([], environment: ["CROSSLENS_DATA": folder.path])
    #expect(first.status == 0)
    #expect(first.stderr.contains("building \(folder.file("crosslens.sqlite"))"))
    #expect(
      first.stdout.hasPrefix(
        "CrossLens demo: 2 users · 3 items · 3 interactions · 2 domains"
      ))
    #expect(first.stderr.contains("(first run)"))
    let second = try CLI.run([], environment: ["CROSSLENS_DATA": folder.path])
    #expect(second.status == 0)
    #expect(second.stderr == "")
    #expect(second.stdout == first.stdout)

    // Changed data rebuilds the store; the user's presets and flags survive it.
    let store = try Store(path: folder.file("crosslens.sqlite"))
    try store.putPreset(name: "mine", parameters: "{\"lambda\":0.5}")
    try store.addFlag(userID: "u1", itemID: "tb1", note: "odd", parameters: "{}")
    let flag = try #require(try store.flags().first)
    let later = Date().addingTimeInterval(60)
    try FileManager.default.setAttributes(
      [.modificationDate: later], ofItemAtPath: folder.file("interactions.tsv"))
    let third = try CLI.run([], environment: ["CROSSLENS_DATA": folder.path])
    #expect(third.status == 0)
    #expect(third.stderr.contains("(the data changed)"), "\(third.stderr)")
    #expect(third.stderr.contains("kept 1 preset and 1 flag"), "\(third.stderr)")
    let rebuilt = try Store(path: folder.file("crosslens.sqlite"))
    #expect(try rebuilt.presets().map(\.name) == ["mine"])
    let kept = try #require(try rebuilt.flags().first)
    #expect(kept.note == "odd" && kept.created == flag.created && kept.itemID == "tb1")

    // A store the annotations cannot be read from is kept aside, not replaced unseen.
    let path = folder.file("crosslens.sqlite")
    try FileManager.default.removeItem(atPath: path)
    try Data(String(repeating: "not sqlite\n", count: 100).utf8).write(
      to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes(
      [.modificationDate: later.addingTimeInterval(60)],
      ofItemAtPath: folder.file("interactions.tsv"))
    let fourth = try CLI.run([], environment: ["CROSSLENS_DATA": folder.path])
    #expect(fourth.status == 0, "\(fourth.stderr)")
    #expect(fourth.stderr.contains("kept it as \(path).unreadable"), "\(fourth.stderr)")
    #expect(
      try String(contentsOfFile: path + ".unreadable", encoding: .utf8).hasPrefix("not sqlite"))
  }

  /// A read-only data folder: the default store goes to the cache folder instead.
  @Test(.enabled(if: getuid() != 0, "root writes anywhere: a read-only folder cannot be staged"))
  func readOnlyDataFolderUsesTheCache() throws {
    let folder = try TemporaryFolder()
    let data = folder.file("data")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    for name in ["items.tsv", "users.tsv", "interactions.tsv"] {
      try FileManager.default.copyItem(
        atPath: "\(Self.fixtures)/good/tiny/\(name)", toPath: "\(data)/\(name)")
    }
    chmod(data, 0o555)
    defer { chmod(data, 0o755) }
    let result = try CLI.run(
      [], environment: ["CROSSLENS_DATA": data, "XDG_CACHE_HOME": folder.file("cache")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.file("cache/crosslens/demo.sqlite")))
  }

  @Test(.enabled(if: CLI.hasFoodKitchen, "needs ../shared/datasets/food-kitchen"))
  func foodKitchenAcceptance() throws {
    let folder = try TemporaryFolder()
    let store = folder.file("fk.sqlite")
    let imported = try CLI.run(["import", CLI.foodKitchen, "--out", store])
    #expect(imported.status == 0, "\(imported.stderr)")
    let info = try CLI.run(["info", store, "--json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
    #expect(json["users"] as? Int == 53_061)
    #expect(json["items"] as? Int == 36_298)
    #expect(json["interactions"] as? Int == 436_127)
    let domains = try #require(json["domains"] as? [String: [String: Any]])
    #expect(domains["Grocery"]?["items"] as? Int == 8_661)
    #expect(domains["Kitchen"]?["items"] as? Int == 27_637)
  }
}
