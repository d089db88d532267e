import STCKit

/// Where the parts of the coding screen go for a window size: line numbers, text, the margin of
/// meaning units, and the side panel.
struct CodingGeometry {
  let body: Rect
  let gutter: Rect
  let text: Rect
  let margin: Rect
  let panel: Rect?

  static let marginWidth = 20
  static let panelWidth = 30

  init(size: Size, lineCount: Int, panelVisible: Bool) {
    let area = Rect(size)
    body = Rect(x: 0, y: 1, width: area.width, height: max(0, area.height - 2))
    var rest = body
    if panelVisible && body.width >= 80 {
      let split = rest.splitRight(Self.panelWidth)
      rest = split.rest
      panel = split.right
    } else {
      panel = nil
    }
    let digits = String(max(1, lineCount)).count
    let (gutter, afterGutter) = rest.splitLeft(digits + 2)
    self.gutter = gutter
    // The margin narrows in small windows so that a 58-column transcript line fits at 80×24.
    let marginWidth = panel != nil && size.width < 120 ? 12 : size.width < 100 ? 16 : Self.marginWidth
    let (text, margin) = afterGutter.splitRight(min(marginWidth, max(0, afterGutter.width - 20)))
    self.text = Rect(x: text.x, y: text.y, width: max(1, text.width - 1), height: text.height)
    self.margin = margin
  }

  init(_ state: AppState, _ coding: CodingState) {
    let lines = state.project.texts[coding.transcript]?.lineCount ?? 1
    self.init(size: state.size, lineCount: lines, panelVisible: coding.panelVisible)
  }
}

/// One screen row of the transcript: which line, which of its rows.
struct VisibleRow {
  let line: Int
  let row: Int
  let layout: LineLayout
}

extension CodingScreen {
  /// The rows on screen, from the scroll position down, as many as fit.
  static func visibleRows(_ coding: CodingState, text: TranscriptText, geometry: CodingGeometry) -> [VisibleRow] {
    var rows: [VisibleRow] = []
    var line = min(max(0, coding.scrollLine), text.lineCount - 1)
    var first = max(0, coding.scrollRow)
    while rows.count < geometry.text.height && line < text.lineCount {
      let layout = LineLayout(text, line: line, width: geometry.text.width)
      // A scroll row from another width may be past this line's rows.
      for r in min(first, layout.rows.count - 1)..<layout.rows.count where rows.count < geometry.text.height {
        rows.append(VisibleRow(line: line, row: r, layout: layout))
      }
      line += 1
      first = 0
    }
    return rows
  }
}
