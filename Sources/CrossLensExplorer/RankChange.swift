/// How an item's place moved since the last adjustment of the parameters.
public enum RankChange: Sendable, Hashable {
  case same
  case up(Int)
  case down(Int)
  case new

  /// `previous` is the item's rank before (nil: not in the list), `current` its rank now.
  public init(previous: Int?, current: Int) {
    guard let previous else {
      self = .new
      return
    }
    if previous == current {
      self = .same
    } else if previous > current {
      self = .up(previous - current)
    } else {
      self = .down(current - previous)
    }
  }

  /// The mark shown in the Δ column: `↑2`, `↓1`, `new`, or blank.
  public var mark: String {
    switch self {
    case .same: return ""
    case .up(let n): return "↑\(n)"
    case .down(let n): return "↓\(n)"
    case .new: return "new"
    }
  }
}
