/// `--name value` pairs from the command line, for the benchmark subcommands.
struct BenchmarkOptions {
  private var pairs: [String: String] = [:]

  init(_ arguments: [String]) {
    var k = 0
    while k < arguments.count {
      if arguments[k].hasPrefix("--"), k + 1 < arguments.count {
        pairs[arguments[k]] = arguments[k + 1]
        k += 2
      } else {
        k += 1
      }
    }
  }

  func value(_ name: String) -> String? { pairs[name] }
}
