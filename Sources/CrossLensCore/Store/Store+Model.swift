import Foundation

extension Store {
  /// The artifact kinds of fitted components that `CrossDomainModel.artifacts()` writes
  /// besides the `model` manifest, read back by `loadModel`.
  static let modelComponentKinds = [
    "item-knn", "als-joint", "als-target", "svd", "semantic-bridge",
  ]

  /// Stores every artifact of `model` with its parameters and this store's data hash.
  public func saveModel(_ model: CrossDomainModel) throws {
    let hash = dataHash
    for artifact in try model.artifacts() {
      try putArtifact(
        kind: artifact.kind, name: artifact.name, parameters: artifact.parameters, dataHash: hash,
        blob: artifact.blob)
    }
  }

  /// The item vectors (an embedding model's identifier) the stored model was fitted with;
  /// `nil` when the store holds no trained model.
  public func trainedEmbeddingModel() throws -> String? {
    guard let manifest = try artifact(kind: "model", name: "default") else { return nil }
    struct Head: Decodable { var embeddingModel: String }
    return try ArtifactDecodingError.decodingJSON(
      Head.self, kind: "model", from: Data(manifest.blob)
    ).embeddingModel
  }

  /// The model trained on this store's data, over the item embeddings that `embeddings` gives
  /// for the model's configuration.
  ///
  /// Throws `ModelLoadingError` (saying to retrain) when the store holds no model, when the model
  /// or one of its artifacts was fitted on other data (its data hash differs from the store's)
  /// or on other item vectors than the store now gives, and
  /// `ArtifactDecodingError` when a piece was stored by a version whose format this one does
  /// not read.
  public func loadModel(
    dataset: Dataset, embeddings: (ModelConfiguration) throws -> ItemEmbeddings
  ) throws -> CrossDomainModel {
    guard let manifest = try artifact(kind: "model", name: "default") else {
      throw ModelLoadingError("\(path) holds no trained model; run 'crosslens train \(path)'")
    }
    guard manifest.dataHash == dataHash else {
      throw ModelLoadingError(
        "the model in \(path) was trained on other data (\(manifest.dataHash), now \(dataHash));"
          + " run 'crosslens train \(path)'")
    }
    let configuration = try ArtifactDecodingError.decodingJSON(
      ModelConfiguration.self, kind: "model", from: Data(manifest.parameters.utf8))
    var artifacts = [
      ModelArtifact(
        kind: "model", name: "default", parameters: manifest.parameters, blob: manifest.blob)
    ]
    for kind in Self.modelComponentKinds {
      for name in try artifactNames(kind: kind) {
        guard let stored = try artifact(kind: kind, name: name) else { continue }
        guard stored.dataHash == dataHash else {
          throw ModelLoadingError(
            "artifact \(kind)/\(name) was computed from other data; run 'crosslens train \(path)'")
        }
        artifacts.append(
          ModelArtifact(
            kind: kind, name: name, parameters: stored.parameters, blob: stored.blob))
      }
    }
    do {
      return try CrossDomainModel.load(
        dataset: dataset, embeddings: try embeddings(configuration), artifacts: artifacts)
    } catch let error as ModelLoadingError where !error.reason.contains("crosslens train") {
      // Every such mismatch (e.g. vectors embedded after training) is mended by a refit.
      throw ModelLoadingError(error.reason + "; run 'crosslens train \(path)' to refit")
    }
  }
}
