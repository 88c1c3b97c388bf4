import CommandLineKit
import Testing

@testable import DemoSimulation

@Suite("DemoGenerator command line")
struct GeneratorOptionsTests {
  @Test("defaults, every option read, and --help")
  func parses() throws {
    let defaults = try GeneratorOptions(arguments: [])
    #expect(defaults.configuration.seed == 42)
    #expect(defaults.output == "Data")
    #expect(defaults.catalog == nil)
    #expect(!defaults.helpRequested)
    let options = try GeneratorOptions(
      arguments: ["--seed", "7", "--out=/tmp/x", "--catalog", "cat"])
    #expect(options.configuration.seed == 7)
    #expect(options.output == "/tmp/x")
    #expect(options.catalog == "cat")
    #expect(try GeneratorOptions(arguments: ["--help"]).helpRequested)
    #expect(GeneratorOptions.spec.help.contains("--seed <n>"))
  }

  @Test(
    "bad command lines are named",
    arguments: [
      (["--seed", "-1"], "--seed '-1' is not a whole number from 0 to 2^64-1"),
      (
        ["--seed", "18446744073709551616"],
        "--seed '18446744073709551616' is not a whole number from 0 to 2^64-1"
      ),
      (["--seed"], "option '--seed' needs a value"),
      (["--sed", "1"], "unknown option '--sed' (did you mean '--seed'?)"),
      (["Data"], "unexpected argument 'Data'"),
    ])
  func rejects(arguments: [String], message: String) {
    #expect {
      try GeneratorOptions(arguments: arguments)
    } throws: { error in
      (error as? UsageError)?.message == message
    }
  }
}
