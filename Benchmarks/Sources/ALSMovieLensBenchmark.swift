import CrossLensCore
import Foundation

/// ALS on RecBole's ml-1m (read by `RecBoleLoader`): ratings ≥ 4 are positives; each user's
/// positives (in time order) are shuffled (SplitMix64, seed 0, users in dataset order) and the
/// first ⌊0.2·n⌋ held out.
/// Writes the split for `Benchmarks/python/als_ml1m.py`, fits `runs` times, and reports the
/// median fit time and NDCG@10 over users with held-out items (training items excluded).
enum ALSMovieLensBenchmark {
  struct Split {
    var train: CSRMatrix
    var test: [[Int32]]
  }

  static func split(_ dataset: Dataset, seed: UInt64) -> Split {
    var byUser = [[Int32]](repeating: [], count: dataset.users.count)
    for x in dataset.interactions where (x.value ?? 0) >= 4 {
      byUser[Int(x.user)].append(x.item)
    }
    var rng = SplitMix64(seed: seed)
    var triplets: [(row: Int32, column: Int32, value: Float)] = []
    var test = [[Int32]](repeating: [], count: byUser.count)
    for (u, items) in byUser.enumerated() {
      var shuffled = items
      shuffled.shuffle(using: &rng)
      let held = shuffled.count / 5
      test[u] = Array(shuffled[0..<held])
      for i in shuffled[held...] { triplets.append((Int32(u), i, 1)) }
    }
    let train = CSRMatrix(rows: byUser.count, columns: dataset.items.count, triplets: triplets)
    return Split(train: train, test: test)
  }

  static func export(_ split: Split, to path: String) throws {
    var out = "user\titem\tpart\n"
    for u in 0..<split.train.rows {
      for i in split.train.row(u).columns { out += "\(u)\t\(i)\ttrain\n" }
      for i in split.test[u] { out += "\(u)\t\(i)\ttest\n" }
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
  }

  static func evaluate(_ model: ImplicitALS, _ split: Split) -> Double {
    let all = (0..<Int32(split.train.columns)).map { $0 }
    var total = 0.0
    var count = 0
    for u in 0..<split.train.rows where !split.test[u].isEmpty {
      let scores = model.scores(userVector: model.userFactors.row(u), candidates: all)
      let seen = Set(split.train.row(u).columns)
      total += ndcg(
        ranked: topK(scores, k: 10, excluding: seen), relevant: Set(split.test[u]), k: 10)
      count += 1
    }
    return total / Double(max(count, 1))
  }

  static func run(arguments: [String]) throws {
    let options = BenchmarkOptions(arguments)
    let inter = options.value("--inter") ?? "external/ml-1m/ml-1m.inter"
    let exportPath = options.value("--export") ?? "external/ml-1m-split.tsv"
    let runs = Int(options.value("--runs") ?? "3") ?? 3
    let threads = Int(options.value("--threads") ?? "2") ?? 2
    let solverName = options.value("--solver") ?? "cg"
    let split = split(try ImportLayout.load(inter).dataset, seed: 0)
    try export(split, to: exportPath)
    print(
      "ml-1m: \(split.train.rows) users, \(split.train.columns) items, \(split.train.nonZeroCount) train, \(split.test.map(\.count).reduce(0, +)) test positives; split written to \(exportPath)"
    )
    let parameters = ImplicitALS.Parameters(
      factors: 64, regularization: 0.05, alpha: 1, iterations: 15, seed: 0, threads: threads,
      solver: solverName == "cholesky" ? .cholesky : .conjugateGradient(steps: 3),
      computesObjective: false)
    let python = options.value("--python")
    var times: [Double] = []
    var referenceTimes: [Double] = []
    var referenceNDCG: String?
    var model: ImplicitALS?
    for _ in 0..<runs {
      let clock = ContinuousClock()
      let start = clock.now
      model = try ImplicitALS.fit(split.train, parameters: parameters)
      let d = clock.now - start
      times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
      if let python {
        let (seconds, ndcg) = try runImplicit(python: python, split: exportPath, threads: threads)
        referenceTimes.append(seconds)
        referenceNDCG = ndcg
      }
    }
    guard let model else { return }
    let score = evaluate(model, split)
    print(
      "swift-als solver=\(solverName) threads=\(threads) fit_seconds=\(format(times)) median=\(String(format: "%.3f", median(times))) ndcg@10=\(String(format: "%.4f", score))"
    )
    if let referenceNDCG {
      let ratios = zip(times, referenceTimes).map { $0 / $1 }
      print(
        "implicit-0.7.3 (same objective, interleaved) threads=\(threads) fit_seconds=\(format(referenceTimes)) median=\(String(format: "%.3f", median(referenceTimes))) ndcg@10=\(referenceNDCG)"
      )
      print(
        "ratio swift/implicit: median times \(String(format: "%.2f", median(times) / median(referenceTimes))), per-pair \(format(ratios))"
      )
    }
  }

  private static func format(_ xs: [Double]) -> String {
    "[" + xs.map { String(format: "%.3f", $0) }.joined(separator: " ") + "]"
  }

  /// One fit of `implicit` through `Benchmarks/python/als_ml1m.py` (same objective, one run),
  /// with OpenBLAS at one thread; returns its fit time and NDCG@10 as printed.
  private static func runImplicit(python: String, split: String, threads: Int) throws -> (
    Double, String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      python, "Benchmarks/python/als_ml1m.py", split, "--runs", "1", "--threads", "\(threads)",
      "--skip-ease", "--variant", "plus-one",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_NUM_THREADS"] = "1"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    func field(_ name: String) -> String? {
      output.split(separator: " ").first { $0.hasPrefix(name + "=") }.map {
        String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
    guard process.terminationStatus == 0, let t = field("median").flatMap(Double.init),
      let ndcg = field("ndcg@10")
    else {
      throw BenchmarkSetupError("implicit run failed (is implicit==0.7.3 installed?): \(output)")
    }
    return (t, ndcg)
  }
}
