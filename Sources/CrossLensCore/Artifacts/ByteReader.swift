/// Reads what `ByteWriter` wrote, checking the tag, the version and every length against the
/// bytes that remain, so a truncated or foreign blob is an `ArtifactDecodingError`, not a crash.
public struct ByteReader {
  private let bytes: [UInt8]
  private var offset = 0
  public private(set) var version: UInt32

  /// Checks the tag and reads the version; versions above `maximumVersion` are refused.
  public init(_ bytes: [UInt8], tag: String, maximumVersion: UInt32) throws(ArtifactDecodingError) {
    self.bytes = bytes
    self.version = 0
    let expected = Array(tag.utf8)
    guard bytes.count >= expected.count, Array(bytes[0..<expected.count]) == expected else {
      throw ArtifactDecodingError(kind: tag, offset: 0, reason: "not a \(tag) artifact (wrong tag)")
    }
    offset = expected.count
    let v = try readUInt32()
    guard v >= 1, v <= maximumVersion else {
      throw ArtifactDecodingError(
        kind: tag, offset: 4,
        reason: "format version \(v), this build reads up to \(maximumVersion)")
    }
    self.version = v
  }

  /// True when every byte has been read.
  public var isAtEnd: Bool { offset == bytes.count }

  private mutating func take(_ count: Int, _ what: String) throws(ArtifactDecodingError)
    -> ArraySlice<UInt8>
  {
    guard count >= 0, bytes.count - offset >= count else {
      throw ArtifactDecodingError(
        kind: "artifact", offset: offset, reason: "truncated while reading \(what)")
    }
    defer { offset += count }
    return bytes[offset..<offset + count]
  }

  /// A little-endian 32-bit value.
  public mutating func readUInt32() throws(ArtifactDecodingError) -> UInt32 {
    let s = try take(4, "a 32-bit value")
    var v: UInt32 = 0
    for (k, b) in s.enumerated() { v |= UInt32(b) << (8 * UInt32(k)) }
    return v
  }

  /// A little-endian 64-bit value.
  public mutating func readUInt64() throws(ArtifactDecodingError) -> UInt64 {
    let s = try take(8, "a 64-bit value")
    var v: UInt64 = 0
    for (k, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(k)) }
    return v
  }

  /// A 64-bit signed integer, as `ByteWriter.write(_: Int)` stored it.
  public mutating func readInt() throws(ArtifactDecodingError) -> Int {
    Int(Int64(bitPattern: try readUInt64()))
  }

  /// A `Float` by its bit pattern.
  public mutating func readFloat() throws(ArtifactDecodingError) -> Float {
    Float(bitPattern: try readUInt32())
  }

  /// A `Double` by its bit pattern.
  public mutating func readDouble() throws(ArtifactDecodingError) -> Double {
    Double(bitPattern: try readUInt64())
  }

  private mutating func readCount(elementSize: Int, _ what: String) throws(ArtifactDecodingError)
    -> Int
  {
    let at = offset
    let n = try readInt()
    guard n >= 0, n <= (bytes.count - offset) / elementSize else {
      throw ArtifactDecodingError(
        kind: "artifact", offset: at, reason: "\(what) count \(n) exceeds the remaining bytes")
    }
    return n
  }

  /// A count and that many `Float`s.
  public mutating func readFloats() throws(ArtifactDecodingError) -> [Float] {
    try readArray(of: Float.self, "float array")
  }

  /// A count and that many `Int32` indices.
  public mutating func readInt32s() throws(ArtifactDecodingError) -> [Int32] {
    try readArray(of: Int32.self, "index array")
  }

  /// A count and that many values of a fixed-size type, copied as stored: every supported host
  /// is little-endian, as `ByteWriter` assumes when it writes arrays.
  private mutating func readArray<Element: BitwiseCopyable & Numeric>(
    of type: Element.Type, _ what: String
  ) throws(ArtifactDecodingError) -> [Element] {
    let size = MemoryLayout<Element>.size
    let n = try readCount(elementSize: size, what)
    let s = try take(size * n, what)
    var out = [Element](repeating: 0, count: n)
    out.withUnsafeMutableBytes { $0.copyBytes(from: s) }
    return out
  }

  /// A count and that many 64-bit integers.
  public mutating func readInts() throws(ArtifactDecodingError) -> [Int] {
    let n = try readCount(elementSize: 8, "offset array")
    var out = [Int](repeating: 0, count: n)
    for k in 0..<n { out[k] = try readInt() }
    return out
  }

  /// A count and that many bytes of UTF-8 (invalid sequences become U+FFFD).
  public mutating func readString() throws(ArtifactDecodingError) -> String {
    let n = try readCount(elementSize: 1, "string")
    return String(decoding: try take(n, "string"), as: UTF8.self)
  }

  /// Rows, columns and the row-major values; refuses a value count that disagrees.
  public mutating func readMatrix() throws(ArtifactDecodingError) -> Matrix {
    let at = offset
    let rows = try readInt()
    let columns = try readInt()
    let values = try readFloats()
    guard rows >= 0, columns >= 0,
      rows.multipliedReportingOverflow(by: columns).partialValue
        == values.count
    else {
      throw ArtifactDecodingError(
        kind: "artifact", offset: at,
        reason: "matrix of \(rows)×\(columns) holds \(values.count) values")
    }
    return Matrix(rows: rows, columns: columns, values: values)
  }
}
