// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CrossLens",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "CrossLensCore", targets: ["CrossLensCore"]),
    .library(name: "TerminalKit", targets: ["TerminalKit"]),
    .executable(name: "crosslens", targets: ["crosslens"]),
  ],
  targets: [
    // System libraries, found through pkg-config; apt names the package that provides each.
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(
      name: "CBLAS", pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
    .systemLibrary(
      name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),

    // The model library: data, store, encoders, factorisation, ranking, evaluation. No curses.
    .target(name: "CrossLensCore", dependencies: ["CSQLite", "CBLAS"]),
    // Generic terminal toolkit: abstract screen, virtual and curses backends, widgets.
    .target(name: "TerminalKit", dependencies: ["CNCursesW"]),
    // The explorer's screens; views know nothing of the model beyond its public results.
    .target(name: "CrossLensExplorer", dependencies: ["CrossLensCore", "TerminalKit"]),
    // Hand-written argument parsing, generated help, terminal progress (no outside packages).
    .target(name: "CommandLineKit"),
    // Thin command-line front end.
    .executableTarget(
      name: "crosslens",
      dependencies: ["CrossLensCore", "CrossLensExplorer", "TerminalKit", "CommandLineKit"]),
    // The demo dataset's catalogue and user simulation (deterministic from a seed), and the
    // thin executable that writes Data/ with it.
    .target(name: "DemoSimulation", dependencies: ["CommandLineKit"]),
    .executableTarget(name: "DemoGenerator", dependencies: ["DemoSimulation", "CommandLineKit"]),
    .executableTarget(
      name: "CrossLensBenchmarks", dependencies: ["CrossLensCore", "CrossLensExplorer"],
      path: "Benchmarks/Sources"),

    .testTarget(name: "CrossLensCoreTests", dependencies: ["CrossLensCore"]),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    .testTarget(
      name: "CrossLensExplorerTests", dependencies: ["CrossLensExplorer", "CrossLensCore"]),
    .testTarget(name: "CrossLensCLITests", dependencies: ["CrossLensCore"]),
    .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit"]),
    .testTarget(
      name: "DemoSimulationTests",
      dependencies: ["DemoSimulation", "CrossLensCore", "CommandLineKit"]),
  ],
  swiftLanguageModes: [.v6]
)
