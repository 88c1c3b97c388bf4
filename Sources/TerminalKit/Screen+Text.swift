extension Screen {
  /// The screen as plain text, one line per row, trailing blanks trimmed: what golden tests
  /// compare. Continuation cells are skipped so a wide character appears once.
  public func plainText() -> String {
    lines().joined(separator: "\n")
  }

  /// The rows as plain text, trailing blanks trimmed.
  public func lines() -> [String] {
    (0..<size.height).map { line($0) }
  }

  /// One row as plain text, trailing blanks trimmed.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<size.width {
      let cell = self[x, y]
      if !cell.isContinuation { text.append(cell.character) }
    }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// Checks the wide-character invariant: every wide character is followed by its continuation
  /// cell on the same row, and every continuation cell follows a wide character.
  public func checkInvariants() -> Bool {
    guard cells.count == size.width * size.height else { return false }
    for y in 0..<size.height {
      var expectContinuation = false
      for x in 0..<size.width {
        let cell = self[x, y]
        if cell.isContinuation != expectContinuation { return false }
        guard cell.isWide == (!cell.isContinuation && DisplayWidth.of(cell.character) == 2)
        else { return false }
        expectContinuation = cell.isWide
      }
      if expectContinuation { return false }
    }
    return true
  }
}
