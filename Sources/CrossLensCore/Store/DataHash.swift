/// A stable fingerprint of a dataset's content: `Fingerprint128` over a canonical binary
/// encoding of its domains, items, users and interactions (in their index order), but not its
/// name. The encoding is versioned (`crosslens-data-v1`) and fixed: changing it changes every
/// stored hash.
///
/// Artifacts record the hash of the data that made them, so stale ones can be recognised.
public enum DataHash {
  /// The hash as 32 hexadecimal digits.
  ///
  /// - Complexity: O(size of the dataset).
  public static func compute(_ dataset: Dataset) -> String {
    var encoder = Encoder()
    encoder.string("crosslens-data-v1")
    encoder.string(dataset.timeKind.rawValue)
    encoder.integer(dataset.domains.count)
    for domain in dataset.domains { encoder.string(domain) }
    encoder.integer(dataset.items.count)
    for item in dataset.items {
      encoder.string(item.id)
      encoder.integer(item.domain)
      encoder.string(item.title)
      encoder.optional(item.description)
      encoder.attributes(item.attributes)
    }
    encoder.integer(dataset.users.count)
    for user in dataset.users {
      encoder.string(user.id)
      encoder.attributes(user.attributes)
    }
    encoder.integer(dataset.interactions.count)
    for interaction in dataset.interactions {
      encoder.integer(Int(interaction.user))
      encoder.integer(Int(interaction.item))
      encoder.integer(interaction.value.map { Int($0.bitPattern) } ?? -1)
      encoder.integer(interaction.time.map { Int(bitPattern: UInt($0.bitPattern)) } ?? -1)
    }
    return encoder.finish()
  }

  /// Length-prefixed little-endian fields, hashed in large blocks.
  private struct Encoder {
    var hash = Fingerprint128()
    var buffer: [UInt8] = []

    mutating func integer(_ value: Int) {
      withUnsafeBytes(of: Int64(value).littleEndian) { buffer.append(contentsOf: $0) }
      if buffer.count >= 1 << 16 { flush() }
    }

    mutating func string(_ value: String) {
      integer(value.utf8.count)
      buffer.append(contentsOf: value.utf8)
    }

    mutating func optional(_ value: String?) {
      if let value {
        integer(1)
        string(value)
      } else {
        integer(0)
      }
    }

    mutating func attributes(_ attributes: [String: String]) {
      integer(attributes.count)
      for key in attributes.keys.sorted() {
        string(key)
        string(attributes[key, default: ""])
      }
    }

    mutating func flush() {
      buffer.withUnsafeBytes { hash.update($0) }
      buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() -> String {
      flush()
      return hash.finalize()
    }
  }
}
