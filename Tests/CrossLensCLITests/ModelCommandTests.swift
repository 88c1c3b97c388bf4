import CrossLensCore
import Foundation
import Testing

/// `train`, `recommend`, `explain` and `eval` on the demo data, checked against the library's
/// own answers for the stored model and against the definitions (contributions sum to the
/// score, explanation terms to the raw score).
@Suite(.serialized) struct ModelCommandTests {
  /// A demo store trained with small settings (so the suite stays quick), built once.
  static let trained: Result<String, Error> = Result {
    let folder = NSTemporaryDirectory() + "crosslens-model-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = folder + "/demo.sqlite"
    let data = CLITests.root.appendingPathComponent("Data").path
    let imported = try CLI.run(["import", data, "--out", store])
    guard imported.status == 0 else { throw CLI.CLIError(description: imported.stderr) }
    let train = try CLI.run([
      "train", store, "--factors", "8", "--iterations", "2", "--svd-rank", "8",
      "--fusion-users", "0", "--exposure-users", "50", "--knn-shrinkage", "25",
      "--knn-half-life", "1.5", "--json",
    ])
    guard train.status == 0 else { throw CLI.CLIError(description: train.stderr) }
    return store
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func trainStoresAModelTheLibraryLoads() throws {
    let store = try Self.trained.get()
    let opened = try Store(path: store)
    let dataset = try opened.loadDataset()
    let model = try opened.loadModel(dataset: dataset) {
      try ItemEmbeddings.best(in: opened, for: dataset, standInDimension: $0.standInDimension)
    }
    #expect(model.configuration.als.factors == 8 && model.configuration.als.iterations == 2)
    #expect(model.configuration.svd.rank == 8 && model.configuration.fusionUsers == 0)
    #expect(model.configuration.exposureUsers == 50)
    // The item-kNN settings reach the configuration and the fitted component.
    #expect(model.configuration.knn.shrinkage == 25)
    #expect(model.configuration.knn.recency.halfLife == 1.5)
    let knn = try #require(model.components.compactMap { $0 as? ItemKNN }.first)
    #expect(knn.parameters.shrinkage == 25 && knn.parameters.recency.halfLife == 1.5)
    #expect(model.exposure.tallies.allSatisfy { $0.users <= 50 } && !model.exposure.tallies.isEmpty)
    // The ALS objective of every iteration is kept with each ALS artifact.
    let joint = try #require(model.components.compactMap { $0 as? ImplicitALS }.first)
    #expect(joint.objectives.count == 2 && joint.objectives.allSatisfy(\.isFinite))
    let target = try #require(model.components.compactMap { $0 as? TargetDomainALS }.first)
    #expect(target.models.values.allSatisfy { $0.objectives.count == 2 })
  }

  /// `train` reports the joint ALS objective per iteration as it goes, and every fit's in its
  /// summary (text and JSON).
  @Test func trainReportsTheObjectivePerIteration() throws {
    let copy = NSTemporaryDirectory() + "crosslens-objective-\(UUID().uuidString).sqlite"
    try FileManager.default.copyItem(atPath: try Self.trained.get(), toPath: copy)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let settings = [
      "--factors", "8", "--iterations", "3", "--svd-rank", "8", "--fusion-users", "0",
    ]
    let text = try CLI.run(["train", copy] + settings)
    #expect(text.status == 0, "\(text.stderr)")
    for n in 1...3 {
      #expect(
        text.stderr.contains("train: als-joint iteration \(n)/3: objective "), "\(text.stderr)")
    }
    #expect(text.stdout.contains("als-joint objective: "), "\(text.stdout)")
    #expect(text.stdout.contains("als-target/Music objective: "), "\(text.stdout)")
    let json = try Self.json(try CLI.run(["train", copy, "--json"] + settings).stdout)
    let objectives = try #require(json["objectives"] as? [String: [Double]])
    #expect(objectives["als-joint"]?.count == 3)
    #expect(
      Set(objectives.keys) == [
        "als-joint", "als-target/Books", "als-target/Movies", "als-target/Music",
      ])
  }

  /// A store trained by a version whose configuration lacked a field (here `bridgeWhitening`,
  /// as before 9176e97) is an artifact error — what the explorer retrains on — not a crash.
  @Test func modelOfAnOlderFormatIsAnArtifactError() throws {
    let copy = NSTemporaryDirectory() + "crosslens-old-model-\(UUID().uuidString).sqlite"
    try FileManager.default.copyItem(atPath: try Self.trained.get(), toPath: copy)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let store = try Store(path: copy)
    let dataset = try store.loadDataset()
    let manifest = try #require(try store.artifact(kind: "model", name: "default"))
    var parameters = try #require(
      try JSONSerialization.jsonObject(with: Data(manifest.parameters.utf8)) as? [String: Any])
    parameters["bridgeWhitening"] = nil
    try store.putArtifact(
      kind: "model", name: "default",
      parameters: String(
        decoding: try JSONSerialization.data(withJSONObject: parameters), as: UTF8.self),
      dataHash: manifest.dataHash, blob: manifest.blob)
    #expect(throws: ArtifactDecodingError.self) {
      try store.loadModel(dataset: dataset) {
        try ItemEmbeddings.best(in: store, for: dataset, standInDimension: $0.standInDimension)
      }
    }
  }

  @Test func recommendPrintsWhatTheLibraryRanks() throws {
    let store = try Self.trained.get()
    let result = try CLI.run([
      "recommend", store, "--user", "u0001", "--from", "Books", "--to", "Movies", "-k", "7",
      "--lambda", "0.3", "--weights", "item-knn=2,svd=0.5", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try Self.json(result.stdout)["rows"] as? [[String: Any]])

    let opened = try Store(path: store)
    let dataset = try opened.loadDataset()
    let model = try opened.loadModel(dataset: dataset) {
      try ItemEmbeddings.best(in: opened, for: dataset, standInDimension: $0.standInDimension)
    }
    let user = try #require(dataset.userIndexByID["u0001"])
    let movies = try #require(dataset.domainIndex(named: "Movies"))
    let books = try #require(dataset.domainIndex(named: "Books"))
    var parameters = model.defaultParameters(user: user, target: movies)
    parameters.k = 7
    parameters.lambda = 0.3
    parameters.weights["item-knn"] = 2
    parameters.weights["svd"] = 0.5
    let expected = model.recommend(
      user: user, sources: [books], target: movies, parameters: parameters
    ).rows
    #expect(rows.count == 7 && expected.count == 7)
    for (row, want) in zip(rows, expected) {
      #expect(row["item"] as? String == dataset.items[Int(want.item)].id)
      let score = try #require(row["finalScore"] as? Double)
      #expect(abs(score - Double(want.finalScore)) < 1e-3)
      let contributions = try #require(row["contributions"] as? [String: Double])
      let penalty = try #require(row["penalty"] as? Double)
      #expect(abs(contributions.values.reduce(0, +) - penalty - score) < 1e-3)
    }
  }

  @Test func explainTermsAddUpToTheRecommendedScore() throws {
    let store = try Self.trained.get()
    let top = try CLI.run([
      "recommend", store, "--user", "u0002", "--from", "Music", "--to", "Books", "-k", "1",
      "--json",
    ])
    let row = try #require((try Self.json(top.stdout)["rows"] as? [[String: Any]])?.first)
    let item = try #require(row["item"] as? String)
    let result = try CLI.run([
      "explain", store, "--user", "u0002", "--item", item, "--from", "Music", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let components = try #require(try Self.json(result.stdout)["components"] as? [[String: Any]])
    var score = 0.0
    for component in components {
      let raw = try #require(component["raw"] as? Double)
      let terms = (component["groups"] as? [[String: Any]] ?? []).flatMap {
        $0["terms"] as? [[String: Any]] ?? []
      }
      let other = component["other"] as? [[String: Any]] ?? []
      let sum =
        (terms + other).compactMap { $0["amount"] as? Double }.reduce(0, +)
        + (component["remainder"] as? Double ?? 0)
      #expect(abs(sum - raw) < 2e-3 * Swift.max(1, abs(raw)), "\(component["name"] ?? "")")
      score += component["contribution"] as? Double ?? 0
    }
    let recommended = try #require(row["score"] as? Double)
    #expect(abs(score - recommended) < 1e-3)
    // The text prints each term with the raw score's four places: they add up to it there too.
    let text = try CLI.run(["explain", store, "--user", "u0002", "--item", item, "--from", "Music"])
    var raw: Double?
    var sum = 0.0
    var checked = 0
    func close() {
      if let raw {
        #expect(abs(sum - raw) < 1e-3 * Swift.max(1, abs(raw)), "\(text.stdout)")
        checked += 1
      }
    }
    for line in text.stdout.split(separator: "\n") {
      if let range = line.range(of: ": raw ") {
        close()
        raw = Double(line[range.upperBound...].prefix { $0 != " " })
        sum = 0
      } else if line.hasPrefix("    "), raw != nil,
        let amount = line.split(separator: " ").first.flatMap({ Double($0) })
      {
        sum += amount
      } else if line.isEmpty {
        close()
        raw = nil
      }
    }
    #expect(checked >= 3, "\(text.stdout)")
  }

  @Test func evalReportsEveryBaselineFusedAndTheSweep() throws {
    let store = try Self.trained.get()
    let result = try CLI.run([
      "eval", store, "--to", "Movies", "--scenario", "cold", "--fusion-users", "0", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try Self.json(result.stdout)["rows"] as? [[String: Any]])
    let names = rows.compactMap { $0["model"] as? String }
    for name in [
      "popularity", "item-knn", "als-target", "als-joint", "svd", "semantic", "semantic-bridge",
      "fused",
    ] {
      #expect(names.contains(name), "no row \(name)")
    }
    #expect(names.filter { $0 == "fused" }.count == 5)  // λ 0 and the sweep 0.1 … 1
    for row in rows {
      #expect(row["scenario"] as? String == "cold" && row["target"] as? String == "Movies")
      let metrics = try #require(row["metrics"] as? [String: Double])
      for key in ["ndcg@10", "recall@10", "coverage@10"] {
        let value = try #require(metrics[key])
        #expect((0...1).contains(value), "\(key) = \(value)")
      }
      #expect(metrics["ndcg@10"]! <= metrics["hit@10"]! + 1e-12)
      let errors = try #require(row["standardErrors"] as? [String: Double])
      #expect((errors["ndcg@10"] ?? -1) >= 0 && (errors["recall@10"] ?? -1) >= 0)
      // Every row but fused at λ = 0 is compared with it on the same users.
      let isReference = row["model"] as? String == "fused" && row["lambda"] as? Double == 0
      let versus = row["ndcgVersusFused"] as? [String: Double]
      #expect(isReference == (versus == nil))
      if let versus {
        #expect((versus["standardError"] ?? -1) >= 0 && abs(versus["mean"] ?? 2) <= 1)
      }
    }
  }

  @Test func evalSweepsTheLambdasGiven() throws {
    let store = try Self.trained.get()
    let result = try CLI.run([
      "eval", store, "--to", "Movies", "--fusion-users", "0", "--lambdas", "0.25,2", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try Self.json(result.stdout)["rows"] as? [[String: Any]])
    let lambdas = rows.filter { $0["model"] as? String == "fused" }.compactMap {
      $0["lambda"] as? Double
    }
    #expect(lambdas == [0, 0.25, 2])
    // The table tells the sweep's rows apart by λ, printed in full.
    let table = try CLI.run([
      "eval", store, "--to", "Movies", "--fusion-users", "0", "--lambdas", "0.25",
    ])
    #expect(
      table.stdout.split(separator: "\n").contains {
        $0.hasPrefix("fused") && $0.contains(" 0.25 ")
      })
    for bad in ["0.1,x", "", "-1", "nan", "0.5,"] {
      let refused = try CLI.run(["eval", store, "--to", "Movies", "--lambdas", bad])
      #expect(
        refused.status == 64 && refused.stderr.contains("--lambdas"), "\(bad): \(refused.stderr)")
    }
  }

  @Test func unknownNamesAndUntrainedStoresAreClearErrors() throws {
    let store = try Self.trained.get()
    let ranking = ["recommend", store, "--user", "u0001", "--from", "Movies", "--to", "Music"]
    let explain = ["explain", store, "--user", "u0001", "--item", "mu-0001"]
    let user = try CLI.run([
      "recommend", store, "--user", "nobody", "--from", "Books", "--to", "Movies",
    ])
    #expect(user.status == 64 && user.stderr.contains("no user 'nobody'"))
    let domain = try CLI.run([
      "recommend", store, "--user", "u0001", "--from", "Books", "--to", "X",
    ])
    #expect(domain.status == 64 && domain.stderr.contains("no domain 'X'"))
    let badSettings = [
      ("--knn-shrinkage", "-1", "must be a number ≥ 0"),
      ("--knn-half-life", "0", "must be a number > 0"),
      ("--knn-half-life", "nan", "expects a number"),
      ("--knn-shrinkage", "1e39", "must be a number ≥ 0"),
      ("--knn-half-life", "1e-50", "must be a number > 0"),
    ]
    for (option, value, message) in badSettings {
      for command in [["train", store], ["eval", store, "--to", "Movies"]] {
        let bad = try CLI.run(command + [option, value])
        #expect(bad.status == 64, "\(command) \(option) \(value)")
        #expect(bad.stderr.contains(option) && bad.stderr.contains(message), "\(bad.stderr)")
      }
    }
    // Out of bounds: refused before any work (a slip must not ask for 40 GB, or print inf).
    let outOfBounds = [
      (["train", store, "--factors", "100000"], "--factors must be in [1, 1024]"),
      (["train", store, "--svd-rank", "0"], "--svd-rank must be in [1, 1024]"),
      (["train", store, "--iterations", "1001"], "--iterations must be in [1, 1000]"),
      (["train", store, "--threads", "999"], "--threads must be in [1, 256]"),
      (ranking + ["--lambda", "1e20"], "--lambda must be in [0, 1000]"),
      (ranking + ["--weights", "svd=1e20"], "svd's weight must be in [-1000, 1000]"),
      (ranking + ["--weights", "svd=1,svd=2"], "--weights names svd twice"),
      (ranking + ["--weights", "svd=1,"], "--weights wants name=number pairs, got ''"),
      (explain + ["--weights", "svd=-1e39"], "svd's weight must be in [-1000, 1000]"),
      (["eval", store, "--to", "Music", "-k", "1001"], "-k must be in [1, 1000]"),
    ]
    for (command, message) in outOfBounds {
      let bad = try CLI.run(command)
      #expect(bad.status == 64 && bad.stderr.contains(message), "\(command): \(bad.stderr)")
    }
    // A k past every candidate lists them all, without asking for memory by k.
    let all = try CLI.run(ranking + ["-k", "9223372036854775807", "--json"])
    #expect(all.status == 0, "\(all.stderr)")
    let everything = try Self.json(all.stdout)
    #expect((everything["rows"] as? [Any])?.count == everything["candidates"] as? Int)
    // At the bounds, every number is finite and prints (text and JSON).
    for format in [[], ["--json"]] {
      let extreme = try CLI.run(
        ranking + ["--lambda", "1000", "--weights", "svd=-1000,item-knn=1000"] + format)
      #expect(extreme.status == 0, "\(extreme.stderr)")
      // Whole fields, not substrings: a title may hold "inf" (JSON cannot hold a non-finite
      // number at all, so its status says it).
      let fields = extreme.stdout.split(whereSeparator: \.isWhitespace)
      #expect(!fields.contains { ["inf", "-inf", "nan"].contains($0) }, "\(extreme.stdout)")
    }
    let folder = try TemporaryFolder()
    let fresh = folder.file("fresh.sqlite")
    _ = try CLI.run(["import", CLITests.root.appendingPathComponent("Data").path, "--out", fresh])
    let untrained = try CLI.run([
      "recommend", fresh, "--user", "u0001", "--from", "Books", "--to", "Movies",
    ])
    #expect(untrained.status != 0 && untrained.stderr.contains("run 'crosslens train"))
  }
}
