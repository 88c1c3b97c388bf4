/// Where the recommendations pane's component weights come from. `learned` follows the model's
/// fit for each request's situation (target domain, and whether the user has history there),
/// which is what `crosslens recommend` uses by default — or the pooled fit where that situation
/// had none; `custom` keeps weights set by hand (a slider, `:w`, a preset) for every user and
/// target until `w` returns to the learned ones.
public enum WeightsOrigin: Sendable, Hashable {
  case learned(coldStart: Bool, pooled: Bool)
  case custom

  /// The pane title's note: `learned weights`, `learned weights (cold)`, `learned weights
  /// (pooled)`, `learned weights (cold, pooled)`, `custom weights`.
  public var note: String {
    switch self {
    case .learned(let coldStart, let pooled):
      let marks = (coldStart ? ["cold"] : []) + (pooled ? ["pooled"] : [])
      return "learned weights" + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")")
    case .custom: return "custom weights"
    }
  }
}
