import Testing

@testable import CommandLineKit

@Suite struct ArgumentParserTests {
  static let spec = CommandSpec(
    name: "tool run", abstract: "Runs.",
    arguments: [
      .positional("input", help: "The input."),
      .positional("extra", optional: true, help: "More."),
      .option("out", short: "o", valueName: "file", required: true, help: "Where."),
      .option("k", valueName: "n", default: "10", help: "How many."),
      .option("tag", repeating: true, help: "A tag."),
      .flag("json", help: "JSON."),
    ])

  func parse(_ words: [String]) throws -> ParsedArguments {
    try ArgumentParser.parse(words, for: Self.spec)
  }

  func usageError(_ words: [String]) -> String? {
    do {
      _ = try parse(words)
      return nil
    } catch let error as UsageError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func optionsFlagsAndPositionalsInAnyOrder() throws {
    let parsed = try parse([
      "--json", "in.tsv", "-o", "s.db", "--tag=a", "--tag", "b", "more", "--k", "-3",
    ])
    #expect(parsed.positional("input") == "in.tsv")
    #expect(parsed.positional("extra") == "more")
    #expect(parsed.value("out") == "s.db")
    #expect(parsed.values("tag") == ["a", "b"])
    #expect(parsed.flag("json"))
    #expect(try parsed.integer("k") == -3)
    #expect(!parsed.helpRequested)
  }

  @Test func defaultsAndAbsentValues() throws {
    let parsed = try parse(["in.tsv", "--out", "s.db"])
    #expect(parsed.value("k") == "10")
    #expect(parsed.positional("extra") == nil)
    #expect(!parsed.flag("json"))
    #expect(parsed.values("tag") == [])
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try parse(["--out", "s.db", "--", "--json"])
    #expect(parsed.positional("input") == "--json")
    #expect(!parsed.flag("json"))
  }

  @Test func helpWinsOverEverythingElse() throws {
    #expect(try parse(["--bogus", "-h"]).helpRequested)
    #expect(try parse(["--help"]).helpRequested)
  }

  @Test func usageErrorsSayWhatIsWrong() {
    #expect(
      usageError(["in", "--out", "s", "--jsn"]) == "unknown option '--jsn' (did you mean '--json'?)"
    )
    #expect(usageError(["in", "--out", "s", "--zzzzzz"]) == "unknown option '--zzzzzz'")
    #expect(usageError(["in", "-x"]) == "unknown option '-x'")
    #expect(usageError(["in", "--out"]) == "option '--out' needs a value")
    #expect(usageError(["in"]) == "missing required option '--out'")
    #expect(usageError(["--out", "s"]) == "missing argument <input>")
    #expect(usageError(["a", "b", "c", "--out", "s"]) == "unexpected argument 'c'")
    #expect(usageError(["a", "--out", "s", "--json=yes"]) == "flag '--json' takes no value")
    #expect(usageError(["a", "--out", "s", "-o", "t"]) == "option '--out' given twice")
    #expect(usageError(["a", "--out", "s", "--k=1", "--k", "1"]) == "option '--k' given twice")
    let parsed = try? parse(["a", "--out", "s", "--k", "ten"])
    #expect(throws: UsageError("option '--k' expects an integer, got 'ten'", spec: Self.spec)) {
      try parsed?.integer("k")
    }
  }

  @Test func usageErrorPrintsUsageAndPointsToHelp() {
    let error = UsageError("missing argument <input>", spec: Self.spec)
    #expect(
      error.description == """
        missing argument <input>
        usage: tool run <input> [<extra>] --out <file> [--k <n>] [--tag <value>] ... [--json]
        see 'tool run --help'
        """)
  }

  @Test func helpIsGeneratedFromTheDeclarations() {
    #expect(
      Self.spec.help == """
        OVERVIEW: Runs.

        USAGE: tool run <input> [<extra>] --out <file> [--k <n>] [--tag <value>] ... [--json]

        ARGUMENTS:
          <input>                 The input.
          <extra>                 More.

        OPTIONS:
          -o, --out <file>        Where.
          --k <n>                 How many (default 10).
          --tag <value>           A tag (may be repeated).
          --json                  JSON.
          -h, --help              Show help information.
        """)
  }

  @Test func editDistance() {
    #expect(ArgumentParser.editDistance("kitten", "sitting") == 3)
    #expect(ArgumentParser.editDistance("", "abc") == 3)
    #expect(ArgumentParser.editDistance("same", "same") == 0)
    #expect(ArgumentParser.nearest("improt", among: ["import", "info"]) == "import")
  }
}
