import CrossLensCore

/// The header line's account of what is open.
public enum HeaderPresenter {
  /// The model (its components are the list's columns): when it was trained, ALS's factors,
  /// SVD's rank and the text embedding, `stand-in` when it is not a language model's:
  /// `model 2026-12-04 (als f64 · svd r64 · all-MiniLM-L6-v2)`.
  public static func modelSummary(_ model: CrossDomainModel, trained: String?) -> String {
    let c = model.configuration
    var parts = ["als f\(c.als.factors)", "svd r\(c.svd.rank)"]
    if let embeddings = model.itemEmbeddings {
      let name = String(embeddings.model.prefix { $0 != "@" })
      parts.append(embeddings.isStandIn ? "stand-in \(name)" : name)
    }
    let date = trained.map { " " + $0.prefix(10) } ?? ""
    return "model\(date) (\(parts.joined(separator: " · ")))"
  }
}
