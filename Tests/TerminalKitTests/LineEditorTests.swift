import Testing

@testable import TerminalKit

/// Editing keys against the text and cursor they should leave, and the sideways scroll.
@Suite struct LineEditorTests {
  func typed(_ keys: [Key], from start: String = "") -> LineEditor {
    var editor = LineEditor(start)
    for key in keys {
      let handled = editor.handle(key)
      #expect(handled, "\(key)")
    }
    return editor
  }

  @Test func keysEditAtTheCursor() {
    // `lamda 0.9`: back six, after `lam`, to fix the typo.
    var editor = typed(Array(repeating: .left, count: 6), from: "lamda 0.9")
    #expect(editor.cursor == 3)
    let typedB = editor.handle(.character("b"))
    #expect(typedB)
    #expect(editor.text == "lambda 0.9" && editor.cursor == 4)
    editor = typed([.home, .delete, .end, .backspace], from: "xk 20")
    #expect(editor.text == "k 2" && editor.cursor == 3)
    editor = typed([.ctrl("w")], from: "export csv some/path  ")
    #expect(editor.text == "export csv " && editor.cursor == 11)
    editor = typed([.left, .left, .ctrl("u")], from: "tau 0.25")
    #expect(editor.text == "25" && editor.cursor == 0)
    // At the ends, moving and deleting further do nothing.
    editor = typed([.right, .delete, .home, .left, .backspace], from: "ab")
    #expect(editor.text == "ab" && editor.cursor == 0)
    // A combining mark typed after `e` joins it: one character, the cursor after it.
    editor = typed([.character("e"), .character("\u{301}"), .character("x")])
    #expect(editor.text == "\u{E9}x" && editor.text.count == 2 && editor.cursor == 2)
    #expect(editor.visible(width: 10).cursor == 2)
    editor = typed([.home, .character("\u{2764}"), .character("\u{FE0F}")], from: "ok")
    #expect(editor.text == "\u{2764}\u{FE0F}ok" && editor.cursor == 1)
    var other = LineEditor()
    let enter = other.handle(.enter)
    let up = other.handle(.up)
    #expect(!enter && !up)
  }

  @Test func longTextScrollsToKeepTheCursorInView() {
    let text = String(repeating: "abcdefghij", count: 10)
    let end = LineEditor(text).visible(width: 30)
    // The end and the cursor after it show, the cut marked at the left.
    #expect(end.text.hasPrefix("…") && text.hasSuffix(String(end.text.dropFirst())))
    #expect(end.cursor <= 29 && DisplayWidth.of(end.text) <= 30)
    #expect(end.cursor == DisplayWidth.of(end.text))
    var start = LineEditor(text)
    _ = start.handle(.home)
    let home = start.visible(width: 30)
    #expect(home.cursor == 0 && home.text.hasPrefix("abcdefghij") && home.text.hasSuffix("…"))
    let short = LineEditor("k 20").visible(width: 30)
    #expect(short.text == "k 20" && short.cursor == 4)
    // Wide characters count two columns each.
    let wide = LineEditor(String(repeating: "台所", count: 20)).visible(width: 11)
    #expect(
      DisplayWidth.of(wide.text) <= 11 && wide.cursor == DisplayWidth.of(wide.text), "\(wide)")
    // The cursor in the middle of a long line: the text before it scrolls out, after it is cut.
    var middle = LineEditor(text)
    for _ in 0..<40 { _ = middle.handle(.left) }
    let shown = middle.visible(width: 30)
    #expect(shown.text.hasPrefix("…") && shown.text.hasSuffix("…") && shown.cursor <= 29)
    let prefix = String(Array(text)[..<60])
    #expect(prefix.hasSuffix(String(shown.text.dropFirst().prefix(shown.cursor - 1))), "\(shown)")
  }

  /// At every cursor position of every length, the character under the cursor is on screen,
  /// at the cursor's column, never hidden under a `…`.
  @Test func theCharacterUnderTheCursorIsAlwaysShown() {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    for width in [5, 10, 30, 78] {
      for length in [0, 1, width - 2, width - 1, width, width + 1, 2 * width + 3] where length >= 0
      {
        let text = String((0..<length).map { alphabet[$0 % 26] })
        var editor = LineEditor(text)
        _ = editor.handle(.home)
        for position in 0...length {
          let shown = editor.visible(width: width)
          let columns = Array(shown.text)
          #expect(
            columns.count <= width && shown.cursor <= width - 1, "\(width) \(length) \(position)")
          if position < length {
            #expect(
              columns.indices.contains(shown.cursor)
                && columns[shown.cursor] == Array(text)[position],
              "width \(width), length \(length), cursor \(position): \(shown)")
          }
          _ = editor.handle(.right)
        }
      }
    }
  }
}
