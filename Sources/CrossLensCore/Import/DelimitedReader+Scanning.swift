extension DelimitedReader {
  /// Scans one row starting at `start` into `fieldBytes`/`fieldEnds`.
  ///
  /// Returns false when the buffer ends inside the row before the end of the file (the caller
  /// reads more and scans the row again from its start).
  ///
  /// - Complexity: O(row length).
  func scanRecord() throws -> Bool {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    swap(&bytes, &fieldBytes)
    swap(&ends, &fieldEnds)
    defer {
      swap(&bytes, &fieldBytes)
      swap(&ends, &fieldEnds)
    }
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    let delimiter = format.delimiter
    let quote = UInt8(ascii: "\"")
    let lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")
    let end = self.end
    let atEOF = self.atEOF
    let firstLine = nextLine
    var line = firstLine

    let finished: (next: Int, line: Int)? = try buffer.withUnsafeBufferPointer { buf in
      var p = start
      while true {
        if p < end && buf[p] == quote {
          let opened = line
          p += 1
          while true {
            guard p < end else {
              if atEOF {
                throw ImportError(
                  file: path, line: opened, fault: .unterminatedQuote(openedOnLine: opened))
              }
              return nil
            }
            let b = buf[p]
            if b == quote {
              if p + 1 < end {
                if buf[p + 1] == quote {
                  bytes.append(quote)
                  p += 2
                  continue
                }
              } else if !atEOF {
                return nil
              }
              p += 1
              break
            }
            if b == lf { line += 1 }
            bytes.append(b)
            p += 1
          }
          ends.append(bytes.count)
          if p == end {
            if atEOF { return (p, line) }
            return nil
          }
          let c = buf[p]
          if c == delimiter {
            p += 1
            continue
          }
          if c == lf { return (p + 1, line + 1) }
          if c == cr {
            if p + 1 < end && buf[p + 1] == lf { return (p + 2, line + 1) }
            if p + 1 == end && !atEOF { return nil }
          }
          throw ImportError(
            file: path, line: line, column: columnName(ends.count - 1),
            fault: .textAfterClosingQuote)
        }
        let fieldStart = p
        while p < end {
          let b = buf[p]
          if b == delimiter || b == lf { break }
          p += 1
        }
        if p == end && !atEOF { return nil }
        var fieldEnd = p
        let endsLine = p == end || buf[p] == lf
        if endsLine && fieldEnd > fieldStart && buf[fieldEnd - 1] == cr { fieldEnd -= 1 }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[fieldStart..<fieldEnd]))
        ends.append(bytes.count)
        if p == end { return (p, line) }
        if buf[p] == delimiter {
          p += 1
          continue
        }
        return (p + 1, line + 1)
      }
    }
    guard let finished else { return false }
    start = finished.next
    recordLine = firstLine
    nextLine = finished.line
    return true
  }

  /// The header name of column `index`, or its position while the header is being read.
  private func columnName(_ index: Int) -> String {
    index < header.count ? header[index] : "field \(index + 1)"
  }
}
