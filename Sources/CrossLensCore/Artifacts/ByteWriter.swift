/// Appends little-endian scalars and arrays to a byte buffer: the encoding of fitted model
/// artifacts (factors, neighbour lists, association vectors) stored as BLOBs.
///
/// A buffer starts with a four-character tag and a format version, so a blob of the wrong kind
/// or an older layout is refused by `ByteReader` with a clear error rather than misread.
public struct ByteWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init(tag: String, version: UInt32) {
    precondition(tag.utf8.count == 4, "ByteWriter: tag must be four ASCII characters")
    bytes.append(contentsOf: tag.utf8)
    write(version)
  }

  /// A 32-bit value, little-endian.
  public mutating func write(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A 64-bit value, little-endian.
  public mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A signed integer as 64 bits, little-endian.
  public mutating func write(_ value: Int) {
    write(UInt64(bitPattern: Int64(value)))
  }

  /// A `Float` by its bit pattern.
  public mutating func write(_ value: Float) {
    write(value.bitPattern)
  }

  /// A `Double` by its bit pattern.
  public mutating func write(_ value: Double) {
    write(value.bitPattern)
  }

  /// A count followed by the values.
  public mutating func write(_ values: [Float]) {
    write(values.count)
    // Every supported host is little-endian, so the in-memory layout is the stored one.
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  /// A count followed by the values.
  public mutating func write(_ values: [Int32]) {
    write(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  /// A count followed by the values, each as 64 bits.
  public mutating func write(_ values: [Int]) {
    write(values.count)
    for v in values { write(v) }
  }

  /// A byte count followed by the UTF-8 bytes.
  public mutating func write(_ string: String) {
    write(string.utf8.count)
    bytes.append(contentsOf: string.utf8)
  }

  /// A dense matrix: rows, columns, values.
  public mutating func write(_ matrix: Matrix) {
    write(matrix.rows)
    write(matrix.columns)
    write(matrix.values)
  }
}

#if _endian(big)
  #error("artifact encoding assumes a little-endian host")
#endif
