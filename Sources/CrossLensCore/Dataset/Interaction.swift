/// One user–item event. Indices refer to `Dataset.users` and `Dataset.items`.
public struct Interaction: Sendable, Hashable {
  public var user: Int32
  public var item: Int32
  /// A rating or other strength; `nil` where the data has none (implicit feedback).
  public var value: Float?
  /// A timestamp or a position within the user's history; `nil` where the data has no order.
  public var time: Double?

  public init(user: Int32, item: Int32, value: Float? = nil, time: Double? = nil) {
    self.user = user
    self.item = item
    self.value = value
    self.time = time
  }
}
