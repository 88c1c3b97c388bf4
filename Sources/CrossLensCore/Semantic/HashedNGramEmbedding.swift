import Foundation

/// A **stand-in** text embedding, not a language model: each item's text (title, plus
/// description where present) is lower-cased and split into words; every word contributes its
/// character 3-grams of `#word#` and the word itself, each hashed (FNV-1a, 64-bit) to one of
/// `dimension` buckets with a hashed sign (the "hashing trick"); the vector is L2-normalised.
/// Items sharing words or word pieces get positive cosine. Used until the MiniLM encoder's
/// embeddings are in the store; model name `hashed-ngram-<dimension>`, `isStandIn` true.
public enum HashedNGramEmbedding {
  /// Embeds every item of `dataset`, in parallel chunks of items (the result does not depend
  /// on the split: each row is one item's own text).
  ///
  /// - Complexity: O(total text length + items · dimension).
  public static func itemEmbeddings(for dataset: Dataset, dimension: Int = 256) -> ItemEmbeddings {
    let items = dataset.items
    let threads = ProcessInfo.processInfo.activeProcessorCount
    let chunks = parallelChunks(count: items.count, threads: threads) { range -> [Float] in
      var rows = [Float]()
      rows.reserveCapacity(range.count * dimension)
      for i in range {
        rows.append(
          contentsOf: embed(
            items[i].title + " " + (items[i].description ?? ""), dimension: dimension))
      }
      return rows
    }
    var matrix = Matrix(rows: items.count, columns: dimension)
    matrix.values = Array(chunks.joined())
    return ItemEmbeddings(model: "hashed-ngram-\(dimension)", isStandIn: true, vectors: matrix)
  }

  /// The unnormalised hashed feature vector of one text.
  ///
  /// Hashes each word's UTF-8 bytes, then each 3-scalar window of `#word#` (its UTF-8 bytes and
  /// a 0x1F separator), streaming the bytes through FNV-1a without building substrings: this
  /// runs on every start on a store without MiniLM embeddings.
  ///
  /// - Complexity: O(text length + dimension).
  public static func embed(_ text: String, dimension: Int) -> [Float] {
    var v = [Float](repeating: 0, count: dimension)
    guard dimension > 0 else { return v }
    var padded: [Unicode.Scalar] = []
    v.withUnsafeMutableBufferPointer { out in
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        var hash = FNV1a()
        for b in word.utf8 { hash.add(b) }
        hash.vote(into: out)
        padded.removeAll(keepingCapacity: true)
        padded.append("#")
        padded.append(contentsOf: word.unicodeScalars)
        padded.append("#")
        guard padded.count >= 3 else { continue }
        for start in 0...(padded.count - 3) {
          var gram = FNV1a()
          for scalar in padded[start..<start + 3] {
            for b in scalar.utf8 { gram.add(b) }
          }
          gram.add(0x1F)
          gram.vote(into: out)
        }
      }
    }
    return v
  }

  /// 64-bit FNV-1a over a byte stream; its value picks a bucket and its top bit a sign.
  private struct FNV1a {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
      value ^= UInt64(byte)
      value &*= 0x0000_0100_0000_01b3
    }

    func vote(into v: UnsafeMutableBufferPointer<Float>) {
      v[Int(value % UInt64(v.count))] += (value >> 63) == 0 ? 1 : -1
    }
  }
}
