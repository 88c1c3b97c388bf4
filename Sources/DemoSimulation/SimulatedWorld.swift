/// The simulated users of the demo dataset and everything they did, drawn from a catalogue and
/// a configuration. The same catalogue and configuration always give the same world.
public struct SimulatedWorld: Sendable {
  public var catalog: Catalog
  public var configuration: SimulationConfiguration
  /// In id order (`u0001`, `u0002`, …).
  public var users: [SimulatedUser]
  /// Grouped by user in id order, each user's interactions in time order.
  public var interactions: [SimulatedInteraction]

  /// Runs the simulation.
  /// - Complexity: O(I · n) for I interactions over domains of n items (a few seconds in debug
  ///   builds for the default 60,000 interactions).
  public init(catalog: Catalog, configuration: SimulationConfiguration) {
    let simulator = UserSimulator(catalog: catalog, configuration: configuration)
    let drawn = simulator.drawUsers()
    self.catalog = catalog
    self.configuration = configuration
    users = drawn.users
    interactions = simulator.drawInteractions(for: drawn.users, counts: drawn.counts)
  }
}
