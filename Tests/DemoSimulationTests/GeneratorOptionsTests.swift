import Testing

@testable import DemoSimulation

@Suite("DemoGenerator command line")
struct GeneratorOptionsTests {
  @Test("defaults, and every flag read")
  func parses() throws {
    let defaults = try GeneratorOptions(arguments: [])
    #expect(defaults.configuration.seed == 42)
    #expect(defaults.output == "Data")
    #expect(defaults.catalog == nil)
    let options = try GeneratorOptions(
      arguments: ["--seed", "7", "--out", "/tmp/x", "--catalog", "cat"])
    #expect(options.configuration.seed == 7)
    #expect(options.output == "/tmp/x")
    #expect(options.catalog == "cat")
  }

  @Test(
    "bad command lines are named",
    arguments: [
      (["--seed", "-1"], "--seed '-1' is not a non-negative whole number"),
      (["--seed"], "--seed needs a value"),
      (["--sed", "1"], "unknown argument '--sed'"),
      (["Data"], "unknown argument 'Data'"),
    ])
  func rejects(arguments: [String], message: String) {
    #expect(throws: UsageError(description: message)) {
      try GeneratorOptions(arguments: arguments)
    }
  }
}
