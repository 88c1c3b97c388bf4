import Foundation

extension CrossDomainModel {
  /// What the `model` artifact records: how the model was fitted and what it learned.
  struct Manifest: Codable {
    var configuration: ModelConfiguration
    var learnedWeights: LearnedWeights
    /// Absent in models stored before it existed.
    var exposure: ItemExposure?
    var embeddingModel: String
    var embeddingIsStandIn: Bool
    var components: [String]
    var notes: [String]
  }

  /// The model as storable pieces: a `model` manifest (configuration, learned weights,
  /// component order) and one artifact per fitted component. Popularity and the semantic
  /// profile need none: they follow from the dataset and the embeddings.
  public func artifacts() throws -> [ModelArtifact] {
    let embeddings = itemEmbeddings
    let manifest = Manifest(
      configuration: configuration, learnedWeights: learnedWeights, exposure: exposure,
      embeddingModel: embeddings?.model ?? "", embeddingIsStandIn: embeddings?.isStandIn ?? true,
      components: componentNames, notes: notes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let parameters = String(decoding: try encoder.encode(configuration), as: UTF8.self)
    var out = [
      ModelArtifact(
        kind: "model", name: "default", parameters: parameters,
        blob: Array(try encoder.encode(manifest)))
    ]
    for component in components {
      switch component {
      case let knn as ItemKNN:
        out.append(
          ModelArtifact(
            kind: knn.name, name: "default", parameters: parameters, blob: knn.serialized()))
      case let als as ImplicitALS:
        out.append(
          ModelArtifact(
            kind: als.name, name: "default", parameters: parameters, blob: als.serialized()))
      case let perDomain as TargetDomainALS:
        for (domain, model) in perDomain.models.sorted(by: { $0.key < $1.key }) {
          out.append(
            ModelArtifact(
              kind: perDomain.name, name: dataset.domains[domain], parameters: parameters,
              blob: model.serialized()))
        }
      case let svd as DomainPairSVD:
        for (pair, model) in svd.models.sorted(by: {
          ($0.key.source, $0.key.target) < ($1.key.source, $1.key.target)
        }) {
          out.append(
            ModelArtifact(
              kind: svd.name,
              name: "\(dataset.domains[pair.source])>\(dataset.domains[pair.target])",
              parameters: parameters, blob: model.serialized()))
        }
      case let bridge as SemanticBridgeComponent:
        out.append(
          ModelArtifact(
            kind: bridge.name, name: "default", parameters: parameters, blob: bridge.serialized()))
      default:
        continue
      }
    }
    return out
  }

  /// Rebuilds a model from `artifacts()` output over the same dataset and embeddings.
  public static func load(
    dataset: Dataset, embeddings: ItemEmbeddings, artifacts: [ModelArtifact]
  ) throws -> CrossDomainModel {
    func blob(_ kind: String, _ name: String = "default") throws -> [UInt8] {
      guard let a = artifacts.first(where: { $0.kind == kind && $0.name == name }) else {
        throw ModelLoadingError("no \(kind) artifact named \(name); run `crosslens train` first")
      }
      return a.blob
    }
    let manifest = try ArtifactDecodingError.decodingJSON(
      Manifest.self, kind: "model", from: Data(try blob("model")))
    guard manifest.embeddingModel == embeddings.model else {
      throw ModelLoadingError(
        "fitted with \(manifest.embeddingModel) item vectors, but the vectors now are \(embeddings.model)"
      )
    }
    let configuration = manifest.configuration
    var components: [any ScoringComponent] = []
    for name in manifest.components {
      switch name {
      case "popularity":
        components.append(PopularityComponent(popularity: ItemPopularity(dataset: dataset)))
      case "semantic":
        components.append(
          SemanticProfileComponent(
            dataset: dataset, embeddings: embeddings, halfLife: configuration.profileHalfLife))
      case "semantic-bridge":
        components.append(
          try SemanticBridgeComponent(
            serialized: try blob(name), dataset: dataset, embeddings: embeddings))
      case "item-knn":
        components.append(try ItemKNN(serialized: try blob(name)))
      case "als-joint":
        components.append(try ImplicitALS(serialized: try blob(name)))
      case "als-target":
        var models: [Int: ImplicitALS] = [:]
        for a in artifacts where a.kind == name {
          guard let d = dataset.domainIndex(named: a.name) else {
            throw ModelLoadingError("als-target artifact for unknown domain \(a.name)")
          }
          models[d] = try ImplicitALS(serialized: a.blob)
        }
        components.append(TargetDomainALS(models: models, itemDomains: dataset.items.map(\.domain)))
      case "svd":
        var models: [DomainPairSVD.Pair: CoOccurrenceSVD] = [:]
        for a in artifacts where a.kind == name {
          let parts = a.name.split(separator: ">").map(String.init)
          guard parts.count == 2, let s = dataset.domainIndex(named: parts[0]),
            let t = dataset.domainIndex(named: parts[1])
          else { throw ModelLoadingError("svd artifact for unknown domain pair \(a.name)") }
          models[DomainPairSVD.Pair(source: s, target: t)] = try CoOccurrenceSVD(serialized: a.blob)
        }
        components.append(DomainPairSVD(models: models, itemDomains: dataset.items.map(\.domain)))
      default:
        throw ModelLoadingError("unknown component \(name) in the model manifest")
      }
    }
    return CrossDomainModel(
      dataset: dataset, components: components, learnedWeights: manifest.learnedWeights,
      configuration: configuration, exposure: manifest.exposure ?? ItemExposure(),
      notes: manifest.notes)
  }
}
