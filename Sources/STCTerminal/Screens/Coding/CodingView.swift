import STCKit

extension CodingScreen {
  static func render(_ state: AppState, into buffer: inout ScreenBuffer) -> Point? {
    guard let coding = state.coding, let text = state.project.texts[coding.transcript],
      let record = state.project.transcript(coding.transcript)
    else { return nil }
    let strings = state.strings
    let area = Rect(state.size)
    let geometry = CodingGeometry(state, coding)
    let informant = record.informant.map { state.project.informant($0)?.label ?? "Informant \($0)" } ?? strings.focusGroup
    Chrome.titleBar(
      state, detail: "\(record.title) (\(informant)) · \(strings.lineOf(coding.cursor.line + 1, text.lineCount))",
      showProject: false, into: &buffer, at: area.row(0))

    let rows = visibleRows(coding, text: text, geometry: geometry)
    let own = state.project.sheets[CodingSheetID(coder: state.coder, transcript: coding.transcript)] ?? []
    let focused = unitUnderCursor(state, coding)
    let selected = selectionSpan(state, coding)
    let shown = visibleSpan(rows, text: text)
    // Only the matches on screen: a common word can have thousands in a long transcript.
    let matches = (coding.search?.matches ?? []).overlapping(shown)
    let cursorByte = byteOffset(of: coding.cursor, in: text)

    for (y, visible) in rows.enumerated() {
      let screenY = geometry.text.y + y
      let lineStart = Int(text.lineStarts[visible.line])
      let isCursorLine = visible.line == coding.cursor.line
      if visible.row == 0 {
        let number = String(visible.line + 1)
        let pad = String(repeating: " ", count: max(0, geometry.gutter.width - 1 - number.count))
        buffer.write(pad + number, at: Point(x: geometry.gutter.x, y: screenY), style: isCursorLine ? .cursorLine : .lineNumber)
      }
      let labelEnd: Int? = visible.row == 0 ? speakerLabelEnd(text, line: visible.line, layout: visible.layout) : nil
      var x = geometry.text.x
      for i in visible.layout.rows[visible.row] {
        let byte = lineStart + visible.layout.byteStarts[i]
        let grapheme = TextSpan(start: byte, end: lineStart + visible.layout.byteStarts[i + 1])
        var style = Style.normal
        if let labelEnd, i < labelEnd { style = .speaker }
        if let focused, focused.span.overlaps(grapheme) {
          style = .unitText(state.project.codes[focused.codes.first ?? CodeID("")]?.colour ?? .grey)
        }
        if matches.contains(where: { $0.overlaps(grapheme) }) { style = .match }
        if let selected, selected.overlaps(grapheme) { style = .selection }
        if coding.focus == .text && byte == cursorByte && state.overlay == nil { style = .cursor }
        let shown: Character = visible.layout.graphemes[i] == "\t" ? " " : visible.layout.graphemes[i]
        if visible.layout.widths[i] > 1 && visible.layout.graphemes[i] == "\t" {
          buffer.write(String(repeating: " ", count: visible.layout.widths[i]), at: Point(x: x, y: screenY), style: style)
        } else {
          buffer.write(String(shown), at: Point(x: x, y: screenY), style: style)
        }
        x += visible.layout.widths[i]
      }
      // The cursor on an empty line, or after the last character.
      if coding.focus == .text && visible.layout.count == 0 && isCursorLine && state.overlay == nil {
        buffer.write(" ", at: Point(x: geometry.text.x, y: screenY), style: .cursor)
      }
      if let selected, visible.layout.count == 0, selected.contains(lineStart) || (selected.start <= lineStart && selected.end > lineStart) {
        buffer.write(" ", at: Point(x: geometry.text.x, y: screenY), style: .selection)
      }
    }
    renderMargin(state, coding, text: text, rows: rows, shown: shown, own: own, focused: focused, geometry: geometry, into: &buffer)
    if let panel = geometry.panel { renderPanel(state, coding, at: panel, into: &buffer) }

    var mode: String?
    if coding.adjusting != nil { mode = strings.adjusting } else if let selection = coding.selection {
      mode = selection.mode == .lines ? strings.selectingLines : strings.selectingText
    }
    if case .search(let field) = state.overlay {
      let row = area.row(area.height - 1)
      buffer.fill(row, style: .statusBar)
      let promptEnd = buffer.write(strings.searchPrompt(), at: Point(x: 0, y: row.y), style: .key)
      return field.render(
        into: &buffer, at: Rect(x: promptEnd, y: row.y, width: row.width - promptEnd, height: 1), style: .statusBar)
    }
    Chrome.statusLine(state, mode: mode, into: &buffer, at: area.row(area.height - 1))
    return nil
  }

  /// The bytes from the first row on screen to the end of the last.
  static func visibleSpan(_ rows: [VisibleRow], text: TranscriptText) -> TextSpan {
    guard let first = rows.first, let last = rows.last else { return TextSpan(start: 0, end: 0) }
    let start = Int(text.lineStarts[first.line]) + first.layout.byteStarts[first.layout.rows[first.row].lowerBound]
    let end = Int(text.lineStarts[last.line]) + last.layout.byteStarts[last.layout.rows[last.row].upperBound]
    return TextSpan(start: start, end: max(start + 1, end + 1))
  }

