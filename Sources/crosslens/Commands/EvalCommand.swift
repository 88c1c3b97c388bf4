import CommandLineKit
import CrossLensCore
import Foundation

/// `crosslens eval STORE --to T [--from S[,S2]] [--scenario warm|cold]
/// [--protocol random|last|groups] [--negatives N] [--seed N]`: every baseline and the fused
/// model on held-out users.
struct EvalCommand: CrossLensCommand {
  static let spec = CommandSpec(
    name: "crosslens eval",
    abstract: "Evaluate every component alone and the fused model, with a λ sweep.",
    discussion: """
      Splits the store's data (seeded), refits the model on the training part (so a cold run \
      never saw the evaluated users' target history), ranks every evaluated user's candidates \
      (full ranking, or --negatives N sampled) and reports metrics at K (README.md, \
      "Numbers shown"). The results are also recorded in the store's evaluation runs.
      """,
    arguments: [
      .positional("store", help: "A store written by 'crosslens import'."),
      .option("to", valueName: "T", required: true, help: "Target domain."),
      .option(
        "from", valueName: "S[,S2]",
        help: "Source domains of each user's input besides T (default: every other domain)."),
      .option(
        "scenario", valueName: "warm|cold", default: "warm", help: "Scenario."),
      .option(
        "protocol", valueName: "random|last|groups", default: "groups",
        help: "Held-out cases; groups: the data's valid/test users."),
      .option(
        "negatives", valueName: "n", help: "Sampled protocol: the target plus n random items."),
      .option("seed", valueName: "n", help: "Seed of the split and the samples (default 0)."),
      .option("k", short: "k", valueName: "n", help: "Cut-off K, at most 1000 (default 10)."),
      .option(
        "users", valueName: "test|valid", default: "test",
        help: "Which held-out users."),
      .option(
        "max-cases", valueName: "n",
        help: "Evaluate a seeded sample of at most n of those users' cases (default: all)."),
    ] + ModelSupport.fitArguments + [
      .option(
        "lambdas", valueName: "λ,λ,…",
        help: "λ values of the fused sweep (default 0.1,0.2,0.5,1; λ = 0 is the fused row)."),
      .flag("json", help: "Print JSON instead of a table."),
    ])

  let path: String
  let targetName: String
  let sourceNames: String?
  let evaluation: EvaluationRun
  let json: Bool

  init(_ arguments: ParsedArguments) throws {
    path = arguments.positional("store") ?? ""
    targetName = arguments.value("to") ?? ""
    sourceNames = arguments.value("from")
    json = arguments.flag("json")
    var run = EvaluationRun(target: -1)
    guard let scenario = EvaluationScenario(rawValue: arguments.value("scenario") ?? "warm") else {
      throw UsageError("--scenario must be warm or cold", spec: Self.spec)
    }
    guard let p = EvaluationProtocol(rawValue: arguments.value("protocol") ?? "groups") else {
      throw UsageError("--protocol must be random, last or groups", spec: Self.spec)
    }
    run.scenario = scenario
    run.evaluationProtocol = p
    if let n = try arguments.integer("negatives") {
      guard n >= 1 else { throw UsageError("--negatives must be at least 1", spec: Self.spec) }
      run.negatives = n
    }
    if let seed = try arguments.integer("seed") {
      guard seed >= 0 else { throw UsageError("--seed must be ≥ 0", spec: Self.spec) }
      run.seed = UInt64(seed)
    }
    if let k = try arguments.integer("k") {
      guard (1...1000).contains(k) else {
        throw UsageError("-k must be in [1, 1000]", spec: Self.spec)
      }
      run.k = k
    }
    if let n = try arguments.integer("max-cases") {
      guard n >= 1 else { throw UsageError("--max-cases must be at least 1", spec: Self.spec) }
      run.maxCases = n
    }
    try ModelSupport.fitSettings(arguments, into: &run.configuration)
    if let text = arguments.value("lambdas") {
      guard let lambdas = EvaluationRun.lambdas(parsing: text),
        lambdas.allSatisfy({ Double($0) <= ModelSupport.maxLambda })
      else {
        throw UsageError(
          "--lambdas expects comma-separated numbers in [0, \(Int(ModelSupport.maxLambda))], "
            + "got '\(text)'", spec: Self.spec)
      }
      run.lambdas = lambdas
    }
    switch arguments.value("users") ?? "test" {
    case "test": run.useValidation = false
    case "valid": run.useValidation = true
    default: throw UsageError("--users must be test or valid", spec: Self.spec)
    }
    self.evaluation = run
  }

