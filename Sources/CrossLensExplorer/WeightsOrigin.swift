/// Where the recommendations pane's component weights come from. `learned` follows the model's
/// fit for each request's situation (target domain, and whether the user has history there),
/// which is what `crosslens recommend` uses by default; `custom` keeps weights set by hand
/// (a slider, `:w`, a preset) for every user until `w` returns to the learned ones.
public enum WeightsOrigin: Sendable, Hashable {
  case learned(coldStart: Bool)
  case custom

  /// The pane title's note: `learned weights`, `learned weights (cold)`, `custom weights`.
  public var note: String {
    switch self {
    case .learned(let coldStart): return coldStart ? "learned weights (cold)" : "learned weights"
    case .custom: return "custom weights"
    }
  }
}
