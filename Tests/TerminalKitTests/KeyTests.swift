import CNCursesW
import Testing

@testable import TerminalKit

@Suite struct KeyTests {
  @Test func decodesCharactersAndControls() {
    #expect(KeyDecoder.decode(.character(UInt32(UInt8(ascii: "q")))) == .character("q"))
    #expect(KeyDecoder.decode(.character(0x65E5)) == .character("日"))
    #expect(KeyDecoder.decode(.character(3)) == .ctrl("c"))
    #expect(KeyDecoder.decode(.character(13)) == .enter)
    #expect(KeyDecoder.decode(.character(27)) == .escape)
    #expect(KeyDecoder.decode(.character(127)) == .backspace)
    #expect(KeyDecoder.decode(.character(9)) == .tab)
    #expect(KeyDecoder.decode(.character(21)) == .ctrl("u"))
  }

  @Test func decodesFunctionKeys() {
    #expect(KeyDecoder.decode(.keyCode(KEY_UP)) == .up)
    #expect(KeyDecoder.decode(.keyCode(KEY_NPAGE)) == .pageDown)
    #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == .resize)
    #expect(KeyDecoder.decode(.keyCode(KEY_F0 + 1)) == .function(1))
    #expect(KeyDecoder.decode(.keyCode(KEY_BTAB)) == .backTab)
  }

  @Test func decodesMouseClicksAndWheel() {
    let click = UInt(cn_button1_clicked())
    #expect(KeyDecoder.decodeMouse(x: 4, y: 7, buttons: click) == .mouse(x: 4, y: 7))
    #expect(
      KeyDecoder.decodeMouse(x: 1, y: 2, buttons: UInt(cn_button4_pressed()))
        == .scrollUp(x: 1, y: 2))
    #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttons: 0) == nil)
  }

  @Test func bindingTableDispatchesAndGeneratesHelp() {
    enum Action: Sendable { case quit, search, pin }
    struct Context { var hasRows: Bool }
    let table = BindingTable<Action, Context>([
      KeyBinding([.character("q"), .ctrl("c")], .quit, "Quit"),
      KeyBinding([.character("/")], .search, "Search users", group: "Users"),
      KeyBinding([.character("p")], .pin, "Pin list", group: "Users", when: { $0.hasRows }),
    ])
    #expect(table.action(for: .ctrl("c"), in: Context(hasRows: false)) == .quit)
    #expect(table.action(for: .character("p"), in: Context(hasRows: false)) == nil)
    #expect(table.action(for: .character("p"), in: Context(hasRows: true)) == .pin)
    // Every binding is listed; one disabled here is dimmed.
    let help = table.helpLines(in: Context(hasRows: false), keyColumnWidth: 6)
    #expect(
      help.map(\.plain) == [
        "General", "  q ^C  Quit", "", "Users", "  /     Search users", "  p     Pin list",
      ])
    #expect(help.map(\.emphasis) == [nil, nil, nil, nil, nil, .dimmed])
    #expect(
      table.helpLines(in: Context(hasRows: true), keyColumnWidth: 6).last?.emphasis == nil)
  }

  @Test func virtualTerminalQueuesKeysAndResizes() {
    let terminal = VirtualTerminal(size: Size(width: 80, height: 24))
    terminal.type("ab")
    terminal.resize(to: Size(width: 100, height: 30))
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("a"))
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("b"))
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
    #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
    #expect(terminal.size == Size(width: 100, height: 30))
  }
}
