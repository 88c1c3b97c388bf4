import CrossLensCore
import Foundation
import Testing

/// Command lines that cannot mean what they say are refused with one line naming the fault and
/// the exit code for its kind, before any work and without writing anything.
@Suite(.serialized) struct CommandRefusalTests {
  /// Runs `arguments` and checks the exit status and that standard error names `message`.
  func expectRefusal(
    _ arguments: [String], status: Int32, _ message: String, input: Data? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try CLI.run(arguments, input: input)
    #expect(
      result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
    #expect(
      result.stderr.hasPrefix("crosslens: error: ") && result.stderr.contains(message),
      "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
  }

  @Test func sourcesAndRepeatedOptions() throws {
    let store = try ModelCommandTests.trained.get()
    let ranking = ["recommend", store, "--user", "u0001", "--to", "Music"]
    try expectRefusal(
      ranking + ["--from", "Music"], status: 64, "--from: Music is the target domain")
    try expectRefusal(ranking + ["--from", "Books,Books"], status: 64, "--from names Books twice")
    try expectRefusal(ranking + ["--from", ""], status: 64, "--from names at least one domain")
    try expectRefusal(ranking + ["--from", "Books,"], status: 64, "--from has an empty name")
    try expectRefusal(
      ranking + ["--from", "Books", "--lambda", "0.5", "--lambda", "0.7"], status: 64,
      "option '--lambda' given twice")
    try expectRefusal(
      ["eval", store, "--to", "Music", "--from", "Music"], status: 64,
      "--from: Music is the target domain")
    try expectRefusal(
      ["explain", store, "--user", "u0001", "--item", "mu-0001", "--from", "Music"], status: 64,
      "--from: Music is the target domain")
    // explain has no list to cut: -k is no option of it.
    try expectRefusal(
      ["explain", store, "--user", "u0001", "--item", "mu-0001", "-k", "3"], status: 64,
      "unknown option '-k'")
    try expectRefusal(["help", "nope"], status: 64, "unknown subcommand 'nope'")
    for word in ["help", "--help"] {
      let help = try CLI.run(["help", word])
      #expect(help.status == 0 && help.stdout.contains("SUBCOMMANDS:"), "\(word)")
    }
    try expectRefusal(
      ["eval", store, "--to", "Music", "--lambdas", "0.5,2000"], status: 64,
      "--lambdas expects comma-separated numbers in [0, 1000]")
  }

  /// An evaluation without a held-out case has no number to give: an error, and no run stored.
  @Test func evaluationWithoutCases() throws {
    let folder = try TemporaryFolder()
    let data = folder.file("nogroups")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    try Data("item_id\tdomain\ttitle\nb1\tBooks\tDune\nm1\tMovies\tAlien\n".utf8).write(
      to: URL(fileURLWithPath: data + "/items.tsv"))
    try Data("user_id\titem_id\nu1\tb1\nu1\tm1\nu2\tm1\n".utf8).write(
      to: URL(fileURLWithPath: data + "/interactions.tsv"))
    let store = folder.file("nogroups.sqlite")
    #expect(try CLI.run(["import", data, "--out", store]).status == 0)
    try expectRefusal(
      ["eval", store, "--to", "Movies"], status: 65,
      "cannot evaluate: no test user's last interaction is in Movies")
    try expectRefusal(
      ["eval", store, "--to", "Movies", "--protocol", "last"], status: 65,
      "no test users: protocol last draws 10% each of the users with at least 2 Movies")
    #expect(try Store(path: store).evaluationRuns().isEmpty)
  }

  @Test func importAndEmbedArguments() throws {
    let folder = try TemporaryFolder()
    let data = CLITests.root.appendingPathComponent("Data").path
    let out = folder.file("out.sqlite")
    try expectRefusal(
      ["import", data, "--out", out, "--domains", "Books,Books,Music"], status: 64,
      "--domains names Books twice")
    try expectRefusal(
      ["import", data, "--out", out, "--domains", ""], status: 64, "--domains has an empty name")
    try expectRefusal(["import", data, "--out", ""], status: 64, "--out is empty")
    #expect(!FileManager.default.fileExists(atPath: out))
    // The export folder is checked before minutes of embedding, not after.
    let store = try ModelCommandTests.trained.get()
    try expectRefusal(
      ["embed", store, "--export", folder.file("missing/deeper")], status: 64,
      "--export: no folder")
    try expectRefusal(
      ["embed", store, "--seed", folder.file("missing")], status: 66,
      "\(folder.file("missing")): no such file or directory")
  }

  @Test(
    .enabled(
      if: (try? MiniLMModelFiles.locate()) != nil,
      "needs the MiniLM weights: run scripts/fetch-model.sh (offline, this test skips)"))
  func textInputs() throws {
    let store = try ModelCommandTests.trained.get()
    try expectRefusal(
      ["similar", store, "--text", "  ", "--to", "Music"], status: 64, "--text is empty")
    try expectRefusal(
      ["similar", store, "--text", "jazz", "--to", "Music", "--lambda", "1"], status: 64,
      "--lambda needs --user")
    // Bad bytes on standard input are named by line, not silently dropped.
    try expectRefusal(
      ["encode"], status: 65, "standard input:2: invalid UTF-8",
      input: Data([0x6F, 0x6B, 0x0A, 0xFF, 0xFE, 0x20, 0x62, 0x0A]))
  }
}
