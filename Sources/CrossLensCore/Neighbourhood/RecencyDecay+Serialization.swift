extension ByteWriter {
  /// A recency decay as its half-life, −1 for none (no half-life is ever negative).
  mutating func write(_ recency: RecencyDecay) {
    write(recency.halfLife ?? -1)
  }
}

extension ByteReader {
  /// What `ByteWriter.write(_: RecencyDecay)` wrote.
  mutating func readRecencyDecay() throws(ArtifactDecodingError) -> RecencyDecay {
    let halfLife = try readFloat()
    return RecencyDecay(halfLife: halfLife < 0 ? nil : halfLife)
  }
}
