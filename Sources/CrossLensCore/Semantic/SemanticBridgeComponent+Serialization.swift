extension SemanticBridgeComponent {
  static let artifactTag = "SBRG"

  /// The ridge maps and the half-life as bytes, for the store (the embeddings are stored
  /// separately, by model).
  public func serialized() -> [UInt8] {
    var w = ByteWriter(tag: Self.artifactTag, version: 2)
    w.write(name)
    w.write(halfLife)
    let pairs = maps.keys.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    w.write(pairs.count)
    for pair in pairs {
      w.write(pair.source)
      w.write(pair.target)
      if let map = maps[pair] { w.write(map) }
    }
    return w.bytes
  }

  /// Reads what `serialized()` wrote; maps must be (dimension + 1) × dimension.
  public init(serialized bytes: [UInt8], dataset: Dataset, embeddings: ItemEmbeddings)
    throws(ArtifactDecodingError)
  {
    var r = try ByteReader(bytes, tag: Self.artifactTag, maximumVersion: 2)
    // Version 1 maps worked on uncentred embeddings without an intercept: they cannot be reused.
    guard r.version >= 2 else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0,
        reason: "format version 1 (uncentred, no intercept); run `crosslens train` again")
    }
    let name = try r.readString()
    let halfLife = try r.readFloat()
    let count = try r.readInt()
    guard count >= 0, count <= dataset.domains.count * dataset.domains.count else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0, reason: "\(count) domain pairs")
    }
    var maps: [Pair: Matrix] = [:]
    for _ in 0..<count {
      let pair = Pair(source: try r.readInt(), target: try r.readInt())
      let map = try r.readMatrix()
      guard map.rows == embeddings.dimension + 1, map.columns == embeddings.dimension else {
        throw ArtifactDecodingError(
          kind: Self.artifactTag, offset: 0,
          reason:
            "map \(map.rows)×\(map.columns) for embeddings of dimension \(embeddings.dimension)")
      }
      maps[pair] = map
    }
    self.init(name: name, dataset: dataset, embeddings: embeddings, halfLife: halfLife, maps: maps)
  }
}
