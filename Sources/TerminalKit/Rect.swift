/// A terminal size in cells.
public struct Size: Sendable, Hashable, CustomStringConvertible {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
  public var description: String { "\(width)×\(height)" }
}

/// A rectangle of cells: columns `x..<x+width`, rows `y..<y+height`.
public struct Rect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(_ size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// True when the cell at column `px`, row `py` lies inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The rectangle shrunk by `n` cells on every side (a border's interior).
  public func inset(by n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }

  /// Left part `width` columns wide (clamped) and the rest.
  public func splitColumns(at columns: Int) -> (left: Rect, right: Rect) {
    let w = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: w, height: height),
      Rect(x: x + w, y: y, width: width - w, height: height)
    )
  }

  /// Top part `rows` tall (clamped) and the rest.
  public func splitRows(at rows: Int) -> (top: Rect, bottom: Rect) {
    let h = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: h),
      Rect(x: x, y: y + h, width: width, height: height - h)
    )
  }

  /// Top part and a bottom part `rows` tall (clamped).
  public func splitRows(bottom rows: Int) -> (top: Rect, bottom: Rect) {
    splitRows(at: height - min(max(0, rows), height))
  }

  /// One row of this rectangle (relative index), empty when out of range.
  public func row(_ index: Int) -> Rect {
    guard index >= 0, index < height else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: x, y: y + index, width: width, height: 1)
  }
}
