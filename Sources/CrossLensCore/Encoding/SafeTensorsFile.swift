import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A safetensors file, memory-mapped read-only: an 8-byte little-endian header length, a JSON
/// header naming each tensor's dtype, shape and byte range, then the raw little-endian data.
///
/// Every range is checked against the file size when opening, so a truncated or malformed file
/// is an `EncoderError.malformedSafeTensors`, never a crash or an out-of-bounds read.
public final class SafeTensorsFile: @unchecked Sendable {
  /// One tensor's entry in the header.
  public struct TensorInfo: Sendable, Equatable {
    public let dtype: String
    public let shape: [Int]
    /// Byte range relative to the start of the data section.
    public let begin: Int
    public let end: Int
  }

  public let path: String
  /// The tensors by name (`__metadata__` excluded).
  public let tensors: [String: TensorInfo]
  // Immutable after init; the mapping is read-only, so sharing across threads is safe.
  private let base: UnsafeRawPointer
  private let size: Int
  private let dataStart: Int

  private static let dtypeSizes: [String: Int] = [
    "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1,
    "BOOL": 1,
  ]

  public init(path: String) throws {
    self.path = path
    func fail(_ reason: String) -> EncoderError {
      .malformedSafeTensors(path: path, reason: reason)
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw EncoderError.missingFile(
        path: path, hint: "cannot open it: \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw fail("cannot stat") }
    let size = Int(status.st_size)
    guard size >= 8 else { throw fail("\(size) bytes, shorter than the 8-byte header length") }
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
      throw fail("mmap failed: \(String(cString: strerror(errno)))")
    }
    let base = UnsafeRawPointer(mapped)
    do {
      let headerLength = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
      guard headerLength <= UInt64(size - 8) else {
        throw fail("header length \(headerLength) exceeds the file (\(size) bytes)")
      }
      let dataStart = 8 + Int(headerLength)
      let header = Data(bytes: base + 8, count: Int(headerLength))
      self.tensors = try Self.parseHeader(header, dataBytes: size - dataStart, fail: fail)
      self.dataStart = dataStart
    } catch {
      munmap(mapped, size)
      throw error
    }
    self.base = base
    self.size = size
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

  private static func parseHeader(
    _ header: Data, dataBytes: Int, fail: (String) -> EncoderError
  ) throws -> [String: TensorInfo] {
    guard let json = try? JSONSerialization.jsonObject(with: header),
      let entries = json as? [String: Any]
    else { throw fail("the header is not a JSON object") }
    var tensors: [String: TensorInfo] = [:]
    for (name, value) in entries where name != "__metadata__" {
      guard let entry = value as? [String: Any], let dtype = entry["dtype"] as? String,
        let shape = entry["shape"] as? [Int], let offsets = entry["data_offsets"] as? [Int],
        offsets.count == 2
      else { throw fail("tensor \(name): needs dtype, shape and two data_offsets") }
      guard let elementSize = dtypeSizes[dtype] else {
        throw fail("tensor \(name): unknown dtype \(dtype)")
      }
      let (begin, end) = (offsets[0], offsets[1])
      guard begin >= 0, begin <= end, end <= dataBytes else {
        throw fail("tensor \(name): bytes \(begin)..<\(end) outside the \(dataBytes) data bytes")
      }
      guard shape.allSatisfy({ $0 >= 0 }) else {
        throw fail("tensor \(name): negative dimension in \(shape)")
      }
      let (count, overflow) = shape.reduce((1, false)) { acc, d in
        let (p, o) = acc.0.multipliedReportingOverflow(by: d)
        return (p, acc.1 || o)
      }
      guard !overflow, count * elementSize == end - begin else {
        throw fail("tensor \(name): shape \(shape) of \(dtype) does not fill \(end - begin) bytes")
      }
      tensors[name] = TensorInfo(dtype: dtype, shape: shape, begin: begin, end: end)
    }
    return tensors
  }

  /// A copy of an F32 tensor's values, after checking its dtype and shape.
  ///
  /// - Complexity: O(n), one `memcpy` out of the mapping.
  public func floats(_ name: String, shape expected: [Int]) throws -> [Float] {
    guard let info = tensors[name] else {
      throw EncoderError.malformedSafeTensors(path: path, reason: "no tensor named \(name)")
    }
    guard info.dtype == "F32", info.shape == expected else {
      throw EncoderError.malformedSafeTensors(
        path: path,
        reason: "tensor \(name) is \(info.dtype) \(info.shape), expected F32 \(expected)")
    }
    let count = (info.end - info.begin) / 4
    var values = [Float](repeating: 0, count: count)
    values.withUnsafeMutableBytes { destination in
      guard let address = destination.baseAddress else { return }
      memcpy(address, base + dataStart + info.begin, count * 4)
    }
    // Little-endian on disk; swap only on a big-endian host.
    if 1.littleEndian != 1 {
      for i in values.indices {
        values[i] = Float(bitPattern: UInt32(littleEndian: values[i].bitPattern))
      }
    }
    return values
  }
}
