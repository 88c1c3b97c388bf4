/// A **stand-in** text embedding, not a language model: each item's text (title, plus
/// description where present) is lower-cased and split into words; every word contributes its
/// character 3-grams of `#word#` and the word itself, each hashed (FNV-1a, 64-bit) to one of
/// `dimension` buckets with a hashed sign (the "hashing trick"); the vector is L2-normalised.
/// Items sharing words or word pieces get positive cosine. Used until the MiniLM encoder's
/// embeddings are in the store; model name `hashed-ngram-<dimension>`, `isStandIn` true.
public enum HashedNGramEmbedding {
  /// Embeds every item of `dataset`.
  ///
  /// - Complexity: O(total text length + items · dimension).
  public static func itemEmbeddings(for dataset: Dataset, dimension: Int = 256) -> ItemEmbeddings {
    var matrix = Matrix(rows: dataset.items.count, columns: dimension)
    for (i, item) in dataset.items.enumerated() {
      let text = item.title + " " + (item.description ?? "")
      let v = embed(text, dimension: dimension)
      for c in 0..<dimension { matrix.values[i * dimension + c] = v[c] }
    }
    return ItemEmbeddings(model: "hashed-ngram-\(dimension)", isStandIn: true, vectors: matrix)
  }

  /// The unnormalised hashed feature vector of one text.
  public static func embed(_ text: String, dimension: Int) -> [Float] {
    var v = [Float](repeating: 0, count: dimension)
    guard dimension > 0 else { return v }
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    for word in words {
      add(Array(word.utf8), to: &v)
      let padded = Array("#\(word)#".unicodeScalars)
      if padded.count >= 3 {
        for start in 0...(padded.count - 3) {
          add(
            Array(String(String.UnicodeScalarView(padded[start..<start + 3])).utf8) + [0x1F], to: &v
          )
        }
      }
    }
    return v
  }

  private static func add(_ bytes: [UInt8], to v: inout [Float]) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash &*= 0x0000_0100_0000_01b3
    }
    let bucket = Int(hash % UInt64(v.count))
    v[bucket] += (hash >> 63) == 0 ? 1 : -1
  }
}
