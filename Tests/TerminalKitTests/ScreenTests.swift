import Testing

@testable import TerminalKit

@Suite struct ScreenTests {
  @Test func asciiTextFillsOneCellPerCharacter() {
    var screen = Screen(size: Size(width: 10, height: 2))
    let end = screen.write("hello", x: 2, y: 1)
    #expect(end == 7)
    #expect(screen.lines() == ["", "  hello"])
  }

  @Test func wideCharactersTakeTwoCells() {
    var screen = Screen(size: Size(width: 10, height: 1))
    let end = screen.write("日本a", x: 0, y: 0)
    #expect(end == 5)
    #expect(screen[0, 0].character == "日")
    #expect(screen[1, 0].isContinuation)
    #expect(screen[2, 0].character == "本")
    #expect(screen[4, 0].character == "a")
    #expect(screen.plainText() == "日本a")
    #expect(screen.checkInvariants())
  }

  @Test func combiningMarksJoinThePreviousCell() {
    var screen = Screen(size: Size(width: 10, height: 1))
    // "e" followed by a separate combining acute accent, written as two strings.
    screen.write("e", x: 0, y: 0)
    let end = screen.write("\u{301}x", x: 1, y: 0)
    #expect(end == 2)
    #expect(screen[0, 0].character == "é")
    #expect(screen[1, 0].character == "x")
    // A precomposed cluster inside one string is one cell too.
    var other = Screen(size: Size(width: 4, height: 1))
    #expect(other.write("a\u{308}b", x: 0, y: 0) == 2)
  }

  @Test func wideCharacterIsNeverSplitAtTheClipEdge() {
    var screen = Screen(size: Size(width: 6, height: 1))
    let end = screen.write("ab日本", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
    // "ab日" takes 4 columns; "本" would straddle column 4|5, so column 4 becomes a space.
    #expect(end == 4)
    #expect(screen.plainText() == "ab日")
    #expect(!screen[4, 0].isContinuation && screen[4, 0].character == " ")
    #expect(screen.checkInvariants())
  }

  @Test func wideCharacterAtTheScreenEdgeIsReplaced() {
    var screen = Screen(size: Size(width: 3, height: 1))
    screen.write("ab日", x: 0, y: 0)
    #expect(screen.plainText() == "ab")
    #expect(screen.checkInvariants())
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.write("日本", x: 0, y: 0)
    screen.write("x", x: 1, y: 0)  // right half of 日
    #expect(screen.plainText() == " x本")
    screen.write("y", x: 2, y: 0)  // left half of 本
    #expect(screen.plainText() == " xy")
    #expect(screen.checkInvariants())
  }

  @Test func textLeftOfTheClipIsSkipped() {
    var screen = Screen(size: Size(width: 8, height: 1))
    screen.write("abcdef", x: 0, y: 0, clip: Rect(x: 2, y: 0, width: 3, height: 1))
    #expect(screen.plainText() == "  cde")
  }

  @Test func controlCharactersNeverReachTheScreen() {
    var screen = Screen(size: Size(width: 8, height: 1))
    screen.write("a\u{1B}[b", x: 0, y: 0)
    #expect(screen.plainText() == "a\u{FFFD}[b")
  }

  @Test func writesOutsideTheScreenAreIgnored() {
    var screen = Screen(size: Size(width: 4, height: 2))
    screen.write("zz", x: 0, y: 5)
    screen.write("zz", x: -1, y: 0)
    #expect(screen.plainText() == "z\n")
  }

  @Test func displayWidthsFollowEastAsianWidth() {
    #expect(DisplayWidth.of("a") == 1)
    #expect(DisplayWidth.of("日本語") == 6)
    #expect(DisplayWidth.of("한글") == 4)
    #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)  // halfwidth katakana
    #expect(DisplayWidth.of("Ａ") == 2)  // fullwidth Latin
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    #expect(DisplayWidth.of("😀") == 2)
    #expect(DisplayWidth.of("━●─▁█") == 5)
  }
}

@Suite struct DisplayWidthTableTests {
  /// The binary search agrees with a linear scan of a few hand-picked code points on both
  /// sides of range edges.
  @Test func rangeEdges() {
    let wide: [UInt32] = [
      0x1100, 0x115F, 0x2E80, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xFF01, 0x1F600, 0x20000,
    ]
    let narrow: [UInt32] = [
      0x10FF, 0x1160 + 0xA0, 0x2E7F, 0xD7A4, 0xFF61, 0x1F0CE, 0x3FFFE, 0x2500, 0x25CF,
    ]
    for v in wide { #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 2, "\(String(v, radix: 16))") }
    for v in narrow { #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 1, "\(String(v, radix: 16))") }
  }
}
