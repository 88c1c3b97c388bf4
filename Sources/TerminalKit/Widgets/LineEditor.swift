/// One line of typed text with a cursor, edited as a shell's line is: characters go in at the
/// cursor, ← → Home End (Ctrl-A, Ctrl-E) move it, Backspace and Delete remove a character,
/// Ctrl-U clears to the start and Ctrl-W removes the word before the cursor.
public struct LineEditor: Sendable, Equatable {
  public private(set) var text: String
  /// The cursor, as a count of characters before it.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  /// Applies an editing key; false when `key` is not one (the caller handles it).
  public mutating func handle(_ key: Key) -> Bool {
    var characters = Array(text)
    switch key {
    case .character(let c):
      characters.insert(c, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .ctrl("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .ctrl("u"):
      characters.removeFirst(cursor)
      cursor = 0
    case .ctrl("w"):
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default: return false
    }
    // Rebuilt, the text may hold fewer characters than the array did: a combining mark or a
    // variation selector typed after a character joins it. The cursor counts what is before
    // it in the text as rebuilt.
    text = String(characters)
    cursor = String(characters[..<min(cursor, characters.count)]).count
    return true
  }

  /// What shows in `width` columns: the text scrolled sideways so the cursor, and the
  /// character under it, are in view (a `…` marks text cut at either end), and the cursor's
  /// column in it.
  ///
  /// - Complexity: O(text).
  public func visible(width: Int) -> (text: String, cursor: Int) {
    let characters = Array(text)
    let cursor = min(self.cursor, characters.count)
    let before = DisplayWidth.of(String(characters[..<cursor]))
    // The cursor's cell and the character in it (a space's width at the end).
    let under = cursor < characters.count ? DisplayWidth.of(String(characters[cursor])) : 1
    let whole = DisplayWidth.of(text)
    // It fits as it is: the whole line, or the part up to the cursor before a cut at the right
    // (whose `…` takes the last column).
    guard width > 2, whole + 1 > width, before + under > width - 1 else {
      return (Text.truncate(text, toWidth: max(1, width)), before)
    }
    // Drop characters from the left (a column goes to `…`) until the cursor's character fits
    // before the last column.
    var start = 0
    var shown = before
    while 1 + shown + under > width - 1 && start < cursor {
      shown -= DisplayWidth.of(String(characters[start]))
      start += 1
    }
    return (Text.truncate("…" + String(characters[start...]), toWidth: width), shown + 1)
  }
}
