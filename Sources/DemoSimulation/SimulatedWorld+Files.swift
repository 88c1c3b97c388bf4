import Foundation

/// The demo files, rendered as TSV text exactly as they are committed in `Data/`.
extension SimulatedWorld {
  /// One output file: its name inside the output folder and its full text.
  public struct OutputFile: Sendable {
    public var name: String
    public var contents: String
  }

  /// `items.tsv`, `users.tsv`, `interactions.tsv` and `tastes.tsv`, in that order.
  public var files: [OutputFile] {
    [
      OutputFile(name: "items.tsv", contents: itemsTSV),
      OutputFile(name: "users.tsv", contents: usersTSV),
      OutputFile(name: "interactions.tsv", contents: interactionsTSV),
      OutputFile(name: "tastes.tsv", contents: tastesTSV),
    ]
  }

  /// item_id, domain, title, description, tags (`;`-separated), creator, year.
  public var itemsTSV: String {
    var text = "item_id\tdomain\ttitle\tdescription\ttags\tcreator\tyear\n"
    for item in catalog.items {
      text += [
        item.id, item.domain.rawValue, item.title, item.description,
        item.tags.joined(separator: ";"), item.creator, String(item.year),
      ].joined(separator: "\t")
      text += "\n"
    }
    return text
  }

  /// user_id, group, country, age_band.
  public var usersTSV: String {
    var text = "user_id\tgroup\tcountry\tage_band\n"
    for user in users {
      text += "\(user.id)\t\(user.group.rawValue)\t\(user.country)\t\(user.ageBand)\n"
    }
    return text
  }

  /// user_id, item_id, rating, timestamp (unix seconds).
  public var interactionsTSV: String {
    var text = "user_id\titem_id\trating\ttimestamp\n"
    text.reserveCapacity(interactions.count * 28)
    for interaction in interactions {
      text +=
        "\(users[interaction.user].id)\t\(catalog.items[interaction.item].id)"
        + "\t\(interaction.rating)\t\(interaction.timestamp)\n"
    }
    return text
  }

  /// user_id, taste, weight: each user's true tastes, heaviest first, weights summing to 1.
  public var tastesTSV: String {
    var text = "user_id\ttaste\tweight\n"
    for user in users {
      for entry in user.tastes {
        let name = catalog.tasteTable.tastes[entry.taste].name
        text += "\(user.id)\t\(name)\t\(Self.formatThousandths(entry.permille))\n"
      }
    }
    return text
  }

  /// `350` → `0.350`, `1000` → `1.000`.
  static func formatThousandths(_ permille: Int) -> String {
    let fraction = String(permille % 1000)
    return "\(permille / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// Writes every file into `directory` (created if needed), each replaced atomically.
  public func write(to directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for file in files {
      try Data(file.contents.utf8).write(
        to: directory.appendingPathComponent(file.name), options: .atomic)
    }
  }
}
