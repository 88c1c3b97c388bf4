import Foundation

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

extension ArtifactDecodingError {
  /// Decodes a JSON artifact of `kind`. A shape this version does not read (a field added or
  /// renamed since it was stored) is an artifact error, which the explorer answers by
  /// retraining, rather than a bare `DecodingError`.
  static func decodingJSON<T: Decodable>(_ type: T.Type, kind: String, from data: Data) throws
    -> T
  {
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch let error as DecodingError {
      throw ArtifactDecodingError(
        kind: kind, offset: 0,
        reason: "written by another version (\(error)); run `crosslens train` again")
    }
  }
}
