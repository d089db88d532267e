/// The screen as a grid of cells in memory. Screens render into it; the terminal backend draws
/// the cells that changed; tests compare its text.
public struct ScreenBuffer: Equatable, Sendable {
  public let size: Size
  /// Row-major; `cells.count == width * height`.
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Fills a rectangle with blanks of `style`.
  public mutating func fill(_ rect: Rect, style: Style = .normal) {
    let area = clip(rect)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { put(Cell(" ", style: style), x: x, y: y) }
    }
  }

  /// Writes text on one row from `at`, clipped at the buffer's edge and at `maxWidth` columns.
  /// Returns the column after the last one written.
  ///
  /// A wide grapheme that does not fit is replaced by a space, never split. Tabs advance to the
  /// next multiple of 4; other control characters show as a visible symbol.
  @discardableResult
  public mutating func write(_ text: some StringProtocol, at: Point, style: Style = .normal, maxWidth: Int? = nil) -> Int {
    guard at.y >= 0, at.y < size.height else { return at.x }
    let limit = min(size.width, maxWidth.map { at.x + max(0, $0) } ?? size.width)
    var x = at.x
    for character in text {
      if x >= limit { break }
      if character == "\t" {
        let next = min(limit, (x / 4 + 1) * 4)
        while x < next {
          if x >= 0 { put(Cell(" ", style: style), x: x, y: at.y) }
          x += 1
        }
        continue
      }
      var shown = character
      var width = DisplayWidth.of(character)
      if width == 0 {
        guard let control = Self.visibleControl(character) else { continue }
        shown = control
        width = 1
      }
      if x + width > limit {
        // A wide grapheme at the edge: pad instead of splitting it.
        if x >= 0 { put(Cell(" ", style: style), x: x, y: at.y) }
        x += 1
        break
      }
      if x >= 0 {
        put(Cell(shown, style: style), x: x, y: at.y)
        if width == 2, x + 1 < size.width { put(Cell(" ", style: style, isWideTail: true), x: x + 1, y: at.y) }
      }
      x += width
    }
    return x
  }

  /// Writes text into a rectangle's first row, padding the rest of the row with `style`.
  public mutating func writeLine(_ text: some StringProtocol, in rect: Rect, style: Style = .normal) {
    guard !rect.isEmpty else { return }
    let end = write(text, at: Point(x: rect.x, y: rect.y), style: style, maxWidth: rect.width)
    if end < rect.maxX { fill(Rect(x: end, y: rect.y, width: rect.maxX - end, height: 1), style: style) }
  }

  /// Restyles the cells of a rectangle, keeping their graphemes.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let area = clip(rect)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { cells[y * size.width + x].style = style }
    }
  }

  /// The rows as text, wide tails skipped: what tests compare.
  public var rows: [String] {
    (0..<size.height).map { y in
      var row = ""
      for x in 0..<size.width where !self[x, y].isWideTail { row.append(self[x, y].grapheme) }
      return row
    }
  }

  /// The whole screen as text, rows joined by line feeds.
  public var plainText: String { rows.joined(separator: "\n") }

  private func clip(_ rect: Rect) -> Rect {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(size.width, rect.maxX)
    let y1 = min(size.height, rect.maxY)
    return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }

  /// Sets a cell, repairing a wide grapheme that it cuts in half.
  private mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
    let i = y * size.width + x
    if cells[i].isWideTail && !cell.isWideTail && x > 0 {
      cells[i - 1] = Cell(" ", style: cells[i - 1].style)
    }
    if !cells[i].isWideTail, x + 1 < size.width, cells[i + 1].isWideTail, !cell.isWideTail {
      cells[i + 1] = Cell(" ", style: cells[i + 1].style)
    }
    cells[i] = cell
  }

  /// The symbol for a control character (␉-style pictures), or nil for invisible format marks.
  static func visibleControl(_ character: Character) -> Character? {
    guard let scalar = character.unicodeScalars.first else { return nil }
    let v = scalar.value
    if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }
    if v == 0x7F { return "␡" }
    if v >= 0x80 && v < 0xA0 { return "�" }
    return nil
  }
}
