/// Width-aware string fitting for columns: truncation with an ellipsis and padding.
public enum Text {
  /// Where text shorter than its width sits.
  public enum Alignment: Sendable { case left, right, center }

  /// `text` cut to at most `width` columns; a cut is marked with `…`.
  ///
  /// - Complexity: O(n) in the text's length.
  public static func truncate(_ text: some StringProtocol, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return String(text) }
    var result = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// `text` truncated or padded with spaces to exactly `width` columns.
  public static func fit(
    _ text: some StringProtocol, width: Int, alignment: Alignment = .left
  ) -> String {
    let cut = truncate(text, toWidth: width)
    let gap = max(0, width - DisplayWidth.of(cut))
    switch alignment {
    case .left: return cut + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + cut
    case .center:
      let left = gap / 2
      return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
  }

  /// `text` broken at spaces into lines of at most `width` columns; continuation lines start
  /// with `indent`. A word longer than a line is cut with `…`.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    guard width > DisplayWidth.of(indent) + 1 else { return [truncate(text, toWidth: width)] }
    var lines: [String] = []
    // Leading spaces are kept on the first line.
    var current = String(text.prefix { $0 == " " })
    for word in text.drop(while: { $0 == " " }).split(separator: " ") {
      let isStart = current.allSatisfy { $0 == " " }
      let candidate = isStart ? current + word : current + " " + word
      if DisplayWidth.of(candidate) <= width || isStart {
        current = candidate
      } else {
        lines.append(current)
        current = indent + word
      }
    }
    lines.append(current)
    return lines.map { truncate($0, toWidth: width) }
  }

  /// `groups` joined by `separator` on as few lines as fit `width`; a group that does not fit
  /// after another starts a line of its own (indented), and one wider than a line is wrapped at
  /// its spaces.
  public static func join(_ groups: [String], separator: String, width: Int, indent: String)
    -> [String]
  {
    var lines: [String] = []
    for group in groups {
      if let last = lines.last, DisplayWidth.of(last + separator + group) <= width {
        lines[lines.count - 1] = last + separator + group
      } else {
        let line = (lines.isEmpty ? "" : indent) + group
        lines +=
          DisplayWidth.of(line) <= width ? [line] : Text.wrap(line, width: width, indent: indent)
      }
    }
    return lines
  }
}
