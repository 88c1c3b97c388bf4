import CrossLensCore
import TerminalKit

/// The free-text query overlay: place, cosine between the text's and the item's embeddings,
/// the item's rank in the selected user's request (`τ` when the threshold removes it, `seen`
/// when it is no candidate), title; `>` and the selected style mark the cursor's match.
public enum NearestPresenter {
  public static func lines(_ nearest: NearestResult, dataset: Dataset, width: Int) -> [Line] {
    guard !nearest.matches.isEmpty else { return [Line("no item", .dimmed)] }
    let ranks = nearest.placements.count == nearest.matches.count
    let table = Table(
      columns: [
        .init("", width: 1), .init("#", width: 3, alignment: .right),
        .init("cosine", width: 6, alignment: .right),
      ] + (ranks ? [.init("rank", width: 6, alignment: .right)] : []) + [
        .init("title", width: nil)
      ])
    return [Line(table.header(totalWidth: width), .title)]
      + nearest.matches.enumerated().map { n, match in
        let place = ranks ? [Self.placeText(nearest.placements[n])] : []
        return Line(
          table.format(
            [
              n == nearest.selected ? ">" : "", String(n + 1),
              NumberFormat.fixed(match.cosine, decimals: 3),
            ] + place + [dataset.items[Int(match.item)].title], totalWidth: width),
          n == nearest.selected ? .selected : .normal)
      }
  }

  /// A rank with thousands separators as the list's title counts candidates (`11,840`), or `τ`
  /// / `seen`.
  static func placeText(_ placement: FusedRanker.Placement) -> String {
    if case .ranked(let n) = placement { return NumberFormat.count(n) }
    return placement.description
  }
}
