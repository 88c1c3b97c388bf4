import DemoSimulation

/// The parsed command line.
struct GeneratorOptions {
  var configuration = SimulationConfiguration()
  var output = "Data"
  var catalog: String?

  init(arguments: [String]) throws(UsageError) {
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
