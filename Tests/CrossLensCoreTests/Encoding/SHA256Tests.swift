import CrossLensCore
import Testing

@Suite struct SHA256Tests {
  /// FIPS 180-2 appendix B examples and the empty string.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownDigests(_ text: String, _ digest: String) {
    #expect(SHA256.hex(text) == digest)
  }

  @Test func oneMillionAsInUnevenChunks() {
    var hasher = SHA256()
    var remaining = 1_000_000
    var chunk = 1
    while remaining > 0 {
      let size = min(chunk, remaining)
      hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: size))
      remaining -= size
      chunk = chunk * 3 % 1000 + 1
    }
    #expect(
      hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
