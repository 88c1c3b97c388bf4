import CrossLensCore
import TerminalKit

/// The metrics strip: validation NDCG@10, Recall@10, coverage, novelty and intra-list
/// diversity for the current setting (`cold` when the selected user has no target history, so
/// the cold split is evaluated), marked stale while a newer setting is being evaluated, and the λ-sweep
/// sparklines.
public enum MetricsPresenter {
  /// - Parameter previous: the result for the setting before (same target and situation):
  ///   NDCG@10 is marked `▲` when it rose from that one's, `▼` when it fell.
  public static func line(
    result: MetricsWorker.Result?, previous: MetricsWorker.Result? = nil, isStale: Bool,
    phase: String?, width: Int
  ) -> Line {
    guard let result else {
      return Line(" metrics: " + (phase ?? "waiting") + "…", .dimmed)
    }
    let m = result.current.metrics
    func value(_ key: String) -> Double { m[key] ?? .nan }
    // Three places, the error too: on Food–Kitchen NDCG is a few hundredths and its error
    // often below .005, so two places would hide every move.
    var text =
      " valid" + (result.coldStart ? " cold" : "") + " NDCG@10 "
      + NumberFormat.unit(Float(value("ndcg@10")), decimals: 3) + "±"
      + NumberFormat.unit(Float(result.current.standardErrors["ndcg@10"] ?? .nan), decimals: 3)
    // Only a move the strip can show: two equal printed values get no arrow.
    if let before = previous?.current.metrics["ndcg@10"],
      NumberFormat.unit(Float(before), decimals: 3)
        != NumberFormat.unit(Float(value("ndcg@10")), decimals: 3)
    {
      text += value("ndcg@10") > before ? " ▲" : " ▼"
    }
    text += " R@10 " + NumberFormat.unit(Float(value("recall@10")), decimals: 3)
    text += " cov " + NumberFormat.fixed(value("coverage@10") * 100, decimals: 0) + "%"
    // Novelty is a mean over recommended items: with none (every row τ-filtered) it is "–".
    text +=
      " nov "
      + (value("coverage@10") > 0 ? NumberFormat.fixed(value("novelty@10"), decimals: 1) : "–")
    // Intra-list diversity needs a list of two: without one the evaluator gives none.
    text += " ILD " + (m["diversity@10"].map { NumberFormat.unit(Float($0)) } ?? "–")
    let ndcg = result.sweep.map { $0.metrics["ndcg@10"] ?? .nan }
    let coverage = result.sweep.map { $0.metrics["coverage@10"] ?? .nan }
    let sweep =
      " · λ-sweep " + Bars.sparkline(ndcg) + " NDCG " + Bars.sparkline(coverage) + " cov"
    // The stale note is what must show whole: the sweep and the case count give way to it.
    var note = isStale ? "  (stale: " + (phase ?? "updating") + "…)" : ""
    if DisplayWidth.of(text + note) > width && isStale { note = "  (stale…)" }
    for extra in [sweep, " · \(result.current.cases) cases"]
    where DisplayWidth.of(text + extra + note) <= width {
      text += extra
    }
    var spans = [Span(text, isStale ? .dimmed : .normal)]
    if isStale { spans.append(Span(note, .warning)) }
    return Line(spans)
  }
}
