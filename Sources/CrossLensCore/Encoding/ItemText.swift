/// The text an item is embedded from (README, "Item text"):
///
/// - the title, then `". "` and the description when the item has a non-empty one;
/// - otherwise the title, then `". "` and its attributes as `name: value` pairs in name order,
///   joined by `"; "` (when it has any);
/// - otherwise the title alone.
///
/// Runs of white space become one space and the ends are trimmed, so formatting changes in the
/// source do not count as text changes for the embedding cache.
public enum ItemText {
  public static func render(_ item: Item) -> String {
    var text = item.title
    if let description = item.description, !description.allSatisfy(\.isWhitespace) {
      text += ". " + description
    } else if !item.attributes.isEmpty {
      text +=
        ". "
        + item.attributes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        .joined(separator: "; ")
    }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The SHA-256 of the rendered text: the embedding cache's key together with the model.
  public static func hash(_ item: Item) -> String { SHA256.hex(render(item)) }
}
