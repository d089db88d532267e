import CNcurses
import Foundation
import STCKit
import STCTerminal

/// The only code that talks to ncurses: it turns keys into `Input`, and draws a `ScreenBuffer`
/// by writing the cells that changed since the last frame.
final class NcursesBackend {
  let monochrome: Bool
  private var colours256 = false
  private var pairs: [Style: (attr: attr_t, pair: Int16)] = [:]
  private var nextPair: Int16 = 1
  private var mouseOn = false
  private var drawn: ScreenBuffer?
  private var pressed = false

  /// Sets the terminal up for the workbench. The locale comes first: without a UTF-8 codeset
  /// ncurses draws every non-ASCII cell blank.
  init(environment: [String: String]) {
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
      setlocale(LC_CTYPE, "C.UTF-8")
      FileHandle.standardError.write(Data("stc: the locale is not UTF-8; using C.UTF-8 so that æ ø å show.\n".utf8))
    }
    if environment["ESCDELAY"] == nil { set_escdelay(25) }
    TerminalGuard.arm()
    initscr()
    raw()
    noecho()
    nonl()
    keypad(stc_stdscr(), true)
    // A read gives up after a while, so that the workbench can look for what another stc saved.
    wtimeout(stc_stdscr(), Int32(Self.idleMilliseconds))
    curs_set(0)
    mouseinterval(0)
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
    monochrome = noColour || !has_colors()
    if !monochrome {
      start_color()
      use_default_colors()
      colours256 = stc_colors() >= 256
    }
    // Bracketed paste: the terminal wraps pasted text, and ncurses reports the markers as keys.
    define_key("\u{1B}[200~", stc_key_max() + 1)
    define_key("\u{1B}[201~", stc_key_max() + 2)
    // Ctrl-← and Ctrl-→ as xterm, tmux and rxvt send them.
    for sequence in ["\u{1B}[1;5D", "\u{1B}[5D", "\u{1B}Od"] { define_key(sequence, stc_key_max() + 3) }
    for sequence in ["\u{1B}[1;5C", "\u{1B}[5C", "\u{1B}Oc"] { define_key(sequence, stc_key_max() + 4) }
    writeRaw("\u{1B}[?2004h")
  }

  /// A backend that draws into /dev/null with the colours of xterm-256color, for `stc bench`
  /// to time the drawing as the workbench does it; nil when ncurses cannot make the screen.
  init?(headless size: Size) {
    setlocale(LC_ALL, "")
    setlocale(LC_CTYPE, "C.UTF-8")
    guard stc_headless_screen("xterm-256color", Int32(size.height), Int32(size.width)) == stc_ok() else { return nil }
    monochrome = false
    start_color()
    use_default_colors()
    colours256 = stc_colors() >= 256
  }

  var size: Size { Size(width: Int(stc_cols()), height: Int(stc_lines())) }

  func end() {
    writeRaw("\u{1B}[?2004l")
    if mouseOn { writeRaw("\u{1B}[?1003l") }
    TerminalGuard.finish()
  }

  private func writeRaw(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  // MARK: Drawing

  /// Draws a frame, changing only the cells that differ from the last one.
  func draw(_ buffer: ScreenBuffer, frame: Frame) {
    setMouse(frame.mouse)
    let previous = drawn?.size == buffer.size ? drawn : nil
    if previous == nil { erase() }
    let width = buffer.size.width
    var cell = cchar_t()
    // One buffer of wide characters for every cell, and the look of the last style: a frame
    // that changes every cell must not allocate or hash per cell.
    var glyph = [wchar_t](repeating: 0, count: TerminalGlyph.maximumScalars + 1)
    var lastStyle: Style?
    var lastLook: (attr_t, Int16) = (0, 0)
    for y in 0..<buffer.size.height {
      for x in 0..<width {
        let new = buffer[x, y]
        if new.isWideTail { continue }
        // An unchanged cell is skipped, unless it is wide and its right half changed; the width
        // is looked up only then (it cost a tenth of a frame when looked up for every cell).
        if let previous, previous[x, y] == new,
          x + 1 >= width || previous[x + 1, y] == buffer[x + 1, y] || DisplayWidth.of(new.grapheme) != 2
        {
          continue
        }
        let isWide = DisplayWidth.of(new.grapheme) == 2 && x + 1 < width
        if new.style != lastStyle {
          lastLook = look(new.style)
          lastStyle = new.style
        }
        let (attr, pair) = lastLook
        if isWide {
          // Blank the right half first: a terminal that draws the grapheme narrower leaves no
          // stale character behind.
          glyph[0] = 32
          glyph[1] = 0
          stc_setcchar(&cell, &glyph, attr, pair)
          mvadd_wch(Int32(y), Int32(x + 1), &cell)
        }
        if let ascii = new.grapheme.asciiValue, ascii >= 0x20 {
          glyph[0] = wchar_t(ascii)
          glyph[1] = 0
        } else {
          var n = 0
          for scalar in TerminalGlyph.scalars(for: new.grapheme) {
            glyph[n] = wchar_t(bitPattern: scalar.value)
            n += 1
          }
          glyph[n] = 0
        }
        stc_setcchar(&cell, &glyph, attr, pair)
        mvadd_wch(Int32(y), Int32(x), &cell)
      }
    }
    if let cursor = frame.cursor {
      curs_set(1)
      move(Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    refresh()
    drawn = buffer
  }

  /// Forgets what is on the screen, so that the next frame is drawn in full.
  func invalidate() {
    drawn = nil
    clearok(stc_stdscr(), true)
  }

  private func setMouse(_ on: Bool) {
    guard on != mouseOn else { return }
    mouseOn = on
    mousemask(on ? stc_mouse_all() : 0, nil)
    writeRaw(on ? "\u{1B}[?1003h" : "\u{1B}[?1003l")
  }

  /// The attributes and colour pair of a style role.
  private func look(_ style: Style) -> (attr_t, Int16) {
    if let known = pairs[style] { return known }
    let result: (attr_t, Int16)
    if monochrome {
      result = (monochromeAttributes(style), 0)
    } else {
      let (fg, bg, attr) = colours(style)
      if fg == -1 && bg == -1 {
        result = (attr, 0)
      } else {
        init_pair(nextPair, fg, bg)
        result = (attr, nextPair)
        nextPair += 1
      }
    }
    pairs[style] = result
    return result
  }

  private func monochromeAttributes(_ style: Style) -> attr_t {
    switch style {
    case .normal, .informant, .success: stc_a_normal()
    case .dim, .lineNumber, .otherCoder: stc_a_dim()
    case .bold, .speaker, .error, .warning, .code: stc_a_bold()
    case .titleBar, .statusBar, .cursor, .selection: stc_a_reverse()
    case .key: stc_a_reverse() | stc_a_bold()
    case .cursorLine: stc_a_bold() | stc_a_underline()
    case .match: stc_a_bold() | stc_a_underline()
    case .heading: stc_a_bold() | stc_a_underline()
    case .unitText: stc_a_underline()
    }
  }

  private func palette(_ colour: PaletteColour) -> Int16 {
    if colours256 {
      switch colour {
      case .red: 167
      case .orange: 208
      case .yellow: 178
      case .green: 71
      case .teal: 37
      case .blue: 68
      case .purple: 134
      case .pink: 211
      case .brown: 130
      case .grey: 245
      }
    } else {
      switch colour {
      case .red, .brown: Int16(COLOR_RED)
      case .orange, .yellow: Int16(COLOR_YELLOW)
      case .green: Int16(COLOR_GREEN)
      case .teal: Int16(COLOR_CYAN)
      case .blue: Int16(COLOR_BLUE)
      case .purple, .pink: Int16(COLOR_MAGENTA)
      case .grey: Int16(COLOR_WHITE)
      }
    }
  }

  /// Foreground, background and attributes of a style on a colour terminal.
  private func colours(_ style: Style) -> (Int16, Int16, attr_t) {
    let rich = colours256
    switch style {
    case .normal: return (-1, -1, stc_a_normal())
    case .dim: return (rich ? 244 : -1, -1, rich ? stc_a_normal() : stc_a_dim())
    case .bold: return (-1, -1, stc_a_bold())
    case .titleBar: return (rich ? 231 : Int16(COLOR_WHITE), rich ? 24 : Int16(COLOR_BLUE), stc_a_bold())
    case .statusBar: return (rich ? 252 : Int16(COLOR_BLACK), rich ? 236 : Int16(COLOR_WHITE), stc_a_normal())
    case .key: return (rich ? 229 : Int16(COLOR_WHITE), rich ? 238 : Int16(COLOR_BLACK), stc_a_bold())
    case .cursorLine: return (-1, rich ? 237 : Int16(COLOR_BLUE), stc_a_normal())
    case .cursor: return (-1, -1, stc_a_reverse())
    case .selection: return (rich ? 231 : Int16(COLOR_WHITE), rich ? 25 : Int16(COLOR_BLUE), stc_a_normal())
    case .match: return (Int16(COLOR_BLACK), rich ? 220 : Int16(COLOR_YELLOW), stc_a_normal())
    case .lineNumber: return (rich ? 242 : -1, -1, rich ? stc_a_normal() : stc_a_dim())
    case .speaker: return (rich ? 110 : Int16(COLOR_CYAN), -1, stc_a_bold())
    case .error: return (rich ? 203 : Int16(COLOR_RED), -1, stc_a_bold())
    case .success: return (rich ? 114 : Int16(COLOR_GREEN), -1, stc_a_normal())
    case .warning: return (rich ? 214 : Int16(COLOR_YELLOW), -1, stc_a_bold())
    case .heading: return (rich ? 153 : -1, -1, stc_a_bold())
    case .code(let c): return (palette(c), -1, stc_a_bold())
    case .unitText(let c): return (Int16(COLOR_BLACK), palette(c), stc_a_normal())
    case .otherCoder(let c): return (palette(c), -1, stc_a_dim())
    case .informant(let c): return (palette(c), -1, stc_a_normal())
    }
  }

  // MARK: Input

  /// How long `read()` waits for input before it returns nil.
  static let idleMilliseconds = 2000

  /// Waits for the next input, `idleMilliseconds` at most. Returns nil when none came, and for
  /// input stc does not use.
  func read() -> Input? {
    var code: wint_t = 0
    let kind = get_wch(&code)
    if kind == stc_err() { return nil }
    if kind == stc_key_code_yes() { return functionKey(Int32(code)) }
    return character(UInt32(code))
  }

  private func character(_ value: UInt32) -> Input? {
    switch value {
    case 13, 10: return .key(.enter)
    case 9: return .key(.tab)
    case 27: return .key(.escape)
    case 127, 8: return .key(.backspace)
    case 1...26: return .key(.ctrl(Character(Unicode.Scalar(value + 96)!)))
    case 31: return .key(.ctrl("_"))
    case 0, 28...30: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.char(Character(scalar)))
    }
  }

  private func functionKey(_ code: Int32) -> Input? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_ENTER: return .key(.enter)
    case stc_key_resize(): return .resize(size)
    case stc_key_mouse(): return mouse()
    case stc_key_max() + 1: return .paste(readPaste())
    case stc_key_max() + 3: return .key(.ctrlLeft)
    case stc_key_max() + 4: return .key(.ctrlRight)
    default: return nil
    }
  }

  /// Collects pasted text up to the end marker; control characters are dropped, line ends kept.
  private func readPaste() -> String {
    var text = String.UnicodeScalarView()
    while true {
      var code: wint_t = 0
      let kind = get_wch(&code)
      if kind == stc_err() { break }
      if kind == stc_key_code_yes() {
        if Int32(code) == stc_key_max() + 2 { break }
        continue
      }
      let value = UInt32(code)
      if value == 13 || value == 10 {
        text.append("\n")
      } else if value == 9 || value >= 32, let scalar = Unicode.Scalar(value) {
        text.append(scalar)
      }
    }
    return String(text)
  }

  private func mouse() -> Input? {
    var event = MEVENT()
    guard getmouse(&event) == stc_ok() else { return nil }
    let at = Point(x: Int(event.x), y: Int(event.y))
    let state = event.bstate
    if state & stc_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, at: at)) }
    if state & stc_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, at: at)) }
    if state & (stc_button1_pressed() | stc_button1_clicked()) != 0 {
      pressed = state & stc_button1_pressed() != 0
      return .mouse(MouseEvent(.press, at: at))
    }
    if state & stc_button1_released() != 0 {
      pressed = false
      return .mouse(MouseEvent(.release, at: at))
    }
    if state & stc_report_position() != 0, pressed { return .mouse(MouseEvent(.drag, at: at)) }
    return nil
  }

  /// Ctrl-Z: hands the terminal back to the shell until `fg`.
  func suspend() {
    writeRaw("\u{1B}[?2004l")
    endwin()
    Glibc.signal(SIGTSTP, SIG_DFL)
    kill(getpid(), SIGTSTP)
    // Running again.
    refresh()
    writeRaw("\u{1B}[?2004h")
    if mouseOn { writeRaw("\u{1B}[?1003h") }
    invalidate()
  }
}
