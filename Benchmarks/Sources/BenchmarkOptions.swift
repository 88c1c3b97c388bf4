/// `--name value` pairs and bare `--flag`s from the command line, for the benchmark
/// subcommands (an option followed by another `--name`, or by nothing, is a flag).
struct BenchmarkOptions {
  private var pairs: [String: String] = [:]
  private var flags: Set<String> = []

  init(_ arguments: [String]) {
    var k = 0
    while k < arguments.count {
      if arguments[k].hasPrefix("--"), k + 1 < arguments.count,
        !arguments[k + 1].hasPrefix("--")
      {
        pairs[arguments[k]] = arguments[k + 1]
        k += 2
      } else {
        if arguments[k].hasPrefix("--") { flags.insert(arguments[k]) }
        k += 1
      }
    }
  }

  func value(_ name: String) -> String? { pairs[name] }

  func flag(_ name: String) -> Bool { flags.contains(name) }
}
