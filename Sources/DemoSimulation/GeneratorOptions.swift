/// The command line of `DemoGenerator`: `[--seed N] [--out DIR] [--catalog DIR]`.
public struct GeneratorOptions: Sendable {
  public static let usage = """
    usage: swift run DemoGenerator [--seed N] [--out DIR] [--catalog DIR]

      --seed N        seed of the simulation (default 42, which made the committed Data/)
      --out DIR       folder to write the four .tsv files to (default Data)
      --catalog DIR   catalogue sources (default: the catalog folder inside --out)
    """

  public var configuration = SimulationConfiguration()
  /// The folder the generated files go to.
  public var output = "Data"
  /// The catalogue folder, when not `output/catalog`.
  public var catalog: String?

  /// Parses the arguments after the program name (`--help` is handled by the caller).
  public init(arguments: [String]) throws(UsageError) {
    var remaining = arguments[...]
    while let flag = remaining.popFirst() {
      guard ["--seed", "--out", "--catalog"].contains(flag) else {
        throw UsageError(description: "unknown argument '\(flag)'")
      }
      guard let value = remaining.popFirst() else {
        throw UsageError(description: "\(flag) needs a value")
      }
      switch flag {
      case "--seed":
        guard let seed = UInt64(value) else {
          throw UsageError(description: "--seed '\(value)' is not a non-negative whole number")
        }
        configuration.seed = seed
      case "--out": output = value
      default: catalog = value
      }
    }
  }
}
