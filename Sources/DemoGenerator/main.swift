import DemoSimulation
import Foundation

// Writes the demo dataset: reads the catalogue from <out>/catalog (or --catalog), simulates the
// users from the seed and writes items.tsv, users.tsv, interactions.tsv and tastes.tsv to <out>.

let usage = """
  usage: swift run DemoGenerator [--seed N] [--out DIR] [--catalog DIR]

    --seed N        seed of the simulation (default 42, which made the committed Data/)
    --out DIR       folder to write the four .tsv files to (default Data)
    --catalog DIR   catalogue sources (default DIR/catalog)
  """

/// A bad command line, printed with the usage.
struct UsageError: Error, CustomStringConvertible {
  var description: String
}

struct Options {
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

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
  print(usage)
  exit(0)
}
do {
  let options = try Options(arguments: arguments)
  let output = URL(fileURLWithPath: options.output)
  let catalogURL =
    options.catalog.map { URL(fileURLWithPath: $0) }
    ?? output.appendingPathComponent("catalog")
  let catalog = try Catalog.load(from: catalogURL)
  let world = SimulatedWorld(catalog: catalog, configuration: options.configuration)
  try world.write(to: output)
  let perDomain = DemoDomain.allCases.map { domain in
    let count = world.interactions.count { world.catalog.items[$0.item].domain == domain }
    return "\(domain.rawValue) \(count)"
  }
  print(
    "seed \(options.configuration.seed): \(catalog.items.count) items, \(world.users.count) users,"
      + " \(world.interactions.count) interactions (\(perDomain.joined(separator: ", ")))"
      + " written to \(output.path)")
} catch let error as UsageError {
  FileHandle.standardError.write(Data("error: \(error)\n\n\(usage)\n".utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
