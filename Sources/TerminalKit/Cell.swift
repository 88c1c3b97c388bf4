/// One cell of a terminal screen: a grapheme and how it is drawn.
public struct Cell: Sendable, Hashable {
  public var character: Character
  public var attributes: CellAttributes

  public init(_ character: Character = " ", attributes: CellAttributes = []) {
    self.character = character
    self.attributes = attributes
  }
}

/// Text attributes a backend may render (a monochrome backend may ignore colour).
public struct CellAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let bold = CellAttributes(rawValue: 1 << 0)
  public static let dim = CellAttributes(rawValue: 1 << 1)
  public static let reverse = CellAttributes(rawValue: 1 << 2)
  public static let underline = CellAttributes(rawValue: 1 << 3)
}
