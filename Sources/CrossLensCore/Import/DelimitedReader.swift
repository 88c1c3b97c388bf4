#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a delimited text file (TSV or CSV) record by record, in chunks, without holding the
/// whole file: a header row, then data rows, fields quoted as in RFC 4180.
///
/// Faults carry the file, the physical line and the column: invalid UTF-8, an unterminated
/// quote, text after a closing quote, a row whose field count differs from the header's, an
/// empty file, a file with a header and no rows. Row-level faults (field count, UTF-8) go
/// through `rowFault`, which throws by default and may instead note the fault and skip the row.
/// Blank lines are skipped; a UTF-8 byte-order mark and `\r\n` line ends are accepted.
public final class DelimitedReader {
  public let path: String
  public let format: DelimitedFormat
  /// The column names of the header row.
  public private(set) var header: [String] = []
  /// Decides about a fault confined to one row: throw to stop, return to skip the row.
  public var rowFault: (ImportError) throws -> Void = { throw $0 }
  /// Bytes read from the file so far (for progress).
  public private(set) var bytesRead = 0

  private let descriptor: Int32
  var buffer: [UInt8]
  var start = 0
  var end = 0
  var atEOF = false
  var nextLine = 1
  var fieldBytes: [UInt8] = []
  var fieldEnds: [Int] = []
  var recordLine = 0

  /// Opens `path` and reads its header row.
  public init(path: String, format: DelimitedFormat? = nil, chunkSize: Int = 1 << 20) throws {
    self.path = path
    self.format = format ?? .forFile(path)
    self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
    self.descriptor = try Self.open(path)
    // Every property is set by now, so if this throws, deinit still runs and closes the file.
    try readHeader()
  }

  deinit { close(descriptor) }

  /// Calls `body` with every data row, in order.
  ///
  /// - Complexity: O(file size); memory O(chunk size + longest row).
  public func forEachRecord(_ body: (DelimitedRecord) throws -> Void) throws {
    var rows = 0
    while try parseRecord() {
      if fieldEnds.count == 1 && fieldEnds[0] == 0 { continue }  // a blank line
      rows += 1
      if fieldEnds.count != header.count {
        try rowFault(
          fault(.wrongFieldCount(expected: header.count, found: fieldEnds.count)))
        continue
      }
      if let (column, offset) = firstInvalidUTF8() {
        try rowFault(
          ImportError(
            file: path, line: recordLine, column: header[column],
            fault: .invalidUTF8(byteOffset: offset)))
        continue
      }
      try fieldBytes.withUnsafeBufferPointer { bytes in
        try fieldEnds.withUnsafeBufferPointer { ends in
          try body(DelimitedRecord(line: recordLine, bytes: bytes, ends: ends))
        }
      }
    }
    if rows == 0 { throw ImportError(file: path, fault: .headerOnly) }
  }

  func fault(_ fault: ImportError.Fault, column: String? = nil) -> ImportError {
    ImportError(file: path, line: recordLine, column: column, fault: fault)
  }

  private static func open(_ path: String) throws -> Int32 {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw ImportError(file: path, fault: .notFound) }
      throw ImportError(file: path, fault: .unreadable(reason: String(cString: strerror(code))))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw ImportError(file: path, fault: .isDirectory) }
    let fd = Glibc.open(path, O_RDONLY)
    guard fd >= 0 else {
      throw ImportError(file: path, fault: .unreadable(reason: String(cString: strerror(errno))))
    }
    return fd
  }

  private func readHeader() throws {
    try refill()
    if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
    guard try parseRecord(), !(fieldEnds.count == 1 && fieldEnds[0] == 0) else {
      throw ImportError(file: path, fault: .emptyFile)
    }
    if let (column, offset) = firstInvalidUTF8() {
      throw fault(.invalidUTF8(byteOffset: offset), column: "field \(column + 1) of the header")
    }
    var names: [String] = []
    try fieldBytes.withUnsafeBufferPointer { bytes in
      try fieldEnds.withUnsafeBufferPointer { ends in
        let record = DelimitedRecord(line: recordLine, bytes: bytes, ends: ends)
        for i in 0..<record.count {
          let name = record.string(i)
          if names.contains(name) { throw fault(.duplicateColumn, column: name) }
          names.append(name)
        }
      }
    }
    header = names
  }

  /// The column and byte offset of the first invalid UTF-8 in the current record.
  private func firstInvalidUTF8() -> (Int, Int)? {
    fieldBytes.withUnsafeBufferPointer { bytes in
      guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var fieldStart = 0
      for (column, fieldEnd) in fieldEnds.enumerated() {
        let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
        if let offset = UTF8Validation.firstInvalidOffset(field) { return (column, offset) }
        fieldStart = fieldEnd
      }
      return nil
    }
  }

  /// Reads more bytes after the unconsumed ones, growing the buffer when one row fills it.
  private func refill() throws {
    if start > 0 {
      buffer.withUnsafeMutableBufferPointer { b in
        if end > start, let base = b.baseAddress { memmove(base, base + start, end - start) }
      }
      end -= start
      start = 0
    }
    if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
    let count = buffer.count
    let filled = end
    let got = buffer.withUnsafeMutableBufferPointer { b in
      read(descriptor, b.baseAddress! + filled, count - filled)
    }
    if got < 0 {
      throw ImportError(file: path, fault: .unreadable(reason: String(cString: strerror(errno))))
    }
    if got == 0 { atEOF = true }
    end += got
    bytesRead += got
  }

  /// Parses the next row into `fieldBytes`/`fieldEnds`; false at the end of the file.
  private func parseRecord() throws -> Bool {
    while true {
      if start == end {
        if atEOF { return false }
        try refill()
        continue
      }
      if try scanRecord() { return true }
      try refill()
    }
  }
}
