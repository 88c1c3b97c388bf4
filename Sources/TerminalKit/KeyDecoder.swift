import CNCursesW

/// Turns what curses' `get_wch` returns into `Key`s. Pure, so it is tested without a terminal.
public enum KeyDecoder {
  /// What `get_wch` reported: a character (`OK`) or a function-key code (`KEY_CODE_YES`).
  public enum Input: Sendable, Hashable {
    case character(UInt32)
    case keyCode(Int32)
  }

  /// Decodes one input; `nil` for codes the application has no use for.
  public static func decode(_ input: Input) -> Key? {
    switch input {
    case .character(let code): return decodeCharacter(code)
    case .keyCode(let code): return decodeKeyCode(code)
    }
  }

  static func decodeCharacter(_ code: UInt32) -> Key? {
    switch code {
    case 3: return .ctrl("c")
    case 8, 127: return .backspace
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 1...26: return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) }
    case 0, 28...31: return nil
    default: return Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }

  static func decodeKeyCode(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  /// A mouse event from `getmouse`: a left press/click becomes `.mouse`, the wheel scrolls.
  public static func decodeMouse(x: Int32, y: Int32, buttons: UInt) -> Key? {
    let button1 = UInt(cn_button1_pressed() | cn_button1_clicked() | cn_button1_released())
    if buttons & UInt(cn_button4_pressed()) != 0 { return .scrollUp(x: Int(x), y: Int(y)) }
    if buttons & UInt(cn_button5_pressed()) != 0 { return .scrollDown(x: Int(x), y: Int(y)) }
    if buttons & button1 != 0 { return .mouse(x: Int(x), y: Int(y)) }
    return nil
  }
}