  func run() throws {
    let store = try Store(path: path)
    let dataset = try store.loadDataset()
    var run = evaluation
    run.target = try ModelSupport.domain(targetName, in: dataset, spec: Self.spec)
    let sources = try sourceNames.map {
      Set(try ModelSupport.sources($0, target: run.target, in: dataset, spec: Self.spec))
    }
    run.sources = sources
    // Names as the dataset spells them, in its order.
    let from = sources.map { s in
      dataset.domains.indices.filter(s.contains).map { dataset.domains[$0] }
    }
    let rows = try run.run(
      dataset: dataset,
      embeddings: try ModelSupport.embeddings(
        in: store, for: dataset, configuration: run.configuration),
      progress: { line in ProgressReporter.writeToStandardError("eval: \(line)\n") })
    let protocolName =
      run.evaluationProtocol.rawValue + (run.negatives.map { " sampled \($0)" } ?? " full")
    var object: [String: Any] = [
      "protocol": run.evaluationProtocol.rawValue, "negatives": run.negatives ?? 0,
      "seed": Int(run.seed), "users": run.useValidation ? "valid" : "test",
      "rows": rows.map { r -> [String: Any] in
        var row: [String: Any] = [
          "model": r.model, "scenario": r.scenario, "target": r.target,
          "lambda": ModelSupport.number(r.lambda), "cases": r.cases, "metrics": r.metrics,
          "standardErrors": r.standardErrors,
        ]
        if let d = r.ndcgVersusFused {
          row["ndcgVersusFused"] = ["mean": d.mean, "standardError": d.standardError]
        }
        return row
      },
    ]
    if let from { object["from"] = from }
    if let n = run.maxCases { object["maxCases"] = n }
    let text = try ModelSupport.json(object)
    _ = try store.addEvaluationRun(
      parameters: try ModelSupport.json([
        "to": targetName, "scenario": run.scenario.rawValue, "protocol": protocolName,
        "seed": Int(run.seed), "k": run.k, "fusionUsers": run.configuration.fusionUsers,
        "exposureUsers": run.configuration.exposureUsers,
        "lambdas": run.lambdas.map { ModelSupport.number($0) },
        "maxCases": run.maxCases.map { $0 as Any } ?? NSNull(),
        "from": from
          ?? dataset.domains.indices.filter { $0 != run.target }.map {
            dataset.domains[$0]
          },
      ]), results: text)
    if json {
      print(text)
      return
    }
    let k = run.k
    let domains = from.map { $0.joined(separator: ", ") + " → " } ?? ""
    print(
      "\(domains)\(targetName) · \(run.scenario.rawValue) · \(protocolName) · "
        + "\(rows.first?.cases ?? 0) users")
    // Each column as wide as the wider of its heading and its values.
    let headings = [
      "model", "λ", "ndcg@\(k)", "±se", "Δfused", "±se", "recall@\(k)", "mrr@\(k)", "hit@\(k)",
      "cov@\(k)", "novelty", "ILD", "gini",
    ]
    let table = rows.map { r -> [String] in
      let m = { (name: String) in String(format: "%.4f", r.metrics["\(name)@\(k)"] ?? 0) }
      return [
        r.model, String(format: "%g", Double(r.lambda)), m("ndcg"),
        String(format: "%.4f", r.standardErrors["ndcg@\(k)"] ?? 0),
        r.ndcgVersusFused.map { String(format: "%+.4f", $0.mean) } ?? "–",
        r.ndcgVersusFused.map { String(format: "%.4f", $0.standardError) } ?? "",
        m("recall"), m("mrr"), m("hit"), m("coverage"),
        String(format: "%.2f", r.metrics["novelty@\(k)"] ?? 0),
        r.metrics["diversity@\(k)"].map { String(format: "%.2f", $0) } ?? "–",
        String(format: "%.2f", r.metrics["gini@\(k)"] ?? 0),
      ]
    }
    let widths = headings.indices.map { c in
      ([headings[c]] + table.map { $0[c] }).map(\.count).max() ?? 0
    }
    for line in [headings] + table {
      print(
        zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
          .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
    }
  }
}
