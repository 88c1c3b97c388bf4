import CrossLensCore

/// The header line's account of what is open.
public enum HeaderPresenter {
  /// The model (its components are the list's columns): when it was trained, the text
  /// embedding (`stand-in` when it is not a language model's), ALS's factors and SVD's rank:
  /// `model 2026-12-04 (all-MiniLM-L6-v2 · als f64 · svd r64)`. The embedding comes first: a
  /// narrow screen cuts the line's end, and which text model scores is what matters most.
  public static func modelSummary(_ model: CrossDomainModel, trained: String?) -> String {
    let c = model.configuration
    var parts: [String] = []
    if let embeddings = model.itemEmbeddings {
      let name = String(embeddings.model.prefix { $0 != "@" })
      parts.append(embeddings.isStandIn ? "stand-in \(name)" : name)
    }
    parts += ["als f\(c.als.factors)", "svd r\(c.svd.rank)"]
    let date = trained.map { " " + $0.prefix(10) } ?? ""
    return "model\(date) (\(parts.joined(separator: " · ")))"
  }
}
