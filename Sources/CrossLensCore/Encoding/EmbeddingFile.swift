import Foundation

/// Embeddings shipped as files (the demo's `Data/embeddings.tsv` + `Data/embeddings.f16`), so the
/// default dataset opens with real MiniLM vectors and no download:
///
/// - `embeddings.tsv`: a line `# model=<identifier> dims=<d> dtype=float16-le`, a header line
///   `item_id<TAB>text_sha256`, then one line per item (`ItemText.hash` of its text);
/// - `embeddings.f16`: the vectors in the same order, `d` IEEE half-precision little-endian values each.
///
/// Half precision keeps about 3 decimal digits: the cosine of a stored vector and its float32
/// original is above 0.99999.
public enum EmbeddingFile {
  public static let indexName = "embeddings.tsv"
  public static let vectorsName = "embeddings.f16"

  /// Writes both files into `folder`.
  public static func write(
    folder: String, model: String, itemIDs: [String], textHashes: [String], vectors: Matrix
  ) throws {
    var index = "# model=\(model) dims=\(vectors.columns) dtype=float16-le\nitem_id\ttext_sha256\n"
    for (id, hash) in zip(itemIDs, textHashes) { index += "\(id)\t\(hash)\n" }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(vectors.values.count * 2)
    for value in vectors.values {
      let bits = Float16(value).bitPattern
      bytes += [UInt8(truncatingIfNeeded: bits), UInt8(truncatingIfNeeded: bits >> 8)]
    }
    try Data(index.utf8).write(to: URL(fileURLWithPath: folder + "/" + indexName), options: .atomic)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + vectorsName), options: .atomic)
  }

  /// Reads both files: the model identifier and the vectors by item id (as float32).
  public static func read(folder: String) throws -> (
    model: String, rows: [String: CatalogEmbedder.Cached]
  ) {
    let indexPath = folder + "/" + indexName
    let vectorsPath = folder + "/" + vectorsName
    let hint = "Regenerate them with `crosslens embed` (see README, \"Shipped embeddings\")."
    guard let indexData = FileManager.default.contents(atPath: indexPath) else {
      throw EncoderError.missingFile(path: indexPath, hint: hint)
    }
    guard let vectorData = FileManager.default.contents(atPath: vectorsPath) else {
      throw EncoderError.missingFile(path: vectorsPath, hint: hint)
    }
    let lines = String(decoding: indexData, as: UTF8.self).split(separator: "\n").map(String.init)
    func fail(_ line: Int, _ reason: String) -> EncoderError {
      .corruptFile(path: "\(indexPath):\(line)", reason: reason, hint: hint)
    }
    guard lines.count >= 2, lines[0].hasPrefix("# ") else {
      throw fail(1, "missing the `# model=… dims=…` line")
    }
    var fields: [String: String] = [:]
    for pair in lines[0].dropFirst(2).split(separator: " ") {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    guard let model = fields["model"], let dims = fields["dims"].flatMap(Int.init), dims > 0,
      fields["dtype"] == "float16-le"
    else { throw fail(1, "needs model=, dims= (positive) and dtype=float16-le") }
    guard lines[1] == "item_id\ttext_sha256" else {
      throw fail(2, "header must be item_id<TAB>text_sha256")
    }
    let count = lines.count - 2
    guard vectorData.count == count * dims * 2 else {
      throw EncoderError.corruptFile(
        path: vectorsPath,
        reason: "\(vectorData.count) bytes for \(count) vectors of \(dims) halves",
        hint: hint)
    }
    var rows: [String: CatalogEmbedder.Cached] = [:]
    let bytes = [UInt8](vectorData)
    for (offset, line) in lines.dropFirst(2).enumerated() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count == 2, !cells[0].isEmpty, cells[1].count == 64 else {
        throw fail(offset + 3, "expected item_id<TAB>64 hex digits")
      }
      let base = offset * dims * 2
      let vector = (0..<dims).map { j in
        Float(
          Float16(bitPattern: UInt16(bytes[base + 2 * j]) | UInt16(bytes[base + 2 * j + 1]) << 8))
      }
      rows[String(cells[0])] = CatalogEmbedder.Cached(textHash: String(cells[1]), vector: vector)
    }
    return (model, rows)
  }
}
