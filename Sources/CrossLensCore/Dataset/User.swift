/// One user. Attributes keep any user columns of the source (such as a held-out `group`).
public struct User: Sendable, Hashable {
  public var id: String
  public var attributes: [String: String]

  public init(id: String, attributes: [String: String] = [:]) {
    self.id = id
    self.attributes = attributes
  }
}
