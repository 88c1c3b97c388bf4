/// A stored model artifact that cannot be read back: wrong kind, newer format, truncated, or
/// internally inconsistent.
public struct ArtifactDecodingError: Error, CustomStringConvertible, Sendable {
  /// The artifact tag (`IKNN`, `IALS`, `CSVD`) or "artifact" when unknown.
  public var kind: String
  /// Byte offset where reading failed.
  public var offset: Int
  public var reason: String

  public init(kind: String, offset: Int, reason: String) {
    self.kind = kind
    self.offset = offset
    self.reason = reason
  }

  public var description: String {
    let what = kind == "artifact" ? "artifact" : "\(kind) artifact"
    return "cannot read \(what) at byte \(offset): \(reason)"
  }
}
