import CrossLensCore
import Foundation

/// The current view as a file: every number of every shown (and filtered) row, with the
/// request that produced them.
public struct RecommendationExport: Sendable, Codable {
  public struct Row: Sendable, Codable {
    public var rank: Int
    public var change: String
    public var itemID: String
    public var title: String
    public var score: Float
    public var sim: Float
    public var contributions: [String: Float]
    public var penalty: Float
    public var finalScore: Float
    public var filteredReason: String?
  }

  public var userID: String
  public var sources: [String]
  public var target: String
  public var parameters: RankingParameters
  public var candidateCount: Int
  public var rows: [Row]

  public init(context: RecommendationContext, user: Int32, dataset: Dataset) {
    userID = dataset.users[Int(user)].id
    sources = context.sources.map { dataset.domains[$0] }
    target = dataset.domains[context.target]
    parameters = context.parameters
    candidateCount = context.list.candidateCount
    rows = (context.list.rows + context.list.filtered).map { r in
      Row(
        rank: r.rank, change: context.changes[r.item]?.mark ?? "",
        itemID: dataset.items[Int(r.item)].id,
        title: dataset.items[Int(r.item)].title, score: r.score, sim: r.sim,
        contributions: r.contributions, penalty: r.penalty, finalScore: r.finalScore,
        filteredReason: r.filteredReason)
    }
  }

  /// JSON, keys sorted, pretty-printed.
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(self)
  }

  /// How every CSV export begins (its header's first fields): what marks a file as one.
  public static let csvHeaderStart = "user_id,source,target,rank,"

  /// CSV with a header; one column per component (in `componentNames` order); fields with
  /// commas, quotes or newlines quoted (RFC 4180).
  public func csv(componentNames: [String]) -> String {
    var header = [
      "user_id", "source", "target", "rank", "change", "item_id", "title", "score", "sim",
    ]
    header += componentNames.map { "w_z_" + $0 }
    header += ["penalty", "final_score", "filtered_reason", "lambda", "tau", "k"]
    var lines = [header.joined(separator: ",")]
    for r in rows {
      var fields = [
        userID, sources.joined(separator: "+"), target, String(r.rank), r.change, r.itemID,
        r.title, "\(r.score)", "\(r.sim)",
      ]
      fields += componentNames.map { "\(r.contributions[$0] ?? 0)" }
      fields += [
        "\(r.penalty)", "\(r.finalScore)", r.filteredReason ?? "", "\(parameters.lambda)",
        "\(parameters.tau)", "\(parameters.k)",
      ]
      lines.append(fields.map(Self.quote).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
