import CrossLensCore
import Foundation

/// Flags and presets kept in the store's `flags` and `presets` tables, parameters as JSON.
public final class StoreAnnotations: AnnotationStore {
  private let store: Store

  public init(store: Store) { self.store = store }

  public func addFlag(_ flag: Flag) throws {
    _ = try store.addFlag(
      userID: flag.userID, itemID: flag.itemID, note: flag.note,
      parameters: try Self.json(flag.parameters), domains: flag.domains)
  }

  /// Stored flags, oldest first; a flag whose parameters no longer decode shows the defaults.
  public func flags() -> [Flag] {
    ((try? store.flags()) ?? []).map { record in
      Flag(
        created: record.created, userID: record.userID, itemID: record.itemID, note: record.note,
        parameters: Self.parameters(record.parameters) ?? RankingParameters(),
        domains: record.domains)
    }
  }

  public func savePreset(name: String, parameters: RankingParameters) throws {
    try store.putPreset(name: name, parameters: try Self.json(parameters))
  }

  public func preset(named name: String) throws -> RankingParameters? {
    guard let stored = try store.presets().first(where: { $0.name == name }) else { return nil }
    return Self.parameters(stored.parameters)
  }

  public func presetNames() -> [String] { ((try? store.presets()) ?? []).map(\.name) }

  public func deletePreset(named name: String) throws -> Bool {
    try store.deletePreset(name: name)
  }

  static func json(_ parameters: RankingParameters) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(parameters), as: UTF8.self)
  }

  static func parameters(_ json: String) -> RankingParameters? {
    try? JSONDecoder().decode(RankingParameters.self, from: Data(json.utf8))
  }
}
