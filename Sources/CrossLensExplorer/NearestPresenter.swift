import CrossLensCore
import TerminalKit

/// The free-text query overlay: rank, cosine between the text's and the item's embeddings,
/// title; `>` and the selected style mark the cursor's match.
public enum NearestPresenter {
  public static func lines(
    _ matches: [SimilarItems.Match], dataset: Dataset, width: Int, selected: Int? = nil
  ) -> [Line] {
    guard !matches.isEmpty else { return [Line("no item", .dimmed)] }
    let table = Table(columns: [
      .init("", width: 1), .init("#", width: 3, alignment: .right),
      .init("cosine", width: 6, alignment: .right), .init("title", width: nil),
    ])
    return [Line(table.header(totalWidth: width), .title)]
      + matches.enumerated().map { rank, match in
        Line(
          table.format(
            [
              rank == selected ? ">" : "", String(rank + 1),
              NumberFormat.fixed(match.cosine, decimals: 3), dataset.items[Int(match.item)].title,
            ], totalWidth: width), rank == selected ? .selected : .normal)
      }
  }
}
