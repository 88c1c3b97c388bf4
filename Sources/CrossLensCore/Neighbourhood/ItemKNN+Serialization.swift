extension ItemKNN {
  static let artifactTag = "IKNN"

  /// The fitted neighbour lists and parameters as bytes, for the store.
  public func serialized() -> [UInt8] {
    var w = ByteWriter(tag: Self.artifactTag, version: 1)
    w.write(name)
    w.write(parameters.neighbours)
    w.write(parameters.shrinkage)
    w.write(parameters.recency)
    w.write(itemCount)
    w.write(neighbourPointers)
    w.write(neighbourItems)
    w.write(neighbourSimilarities)
    return w.bytes
  }

  /// Reads what `serialized()` wrote; refuses inconsistent lists.
  public init(serialized bytes: [UInt8]) throws(ArtifactDecodingError) {
    var r = try ByteReader(bytes, tag: Self.artifactTag, maximumVersion: 1)
    let name = try r.readString()
    let neighbours = try r.readInt()
    let shrinkage = try r.readFloat()
    let recency = try r.readRecencyDecay()
    let itemCount = try r.readInt()
    let pointers = try r.readInts()
    let items = try r.readInt32s()
    let sims = try r.readFloats()
    guard itemCount >= 0, pointers.count == itemCount + 1, pointers.first == 0,
      pointers.last == items.count, items.count == sims.count,
      zip(pointers, pointers.dropFirst()).allSatisfy({ $0 <= $1 }),
      items.allSatisfy({ $0 >= 0 && Int($0) < itemCount })
    else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0, reason: "neighbour lists are inconsistent")
    }
    self.init(
      name: name,
      parameters: Parameters(
        neighbours: neighbours, shrinkage: shrinkage,
        recency: recency),
      itemCount: itemCount, pointers: pointers, items: items, similarities: sims)
  }
}
