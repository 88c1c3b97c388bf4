/// One data row of a delimited file, its fields unquoted and unescaped, as raw UTF-8 bytes.
///
/// A record is a view into the reader's buffers: it is valid only inside the closure that
/// receives it. Copy what you keep (`string(_:)`).
public struct DelimitedRecord {
  /// The 1-based physical line the row starts on.
  public let line: Int
  let bytes: UnsafeBufferPointer<UInt8>
  let ends: UnsafeBufferPointer<Int>

  /// The number of fields.
  public var count: Int { ends.count }

  /// The bytes of field `index`.
  public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = index == 0 ? 0 : ends[index - 1]
    return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
  }

  /// Field `index` as a string (the reader has validated it as UTF-8).
  public func string(_ index: Int) -> String {
    String(decoding: self[index], as: UTF8.self)
  }

  /// True when field `index` has no bytes.
  public func isEmpty(_ index: Int) -> Bool {
    (index == 0 ? 0 : ends[index - 1]) == ends[index]
  }
}
