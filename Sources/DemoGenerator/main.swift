import CommandLineKit
import DemoSimulation
import Foundation

// Writes the demo dataset: reads the catalogue from <out>/catalog (or --catalog), simulates the
// users from the seed and writes items.tsv, users.tsv, interactions.tsv and tastes.tsv to <out>.

do {
  let options = try GeneratorOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  if options.helpRequested {
    print(GeneratorOptions.spec.help)
    exit(0)
  }
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
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
