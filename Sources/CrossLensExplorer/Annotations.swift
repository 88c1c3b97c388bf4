import CrossLensCore

/// An analyst's flag on an odd score: who, which item, a note, and the request at the time
/// (domains and settings), so that it can be reproduced.
public struct Flag: Sendable, Hashable, Codable {
  /// When, as `yyyy-mm-dd hh:mm:ss` UTC (the store's own stamp for stored flags).
  public var created: String
  public var userID: String
  public var itemID: String
  public var note: String
  public var parameters: RankingParameters
  /// The request's domains, `Books,Movies→Music`; empty for a flag stored before they were.
  public var domains: String

  public init(
    created: String, userID: String, itemID: String, note: String, parameters: RankingParameters,
    domains: String = ""
  ) {
    self.created = created
    self.userID = userID
    self.itemID = itemID
    self.note = note
    self.parameters = parameters
    self.domains = domains
  }

  /// `Books,Movies→Music`: the sources, in the order given, then the target.
  public static func domains(sources: [Int], target: Int, in dataset: Dataset) -> String {
    sources.map { dataset.domains[$0] }.joined(separator: ",") + "→" + dataset.domains[target]
  }
}

/// Where the explorer keeps flags and named slider presets (the store, or memory when the
/// explorer runs without one).
public protocol AnnotationStore: AnyObject {
  func addFlag(_ flag: Flag) throws
  func flags() -> [Flag]
  func savePreset(name: String, parameters: RankingParameters) throws
  func preset(named name: String) throws -> RankingParameters?
  func presetNames() -> [String]
  /// Deletes a preset; false when there was none of that name.
  func deletePreset(named name: String) throws -> Bool
}

/// Flags and presets held in memory for the session only.
public final class MemoryAnnotations: AnnotationStore {
  private var flagList: [Flag] = []
  private var presets: [String: RankingParameters] = [:]

  public init() {}

  public func addFlag(_ flag: Flag) { flagList.append(flag) }
  public func flags() -> [Flag] { flagList }
  public func savePreset(name: String, parameters: RankingParameters) { presets[name] = parameters }
  public func preset(named name: String) -> RankingParameters? { presets[name] }
  public func presetNames() -> [String] { presets.keys.sorted() }
  public func deletePreset(named name: String) -> Bool { presets.removeValue(forKey: name) != nil }
}
