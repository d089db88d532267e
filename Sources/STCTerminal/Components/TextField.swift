/// A one-line text field: Unicode letters arrive as typed, the cursor moves by grapheme, and a
/// paste is inserted as text with line breaks turned into spaces.
public struct TextField: Equatable, Sendable {
  public private(set) var text: String
  /// The cursor, as a number of graphemes from the start.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  /// Handles a key the field understands; returns false for keys it leaves to its owner.
  public mutating func handle(_ key: Key) -> Bool {
    var characters = Array(text)
    switch key {
    case .char(let c):
      characters.insert(c, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .ctrl("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .ctrl("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .ctrl("k"):
      characters.removeSubrange(cursor...)
    case .ctrl("w"):
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    text = String(characters)
    return true
  }

  /// Inserts pasted text at the cursor: control characters dropped, line breaks as spaces.
  public mutating func paste(_ pasted: String) {
    var clean = ""
    for c in pasted {
      if c.isNewline || c == "\t" {
        if !clean.hasSuffix(" ") { clean.append(" ") }
      } else if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
        clean.append(c)
      }
    }
    var characters = Array(text)
    characters.insert(contentsOf: clean, at: cursor)
    cursor += clean.count
    text = String(characters)
  }

  /// Draws the field into one row, scrolled so that the cursor shows; returns where the cursor is.
  @discardableResult
  public func render(into buffer: inout ScreenBuffer, at rect: Rect, style: Style = .normal) -> Point {
    guard !rect.isEmpty else { return Point(x: rect.x, y: rect.y) }
    let characters = Array(text)
    // Scroll so that the cursor and a little before it fit.
    var start = 0
    var widthBefore = characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    while widthBefore > rect.width - 1 && start < cursor {
      widthBefore -= DisplayWidth.of(characters[start])
      start += 1
    }
    buffer.writeLine(String(characters[start...]), in: rect, style: style)
    return Point(x: rect.x + widthBefore, y: rect.y)
  }
}
