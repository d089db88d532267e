import STCKit

/// One transcript line laid out for the screen: its graphemes, their widths and byte offsets,
/// and how it soft-wraps into rows. Built only for lines on screen.
struct LineLayout: Equatable {
  /// The line's graphemes (a tab counts as one grapheme four columns wide).
  let graphemes: [Character]
  let widths: [Int]
  /// The byte offset within the line where each grapheme starts, and the line's length last.
  let byteStarts: [Int]
  /// The graphemes of each screen row; an empty line has one empty row.
  let rows: [Range<Int>]

  static let tabWidth = 4

  init(_ text: TranscriptText, line: Int, width: Int) {
    let range = text.lineRange(line)
    var graphemes: [Character] = []
    var widths: [Int] = []
    var starts: [Int] = []
    graphemes.reserveCapacity(range.count)
    widths.reserveCapacity(range.count)
    starts.reserveCapacity(range.count + 1)
    let bytes = text.bytes
    // An ASCII character followed by another (or by the end) is a grapheme of its own and one
    // column wide: most of a line takes this path. Runs with other characters are segmented by
    // the standard library.
    func standalone(_ i: Int) -> Bool {
      bytes[i] < 0x80 && (i + 1 == range.upperBound || bytes[i + 1] < 0x80)
    }
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if standalone(i) {
        graphemes.append(Character(Unicode.Scalar(b)))
        widths.append(b == 0x09 ? Self.tabWidth : max(1, b >= 0x20 && b < 0x7F ? 1 : 0))
        starts.append(i - range.lowerBound)
        i += 1
        continue
      }
      var j = i + 1
      while j < range.upperBound && !standalone(j) { j += 1 }
      var offset = i - range.lowerBound
      for c in String(decoding: bytes[i..<j], as: UTF8.self) {
        graphemes.append(c)
        widths.append(c == "\t" ? Self.tabWidth : max(1, DisplayWidth.of(c)))
        starts.append(offset)
        offset += c.utf8.count
      }
      i = j
    }
    starts.append(range.count)
    self.graphemes = graphemes
    self.widths = widths
    self.byteStarts = starts
    self.rows = Self.wrap(graphemes, widths, width: max(1, width))
  }

  init(_ string: String, width: Int) {
    var graphemes: [Character] = []
    var widths: [Int] = []
    var starts: [Int] = []
    var offset = 0
    for c in string {
      graphemes.append(c)
      widths.append(c == "\t" ? Self.tabWidth : max(1, DisplayWidth.of(c)))
      starts.append(offset)
      offset += c.utf8.count
    }
    starts.append(offset)
    self.graphemes = graphemes
    self.widths = widths
    self.byteStarts = starts
    self.rows = Self.wrap(graphemes, widths, width: max(1, width))
  }

  /// Word wrap: a row breaks after the last space that fits, or inside a word longer than a row.
  static func wrap(_ graphemes: [Character], _ widths: [Int], width: Int) -> [Range<Int>] {
    guard !graphemes.isEmpty else { return [0..<0] }
    var rows: [Range<Int>] = []
    var start = 0
    var used = 0
    var lastSpace: Int?
    var i = 0
    while i < graphemes.count {
      let w = widths[i]
      if used + w > width && i > start {
        let breakAt = lastSpace.map { $0 + 1 } ?? i
        rows.append(start..<breakAt)
        start = breakAt
        used = widths[start..<i].reduce(0, +)
        lastSpace = nil
        continue
      }
      if graphemes[i] == " " { lastSpace = i }
      used += w
      i += 1
    }
    rows.append(start..<graphemes.count)
    return rows
  }

  var count: Int { graphemes.count }

  /// The row that shows grapheme `column` (the last row for the end of the line).
  func row(of column: Int) -> Int {
    for (i, row) in rows.enumerated() where column < row.upperBound { return i }
    return rows.count - 1
  }

  /// The grapheme at screen column `x` of row `row` (the last one when `x` is past the end).
  func column(atRow row: Int, x: Int) -> Int {
    let range = rows[min(row, rows.count - 1)]
    var used = 0
    for i in range {
      used += widths[i]
      if x < used { return i }
    }
    return max(range.lowerBound, range.upperBound - 1)
  }

  /// The grapheme that holds byte `offset` of the line.
  func column(ofByte offset: Int) -> Int {
    var low = 0
    var high = graphemes.count
    while low < high {
      let mid = (low + high) / 2
      if byteStarts[mid + 1] <= offset { low = mid + 1 } else { high = mid }
    }
    return min(low, max(0, graphemes.count - 1))
  }

  /// The start of the word after `column`, or nil at the end of the line.
  func nextWord(after column: Int) -> Int? {
    var i = column
    while i < count && !graphemes[i].isWhitespace { i += 1 }
    while i < count && graphemes[i].isWhitespace { i += 1 }
    return i < count ? i : nil
  }

  /// The start of the word before `column`, or nil at the start of the line.
  func previousWord(before column: Int) -> Int? {
    var i = column - 1
    while i >= 0 && graphemes[i].isWhitespace { i -= 1 }
    guard i >= 0 else { return nil }
    while i > 0 && !graphemes[i - 1].isWhitespace { i -= 1 }
    return i
  }
}
