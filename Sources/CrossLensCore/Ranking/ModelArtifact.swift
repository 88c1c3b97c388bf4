/// One stored piece of a fitted model: its kind (`model`, `item-knn`, `als-joint`, …), a name,
/// the parameters that made it (JSON) and its bytes.
public struct ModelArtifact: Sendable, Hashable {
  public var kind: String
  public var name: String
  public var parameters: String
  public var blob: [UInt8]

  public init(kind: String, name: String, parameters: String, blob: [UInt8]) {
    self.kind = kind
    self.name = name
    self.parameters = parameters
    self.blob = blob
  }
}

/// A model's artifacts do not make a model: a piece is missing or belongs to other data.
public struct ModelLoadingError: Error, CustomStringConvertible, Sendable {
  public var reason: String
  public init(_ reason: String) { self.reason = reason }
  public var description: String { "cannot load the model: \(reason)" }
}
