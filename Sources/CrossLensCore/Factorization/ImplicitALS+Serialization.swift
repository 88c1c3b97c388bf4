extension ImplicitALS {
  static let artifactTag = "IALS"

  /// Parameters, factors and per-iteration objectives as bytes, for the store.
  public func serialized() -> [UInt8] {
    var w = ByteWriter(tag: Self.artifactTag, version: 1)
    w.write(name)
    let p = parameters
    w.write(p.factors)
    w.write(p.regularization)
    w.write(p.alpha)
    w.write(p.iterations)
    w.write(p.seed)
    w.write(p.threads)
    switch p.solver {
    case .cholesky: w.write(0)
    case .conjugateGradient(let steps): w.write(steps)
    }
    w.write(p.computesObjective ? 1 : 0)
    w.write(userFactors)
    w.write(itemFactors)
    w.write(objectives.count)
    for o in objectives { w.write(o) }
    return w.bytes
  }

  /// Reads what `serialized()` wrote; refuses factor matrices that disagree with the stored
  /// factor count or hold non-finite values.
  public init(serialized bytes: [UInt8]) throws(ArtifactDecodingError) {
    var r = try ByteReader(bytes, tag: Self.artifactTag, maximumVersion: 1)
    let name = try r.readString()
    var p = Parameters()
    p.factors = try r.readInt()
    p.regularization = try r.readFloat()
    p.alpha = try r.readFloat()
    p.iterations = try r.readInt()
    p.seed = try r.readUInt64()
    p.threads = try r.readInt()
    let steps = try r.readInt()
    p.solver = steps == 0 ? .cholesky : .conjugateGradient(steps: steps)
    p.computesObjective = try r.readInt() != 0
    let users = try r.readMatrix()
    let items = try r.readMatrix()
    let count = try r.readInt()
    guard count >= 0, count <= p.iterations else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0,
        reason: "\(count) objectives for \(p.iterations) iterations")
    }
    var objectives: [Double] = []
    for _ in 0..<count { objectives.append(try r.readDouble()) }
    guard p.factors >= 1, users.columns == p.factors, items.columns == p.factors,
      users.values.allSatisfy(\.isFinite), items.values.allSatisfy(\.isFinite)
    else {
      throw ArtifactDecodingError(
        kind: Self.artifactTag, offset: 0,
        reason: "factor matrices do not match \(p.factors) finite factors")
    }
    self.init(
      name: name, parameters: p, userFactors: users, itemFactors: items, objectives: objectives)
  }
}
