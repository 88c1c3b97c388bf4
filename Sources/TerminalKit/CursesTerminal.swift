import CNCursesW

/// The ncursesw backend: UTF-8 locale, wide-character output (`mvadd_wch`) and input
/// (`get_wch`), mouse clicks, resize events, colour pairs allocated on demand.
///
/// Create it, use it and release it on one thread. `restore()` (also run on deinit) ends curses
/// mode; call it before printing anything after the explorer closes, including on errors.
public final class CursesTerminal: Terminal {
  public let theme: Theme
  private var pairs: [Style.ColourKey: Int16] = [:]
  private var nextPair: Int16 = 1
  private let coloursAvailable: Bool
  private var restored = false

  /// Enters curses mode. Fails when standard input/output is not a terminal.
  public init(theme: Theme) throws {
    setlocale(LC_ALL, "")
    if let codeset = String(validatingCString: nl_langinfo(nl_item(CODESET))), codeset != "UTF-8" {
      // Wide characters need a UTF-8 locale; C.UTF-8 exists on every glibc system.
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    guard isatty(0) != 0, isatty(1) != 0 else { throw TerminalError.notATerminal }
    guard initscr() != nil else { throw TerminalError.cannotStart }
    self.theme = theme
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    mousemask(
      cn_button1_pressed() | cn_button1_clicked() | cn_button4_pressed() | cn_button5_pressed(),
      nil)
    mouseinterval(0)
    if theme.name != Theme.monochrome.name, has_colors() {
      start_color()
      use_default_colors()
      coloursAvailable = true
    } else {
      coloursAvailable = false
    }
    cn_install_signal_handlers()
  }

  deinit { restore() }

  /// Leaves curses mode and gives the terminal back as it was. Safe to call more than once.
  public func restore() {
    guard !restored else { return }
    restored = true
    endwin()
  }

  public var size: Size { Size(width: Int(cn_cols()), height: Int(cn_lines())) }

  /// Draws every cell and lets curses send only what changed.
  ///
  /// - Complexity: O(width × height) curses calls; curses diffs against the last frame.
  public func draw(_ screen: Screen) {
    var codes: [UInt32] = []
    codes.reserveCapacity(5)
    for y in 0..<screen.size.height {
      for x in 0..<screen.size.width {
        let cell = screen[x, y]
        if cell.isContinuation { continue }
        codes.removeAll(keepingCapacity: true)
        for scalar in cell.character.unicodeScalars { codes.append(scalar.value) }
        _ = codes.withUnsafeBufferPointer { buffer in
          cn_put_cell(
            Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count),
            attributes(cell.style.attributes), pair(for: cell.style))
        }
      }
    }
    if let cursor = screen.cursor {
      move(Int32(cursor.y), Int32(cursor.x))
      curs_set(1)
    } else {
      curs_set(0)
    }
    refresh()
  }

  /// Waits in short slices so a termination signal is noticed promptly.
  public func readKey(timeoutMilliseconds: Int?) -> Key? {
    var remaining = timeoutMilliseconds ?? Int.max
    while true {
      let signal = cn_take_pending_signal()
      if signal != 0 { return .signal(signal) }
      let slice = min(remaining, 100)
      wtimeout(cn_stdscr(), Int32(slice))
      var code: UInt32 = 0
      let status = cn_get_wch(&code)
      if status == OK {
        if let key = KeyDecoder.decode(.character(code)) { return key }
      } else if status == KEY_CODE_YES {
        if Int32(code) == KEY_MOUSE {
          var mx: Int32 = 0
          var my: Int32 = 0
          var buttons: UInt = 0
          if cn_getmouse(&mx, &my, &buttons) == OK,
            let key = KeyDecoder.decodeMouse(x: mx, y: my, buttons: buttons)
          {
            return key
          }
        } else if let key = KeyDecoder.decode(.keyCode(Int32(code))) {
          return key
        }
      }
      if timeoutMilliseconds != nil {
        remaining -= slice
        if remaining <= 0 { return nil }
      }
    }
  }

  private func attributes(_ a: CellAttributes) -> attr_t {
    var value = cn_a_normal()
    if a.contains(.bold) { value |= cn_a_bold() }
    if a.contains(.dim) { value |= cn_a_dim() }
    if a.contains(.reverse) { value |= cn_a_reverse() }
    if a.contains(.underline) { value |= cn_a_underline() }
    return value
  }

  /// The colour pair for a style's colours, allocated on first use; pair 0 (the terminal's
  /// defaults) when colours are off or the terminal has run out of pairs.
  private func pair(for style: Style) -> Int16 {
    guard coloursAvailable else { return 0 }
    let key = style.colourKey
    if key.foreground == .default && key.background == .default { return 0 }
    if let existing = pairs[key] { return existing }
    guard Int32(nextPair) < cn_color_pairs() else { return 0 }
    let number = nextPair
    init_pair(number, Int16(key.foreground.rawValue), Int16(key.background.rawValue))
    pairs[key] = number
    nextPair += 1
    return number
  }
}

extension Style {
  struct ColourKey: Hashable {
    var foreground: TerminalColor
    var background: TerminalColor
  }
  var colourKey: ColourKey { ColourKey(foreground: foreground, background: background) }
}
