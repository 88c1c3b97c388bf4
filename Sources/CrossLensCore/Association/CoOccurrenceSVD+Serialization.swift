extension CoOccurrenceSVD {
  static let artifactTag = "CSVD"

  /// Parameters, item lists, association vectors and singular values as bytes, for the store.
  public func serialized() -> [UInt8] {
    var w = ByteWriter(tag: Self.artifactTag, version: 1)
    w.write(name)
    w.write(parameters.rank)
    switch parameters.method {
    case .automatic: w.write(0)
    case .exact: w.write(1)
    case .randomized: w.write(2)
    }
    w.write(parameters.oversampling)
    w.write(parameters.powerIterations)
    w.write(parameters.seed)
    w.write(parameters.recency)
    w.write(itemCount)
    w.write(sourceItems)
    w.write(targetItems)
    w.write(sourceVectors)
    w.write(targetVectors)
    w.write(singularValues)
    return w.bytes
  }

  /// Reads what `serialized()` wrote; refuses shapes that disagree with each other.
  public init(serialized bytes: [UInt8]) throws(ArtifactDecodingError) {
    var r = try ByteReader(bytes, tag: Self.artifactTag, maximumVersion: 1)
    let name = try r.readString()
    var p = Parameters()
    p.rank = try r.readInt()
    let method = try r.readInt()
    p.method = method == 1 ? .exact : method == 2 ? .randomized : .automatic
    p.oversampling = try r.readInt()
    p.powerIterations = try r.readInt()
    p.seed = try r.readUInt64()
    p.recency = try r.readRecencyDecay()
    let itemCount = try r.readInt()
    let sourceItems = try r.readInt32s()
    let targetItems = try r.readInt32s()
    let a = try r.readMatrix()
    let b = try r.readMatrix()
    let s = try r.readFloats()
    let inRange = { (i: Int32) in i >= 0 && Int(i) < itemCount }
    guard a.rows == sourceItems.count, b.rows == targetItems.count, a.columns == s.count,
      b.columns == s.count, sourceItems.allSatisfy(inRange), targetItems.allSatisfy(inRange)
    else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0, reason: "item lists and vectors disagree in shape")
    }
    self.init(
      name: name, parameters: p, itemCount: itemCount, sourceItems: sourceItems,
      targetItems: targetItems, sourceVectors: a, targetVectors: b, singularValues: s)
  }
}
