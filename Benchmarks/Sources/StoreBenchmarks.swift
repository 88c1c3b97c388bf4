struct StoreBenchmarks {
  let folder: String
  func run() {}
}
