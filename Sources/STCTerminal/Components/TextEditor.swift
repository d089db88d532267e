/// A place in the editor's text: a line and a grapheme within it (`column` may be the line's
/// length: after its last character). The same value as a place in a transcript.
public typealias EditorPosition = TextPosition

/// The multi-line editor for condensates, analytic texts, notes and memos: soft wrap, Unicode
/// input, word motions, Home/End, pasted text with its line breaks, and an undo of its own.
public struct TextEditor: Equatable, Sendable {
  public private(set) var lines: [[Character]]
  public private(set) var cursor = EditorPosition(line: 0, column: 0)
  /// The first screen row shown.
  public private(set) var scroll = 0
  /// The text as last saved (or as the editor opened with).
  public private(set) var original: String

  private struct Snapshot: Equatable, Sendable {
    var lines: [[Character]]
    var cursor: EditorPosition
  }

  private enum Edit: Equatable, Sendable { case typing, deleting }

  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []
  private var lastEdit: Edit?
  /// The screen column that up and down try to keep.
  private var goalX: Int?

  public init(_ text: String) {
    original = text
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    cursor = EditorPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  /// Notes that the text as it is now has been saved.
  public mutating func markSaved() { original = text }
  public var isModified: Bool { text != original }

  // MARK: Editing

  /// Handles a key in a box `width` × `height`; returns false for keys it leaves to its owner
  /// (Esc, Ctrl-S, and anything it does not know).
  public mutating func handle(_ key: Key, width: Int, height: Int) -> Bool {
    let command = Keymap.default.command(for: key, in: [.editor])
    switch command {
    case .up: moveVertically(-1, width: width)
    case .down: moveVertically(1, width: width)
    case .pageUp: moveVertically(-max(1, height - 1), width: width)
    case .pageDown: moveVertically(max(1, height - 1), width: width)
    case .left:
      if cursor.column > 0 { cursor.column -= 1 } else if cursor.line > 0 {
        cursor = EditorPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
      }
    case .right:
      if cursor.column < lines[cursor.line].count { cursor.column += 1 } else if cursor.line + 1 < lines.count {
        cursor = EditorPosition(line: cursor.line + 1, column: 0)
      }
    case .wordBackward: cursor = wordStart(before: cursor)
    case .wordForward: cursor = wordEnd(after: cursor)
    case .lineStart: cursor.column = 0
    case .lineEnd: cursor.column = lines[cursor.line].count
    case .undoTyping: restore(undo: true)
    case .redoTyping: restore(undo: false)
    case .deleteWordBackward:
      let start = wordStart(before: cursor)
      delete(from: start, to: cursor)
    case .deleteToLineEnd:
      if cursor.column == lines[cursor.line].count {
        delete(from: cursor, to: EditorPosition(line: cursor.line + 1, column: 0))
      } else {
        delete(from: cursor, to: EditorPosition(line: cursor.line, column: lines[cursor.line].count))
      }
    case .newLine:
      insert("\n")
      lastEdit = nil
    default:
      switch key {
      case .char(let c): insert(String(c))
      case .backspace:
        guard cursor > EditorPosition(line: 0, column: 0) else { return true }
        let before = cursor.column > 0
          ? EditorPosition(line: cursor.line, column: cursor.column - 1)
          : EditorPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
        delete(from: before, to: cursor)
      case .delete:
        let after = cursor.column < lines[cursor.line].count
          ? EditorPosition(line: cursor.line, column: cursor.column + 1)
          : EditorPosition(line: cursor.line + 1, column: 0)
        delete(from: cursor, to: after)
      default:
        return false
      }
      keepCursorVisible(width: width, height: height)
      return true
    }
    if ![.up, .down, .pageUp, .pageDown].contains(command) { goalX = nil }
    if ![.undoTyping, .redoTyping, .deleteWordBackward, .deleteToLineEnd, .newLine].contains(command) { lastEdit = nil }
    keepCursorVisible(width: width, height: height)
    return true
  }

  /// Inserts pasted text at the cursor, line breaks and all (CR LF becomes LF; other control
  /// characters are dropped).
  public mutating func paste(_ pasted: String) {
    var clean = ""
    for c in pasted.replacingOccurrences(of: "\r\n", with: "\n") {
      if c == "\n" || c == "\r" { clean.append("\n") } else if c == "\t" { clean.append(" ") } else if c.unicodeScalars
        .allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
      {
        clean.append(c)
      }
    }
    lastEdit = nil
    insert(clean)
    lastEdit = nil
  }

  private mutating func insert(_ text: String) {
    guard !text.isEmpty else { return }
    // Undo takes back a word at a time: a new step starts where a new word starts.
    let before = cursor.column > 0 ? lines[cursor.line][cursor.column - 1] : " "
    let startsWord = text.count == 1 && !(text.first!.isWhitespace) && before.isWhitespace
    checkpoint(.typing, force: text.count > 1 || text == "\n" || startsWord)
    var tail = Array(lines[cursor.line][cursor.column...])
    lines[cursor.line].removeSubrange(cursor.column...)
    let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    lines[cursor.line] += parts[0]
    var line = cursor.line
    for part in parts.dropFirst() {
      line += 1
      lines.insert(part, at: line)
    }
    let column = lines[line].count
    lines[line] += tail
    tail = []
    cursor = EditorPosition(line: line, column: column)
    goalX = nil
  }

  private mutating func delete(from start: EditorPosition, to end: EditorPosition) {
    let a = min(start, end)
    var b = max(start, end)
    if b.line >= lines.count { b = EditorPosition(line: lines.count - 1, column: lines[lines.count - 1].count) }
    guard a < b else { return }
    checkpoint(.deleting, force: a.line != b.line)
    let tail = Array(lines[b.line][b.column...])
    lines[a.line].removeSubrange(a.column...)
    lines[a.line] += tail
    if b.line > a.line { lines.removeSubrange((a.line + 1)...b.line) }
    cursor = a
    goalX = nil
  }

  /// Saves a snapshot for undo, once per run of typing or deleting.
  private mutating func checkpoint(_ edit: Edit, force: Bool) {
    if lastEdit != edit || force {
      undoStack.append(Snapshot(lines: lines, cursor: cursor))
      if undoStack.count > 500 { undoStack.removeFirst() }
    }
    redoStack.removeAll()
    lastEdit = edit
  }

  /// Goes back (or forward again) to a snapshot.
  private mutating func restore(undo: Bool) {
    guard let snapshot = undo ? undoStack.popLast() : redoStack.popLast() else { return }
    let now = Snapshot(lines: lines, cursor: cursor)
    if undo { redoStack.append(now) } else { undoStack.append(now) }
    lines = snapshot.lines
    cursor = snapshot.cursor
  }

  // MARK: Motion

  private func wordStart(before position: EditorPosition) -> EditorPosition {
    var p = position
    if p.column == 0 { return p.line > 0 ? EditorPosition(line: p.line - 1, column: lines[p.line - 1].count) : p }
    let line = lines[p.line]
    while p.column > 0 && !line[p.column - 1].isLetter && !line[p.column - 1].isNumber { p.column -= 1 }
    while p.column > 0 && (line[p.column - 1].isLetter || line[p.column - 1].isNumber) { p.column -= 1 }
    return p
  }

  private func wordEnd(after position: EditorPosition) -> EditorPosition {
    var p = position
    let line = lines[p.line]
    if p.column == line.count { return p.line + 1 < lines.count ? EditorPosition(line: p.line + 1, column: 0) : p }
    while p.column < line.count && !line[p.column].isLetter && !line[p.column].isNumber { p.column += 1 }
    while p.column < line.count && (line[p.column].isLetter || line[p.column].isNumber) { p.column += 1 }
    return p
  }

  /// The rows of one logical line at `width` columns.
  func layout(_ line: Int, width: Int) -> LineLayout { LineLayout(String(lines[line]), width: width) }

  /// The row of a line that shows `column`, where the end of the line belongs to its last row.
  static func row(of column: Int, in layout: LineLayout) -> Int {
    for (i, row) in layout.rows.enumerated() where column < row.upperBound || i == layout.rows.count - 1 {
      if column < row.upperBound || i == layout.rows.count - 1 { return i }
    }
    return 0
  }

  /// The screen column of `column` within its row.
  static func x(of column: Int, in layout: LineLayout) -> Int {
    let row = layout.rows[Self.row(of: column, in: layout)]
    return layout.widths[row.lowerBound..<min(column, row.upperBound)].reduce(0, +)
  }

  private mutating func moveVertically(_ rows: Int, width: Int) {
    var current = layout(cursor.line, width: width)
    let x = goalX ?? Self.x(of: cursor.column, in: current)
    var line = cursor.line
    var row = Self.row(of: cursor.column, in: current)
    for _ in 0..<abs(rows) {
      if rows < 0 {
        if row > 0 { row -= 1 } else if line > 0 {
          line -= 1
          current = layout(line, width: width)
          row = current.rows.count - 1
        }
      } else {
        if row + 1 < current.rows.count { row += 1 } else if line + 1 < lines.count {
          line += 1
          current = layout(line, width: width)
          row = 0
        }
      }
    }
    let range = current.rows[row]
    var column = range.lowerBound
    var used = 0
    while column < range.upperBound && used + current.widths[column] <= x {
      used += current.widths[column]
      column += 1
    }
    // A soft-wrapped row ends before its last space; only the line's last row reaches its end.
    if column == range.upperBound && row < current.rows.count - 1 { column = max(range.lowerBound, range.upperBound - 1) }
    cursor = EditorPosition(line: line, column: column)
    goalX = x
  }

  /// The visual row of the cursor, counted from the top of the text.
  func cursorRow(width: Int) -> Int {
    var rows = 0
    for line in 0..<cursor.line { rows += layout(line, width: width).rows.count }
    return rows + Self.row(of: cursor.column, in: layout(cursor.line, width: width))
  }

  private mutating func keepCursorVisible(width: Int, height: Int) {
    let row = cursorRow(width: width)
    if row < scroll { scroll = row }
    if row >= scroll + height { scroll = row - height + 1 }
  }

  // MARK: Drawing

  /// Draws the text soft-wrapped in `rect`; returns where the cursor is.
  @discardableResult
  public func render(into buffer: inout ScreenBuffer, at rect: Rect, style: Style = .normal) -> Point? {
    guard !rect.isEmpty else { return nil }
    let cursorRow = cursorRow(width: rect.width)
    var top = scroll
    if cursorRow < top { top = cursorRow }
    if cursorRow >= top + rect.height { top = cursorRow - rect.height + 1 }
    buffer.fill(rect, style: style)
    var row = 0
    var cursorPoint: Point?
    for line in lines.indices {
      let layout = layout(line, width: rect.width)
      for (r, range) in layout.rows.enumerated() {
        defer { row += 1 }
        guard row >= top, row < top + rect.height else { continue }
        let y = rect.y + row - top
        buffer.write(String(layout.graphemes[range]), at: Point(x: rect.x, y: y), style: style, maxWidth: rect.width)
        if line == cursor.line && r == Self.row(of: cursor.column, in: layout) {
          cursorPoint = Point(x: rect.x + min(rect.width - 1, Self.x(of: cursor.column, in: layout)), y: y)
        }
      }
      if row >= top + rect.height { break }
    }
    return cursorPoint
  }
}
