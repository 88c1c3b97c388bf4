/// A row of tab titles, the selected one in brackets: `[Books] Movies Music`.
public enum Tabs {
  /// Draws the tabs on one row and returns the column range of each (for mouse clicks).
  @discardableResult
  public static func draw(
    into screen: inout Screen, rect: Rect, titles: [String], selected: Int, theme: Theme
  ) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var x = rect.x
    for (index, title) in titles.enumerated() {
      let isSelected = index == selected
      let label = isSelected ? "[" + title + "]" : " " + title + " "
      let start = x
      x = screen.write(
        label, x: x, y: rect.y, style: theme[isSelected ? .title : .normal], clip: rect)
      ranges.append(start..<min(x, rect.maxX))
    }
    return ranges
  }

  /// The tab index whose title range contains column `x`.
  public static func index(atColumn x: Int, ranges: [Range<Int>]) -> Int? {
    ranges.firstIndex { $0.contains(x) }
  }
}