  /// Where the speaker label ends on a line that starts a turn (the graphemes up to and with
  /// the colon), so that it can be drawn as a label.
  static func speakerLabelEnd(_ text: TranscriptText, line: Int, layout: LineLayout) -> Int? {
    guard text.turns.label(startingAt: line) != nil, let colon = layout.graphemes.firstIndex(of: ":") else { return nil }
    return colon + 1
  }

  /// The margin: a bar per meaning unit in lanes beside the text, and labels with its codes.
  static func renderMargin(
    _ state: AppState, _ coding: CodingState, text: TranscriptText, rows: [VisibleRow], shown: TextSpan,
    own: [MeaningUnit], focused: MeaningUnit?, geometry: CodingGeometry, into buffer: inout ScreenBuffer
  ) {
    let margin = geometry.margin
    guard margin.width >= 6, !rows.isEmpty else { return }
    var units: [(unit: MeaningUnit, lane: Int, other: Bool)] = []
    let ownLanes = MarginLanes.assign(own, in: text)
    for (unit, lane) in zip(own, ownLanes) { units.append((unit, lane, false)) }
    var laneCount = (ownLanes.max() ?? -1) + 1
    if coding.showOtherCoders {
      let others = state.project.sheets.filter { $0.key.transcript == coding.transcript && $0.key.coder != state.coder }
        .sorted { $0.key < $1.key }.flatMap(\.value)
      let otherLanes = MarginLanes.assign(others, in: text)
      for (unit, lane) in zip(others, otherLanes) { units.append((unit, laneCount + lane, true)) }
      laneCount += (otherLanes.max() ?? -1) + 1
    }
    let maxLanes = min(6, margin.width - 8)
    let labelX = margin.x + min(laneCount, maxLanes) + 1
    let labelWidth = margin.maxX - labelX
    var labelTaken = Set<Int>()
    let rowSpans: [TextSpan] = rows.map { visible in
      let lineStart = Int(text.lineStarts[visible.line])
      let range = visible.layout.rows[visible.row]
      let start = lineStart + visible.layout.byteStarts[range.lowerBound]
      let end = lineStart + visible.layout.byteStarts[range.upperBound]
      return TextSpan(start: start, end: max(end, start + 1))
    }
    // Lanes come from every unit (so that they stay put while scrolling); only units on screen are drawn.
    for entry in units where entry.unit.span.overlaps(shown) {
      let covered = rowSpans.indices.filter { rowSpans[$0].overlaps(entry.unit.span) }
      guard let first = covered.first else { continue }
      let colour = state.project.codes[entry.unit.codes.first ?? CodeID("")]?.colour ?? .grey
      let style: Style = entry.other ? .otherCoder(colour) : .code(colour)
      if entry.lane < maxLanes {
        let glyph = barGlyph(colour, monochrome: state.monochrome, other: entry.other, focused: entry.unit.id == focused?.id)
        for y in covered { buffer.write(glyph, at: Point(x: margin.x + entry.lane, y: rows.isEmpty ? 0 : geometry.text.y + y), style: style) }
      } else {
        buffer.write("…", at: Point(x: margin.x + maxLanes - 1, y: geometry.text.y + first), style: .dim)
      }
      guard labelWidth > 2, let row = covered.first(where: { !labelTaken.contains($0) }) else { continue }
      labelTaken.insert(row)
      var label = entry.unit.codes.compactMap { state.project.codes[$0]?.displayName }.joined(separator: ", ")
      if label.isEmpty { label = "(\(state.strings.noCodes))" }
      if entry.other { label = "\(entry.unit.coder.rawValue.prefix(1))·\(label)" }
      buffer.write(label.fitted(to: labelWidth - 1), at: Point(x: labelX, y: geometry.text.y + row), style: style)
    }
  }

  /// The bar of a meaning unit in the margin. Without colour, each palette colour has its own
  /// pattern, so that codes stay apart.
  static func barGlyph(_ colour: PaletteColour, monochrome: Bool, other: Bool, focused: Bool) -> String {
    if monochrome {
      let patterns = ["┃", "║", "┇", "┋", "▌", "▐", "░", "▒", "▓", "█"]
      return patterns[PaletteColour.allCases.firstIndex(of: colour) ?? 0]
    }
    if other { return "╎" }
    return focused ? "█" : "┃"
  }
}

/// Lanes of the margin: meaning units whose lines overlap get different lanes, each in the
/// first lane free at its first line.
enum MarginLanes {
  static func assign(_ units: [MeaningUnit], in text: TranscriptText) -> [Int] {
    var laneEnds: [Int] = []
    var lanes: [Int] = []
    for unit in units {
      let lines = text.lines(of: unit.span)
      if let free = laneEnds.firstIndex(where: { $0 < lines.lowerBound }) {
        laneEnds[free] = lines.upperBound
        lanes.append(free)
      } else {
        laneEnds.append(lines.upperBound)
        lanes.append(laneEnds.count - 1)
      }
    }
    return lanes
  }
}

extension Array where Element == TextSpan {
  /// The spans of a sorted list that overlap `window`, found by binary search.
  func overlapping(_ window: TextSpan) -> ArraySlice<TextSpan> {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if self[mid].end <= window.start { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < count && self[end].start < window.end { end += 1 }
    return self[low..<end]
  }
}
