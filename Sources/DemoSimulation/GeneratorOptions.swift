import CommandLineKit

/// The command line of `DemoGenerator`, parsed with the project's `CommandLineKit`.
public struct GeneratorOptions: Sendable {
  public static let spec = CommandSpec(
    name: "DemoGenerator",
    abstract: "Writes the demo dataset: simulated users over the catalogue in Data/catalog.",
    discussion:
      "Reads the catalogue, simulates the users from the seed and writes items.tsv, users.tsv,"
      + " interactions.tsv and tastes.tsv. Seed 42 made the committed Data/ files.",
    arguments: [
      .option("seed", valueName: "n", default: "42", help: "Seed of the simulation."),
      .option("out", valueName: "dir", default: "Data", help: "Folder to write the files to."),
      .option(
        "catalog", valueName: "dir",
        help: "Catalogue sources (default: the catalog folder inside --out)."),
    ])

  public var configuration = SimulationConfiguration()
  /// The folder the generated files go to.
  public var output = "Data"
  /// The catalogue folder, when not `output/catalog`.
  public var catalog: String?
  /// True when `--help` was given; nothing else was parsed then.
  public var helpRequested = false

  /// Parses the arguments after the program name.
  /// - Throws: `UsageError` naming the bad argument.
  public init(arguments: [String]) throws {
    let parsed = try ArgumentParser.parse(arguments, for: Self.spec)
    helpRequested = parsed.helpRequested
    guard !helpRequested else { return }
    let seedText = parsed.value("seed") ?? "42"
    guard let seed = UInt64(seedText) else {
      throw UsageError(
        "--seed '\(seedText)' is not a whole number from 0 to 2^64-1", spec: Self.spec)
    }
    configuration.seed = seed
    output = parsed.value("out") ?? output
    catalog = parsed.value("catalog")
  }
}
