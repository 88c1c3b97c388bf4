import CrossLensCore
import TerminalKit

/// The free-text query overlay: rank, cosine between the text's and the item's embeddings,
/// title.
public enum NearestPresenter {
  public static func lines(_ matches: [SimilarItems.Match], dataset: Dataset, width: Int) -> [Line]
  {
    guard !matches.isEmpty else { return [Line("no item", .dimmed)] }
    let table = Table(columns: [
      .init("#", width: 3, alignment: .right), .init("cosine", width: 6, alignment: .right),
      .init("title", width: nil),
    ])
    return [Line(table.header(totalWidth: width), .title)]
      + matches.enumerated().map { rank, match in
        Line(
          table.format(
            [
              String(rank + 1), NumberFormat.fixed(match.cosine, decimals: 3),
              dataset.items[Int(match.item)].title,
            ], totalWidth: width))
      }
  }
}
