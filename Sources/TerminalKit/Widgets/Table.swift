/// Rows of cells laid out in aligned columns, by display width.
public struct Table: Sendable {
  /// A column: its heading, width and alignment.
  public struct Column: Sendable {
    public var title: String
    /// Fixed width; `nil` for the one flexible column that takes the remaining space.
    public var width: Int?
    public var alignment: Text.Alignment
    public init(_ title: String, width: Int?, alignment: Text.Alignment = .left) {
      self.title = title
      self.width = width
      self.alignment = alignment
    }
  }

  public var columns: [Column]
  /// Columns between cells.
  public var spacing: Int

  public init(columns: [Column], spacing: Int = 1) {
    self.columns = columns
    self.spacing = spacing
  }

  /// Each column's width when the table is `totalWidth` wide: fixed columns as given, the
  /// flexible one (if any) takes what is left (at least 0).
  public func widths(totalWidth: Int) -> [Int] {
    let fixed = columns.compactMap(\.width).reduce(0, +)
    let gaps = spacing * max(0, columns.count - 1)
    let flexible = max(0, totalWidth - fixed - gaps)
    return columns.map { $0.width ?? flexible }
  }

  /// One row of cells, each fitted (truncated or padded) to its column.
  public func format(_ cells: [String], totalWidth: Int) -> String {
    let widths = widths(totalWidth: totalWidth)
    let gap = String(repeating: " ", count: spacing)
    return zip(columns.indices, widths).map { index, width in
      Text.fit(
        index < cells.count ? cells[index] : "", width: width, alignment: columns[index].alignment)
    }.joined(separator: gap)
  }

  /// The header row.
  public func header(totalWidth: Int) -> String {
    format(columns.map(\.title), totalWidth: totalWidth)
  }
}
