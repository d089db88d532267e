import STCKit

/// The transcript coding view: read, move, select, and code.
enum CodingScreen {
  /// Opens a transcript, with the cursor at `position` (the top by default). Leaving another
  /// transcript records how far it was read; the effects save that.
  @discardableResult
  static func open(
    _ state: inout AppState, transcript: TranscriptID, at position: TextPosition? = nil, unit: MeaningUnitID? = nil
  ) -> [Effect] {
    var effects: [Effect] = []
    if state.screen == .coding, let current = state.coding?.transcript, current != transcript {
      effects = recordReading(&state)
    }
    var coding = state.coding?.transcript == transcript ? state.coding! : CodingState(
      transcript: transcript, panelVisible: state.coding?.panelVisible ?? (state.size.width >= 120))
    if state.coding?.transcript != transcript, let previous = state.coding {
      coding.showOtherCoders = previous.showOtherCoders
      coding.panelCode = previous.panelCode
    }
    coding.selection = nil
    coding.adjusting = nil
    coding.focus = .text
    if let position { coding.cursor = position }
    coding.preferredUnit = unit
    if coding.search.map({ _ in state.coding?.transcript != transcript }) ?? false { coding.search = nil }
    state.coding = coding
    state.screen = .coding
    refreshTotals(&state)
    clampCursor(&state)
    ensureCursorVisible(&state, centre: position != nil)
    noteFurthestLine(&state)
    return effects
  }

  /// Remembers the last line on screen, if it is further than any before.
  static func noteFurthestLine(_ state: inout AppState) {
    guard let coding = state.coding, let text = text(state) else { return }
    let last = visibleRows(coding, text: text, geometry: CodingGeometry(state, coding)).last?.line ?? 0
    if last > coding.furthestLine { state.coding!.furthestLine = last }
  }

  /// Saves how far the coder has read the open transcript (not an undoable change: a bookmark);
  /// reading to the last line marks it read.
  static func recordReading(_ state: inout AppState) -> [Effect] {
    guard let coding = state.coding, let text = text(state) else { return [] }
    let seen = coding.furthestLine + 1
    var impression = state.project.impressions[coding.transcript] ?? Impression()
    guard seen > impression.readTo[state.coder.rawValue] ?? 0 else { return [] }
    impression.readTo[state.coder.rawValue] = seen
    if seen >= text.lineCount && !impression.readBy.contains(state.coder) {
      impression.readBy = (impression.readBy + [state.coder]).sorted()
    }
    let status = state.status
    let effects = Workbench.perform(
      &state, .setImpression(impression, for: coding.transcript), message: state.strings.readTo(seen, text.lineCount),
      undoable: false)
    if status != nil { state.status = status }
    return effects
  }

  /// Marks a transcript read by this coder, or not read again.
  static func toggleRead(_ state: inout AppState, _ id: TranscriptID) -> [Effect] {
    guard let record = state.project.transcript(id) else { return [] }
    var impression = state.project.impressions[id] ?? Impression()
    let title = record.title
    if impression.readBy.contains(state.coder) {
      impression.readBy.removeAll { $0 == state.coder }
      return Workbench.perform(&state, .setImpression(impression, for: id), message: state.strings.markedUnread(title))
    }
    impression.readBy = (impression.readBy + [state.coder]).sorted()
    impression.readTo[state.coder.rawValue] = record.lineCount
    return Workbench.perform(&state, .setImpression(impression, for: id), message: state.strings.markedRead(title))
  }

  /// Counts meaning units per code in the whole project, for the side panel.
  static func refreshTotals(_ state: inout AppState) {
    guard state.coding != nil else { return }
    var totals: [CodeID: Int] = [:]
    for units in state.project.sheets.values {
      for unit in units { for code in unit.codes { totals[code, default: 0] += 1 } }
    }
    state.coding!.codeTotals = totals
    state.coding!.codeOrder = state.project.sortedCodes.map(\.id)
    state.coding!.panelCache = PanelCache(coder: state.coder, items: PanelList.items(state, state.coding!))
  }

  static func text(_ state: AppState) -> TranscriptText? {
    state.coding.flatMap { state.project.texts[$0.transcript] }
  }

  static func layout(_ state: AppState, line: Int) -> LineLayout {
    let coding = state.coding!
    return LineLayout(text(state)!, line: line, width: CodingGeometry(state, coding).text.width)
  }

  /// The byte where a position's grapheme starts.
  static func byteOffset(of position: TextPosition, in text: TranscriptText) -> Int {
    let line = min(max(0, position.line), text.lineCount - 1)
    let layout = LineLayout(text, line: line, width: 1_000)
    return Int(text.lineStarts[line]) + layout.byteStarts[min(max(0, position.column), layout.count)]
  }

  /// The position of the grapheme that holds byte `offset`.
  static func position(ofByte offset: Int, in text: TranscriptText) -> TextPosition {
    let line = text.lineIndex(containing: offset)
    let layout = LineLayout(text, line: line, width: 1_000)
    return TextPosition(line: line, column: layout.column(ofByte: offset - Int(text.lineStarts[line])))
  }

  /// This coder's meaning units in the open transcript.
  static func ownUnits(_ state: AppState, _ coding: CodingState) -> [MeaningUnit] {
    state.project.sheets[CodingSheetID(coder: state.coder, transcript: coding.transcript)] ?? []
  }

  /// The coder's meaning unit under the cursor: the one last jumped to if it is there, else the
  /// one that starts nearest before the cursor.
  static func unitUnderCursor(_ state: AppState, _ coding: CodingState) -> MeaningUnit? {
    guard let text = state.project.texts[coding.transcript] else { return nil }
    let offset = byteOffset(of: coding.cursor, in: text)
    let here = ownUnits(state, coding).filter { $0.span.contains(offset) || ($0.span.start == offset && $0.span.isEmpty) }
    if let preferred = coding.preferredUnit, let unit = here.first(where: { $0.id == preferred }) { return unit }
    return here.max { ($0.span.start, $0.id) < ($1.span.start, $1.id) }
  }

  /// The bytes the selection covers, or nil without a selection.
  static func selectionSpan(_ state: AppState, _ coding: CodingState) -> TextSpan? {
    guard let selection = coding.selection, let text = state.project.texts[coding.transcript] else { return nil }
    let a = min(selection.anchor, coding.cursor)
    let b = max(selection.anchor, coding.cursor)
    switch selection.mode {
    case .lines:
      return text.span(lines: a.line...b.line)
    case .text:
      let start = byteOffset(of: a, in: text)
      let layout = LineLayout(text, line: b.line, width: 1_000)
      let end = Int(text.lineStarts[b.line]) + layout.byteStarts[min(b.column + 1, layout.count)]
      return TextSpan(start: start, end: max(start, end))
    }
  }

  static func clampCursor(_ state: inout AppState) {
    guard let text = text(state) else { return }
    var cursor = state.coding!.cursor
    cursor.line = min(max(0, cursor.line), text.lineCount - 1)
    let count = LineLayout(text, line: cursor.line, width: 1_000).count
    cursor.column = min(max(0, cursor.column), max(0, count - 1))
    state.coding!.cursor = cursor
  }

  /// Scrolls so that the cursor's row is on screen; `centre` puts it mid-screen (after a jump).
  static func ensureCursorVisible(_ state: inout AppState, centre: Bool = false) {
    guard var coding = state.coding, let text = text(state) else { return }
    let geometry = CodingGeometry(state, coding)
    let height = max(1, geometry.text.height)
    var layouts: [Int: LineLayout] = [:]
    func rows(_ line: Int) -> Int {
      if let layout = layouts[line] { return layout.rows.count }
      let layout = LineLayout(text, line: line, width: geometry.text.width)
      layouts[line] = layout
      return layout.rows.count
    }
    let cursorRow = LineLayout(text, line: coding.cursor.line, width: geometry.text.width).row(of: coding.cursor.column)
    let cursorTop = (coding.cursor.line, cursorRow)
    if !centre {
      if cursorTop < (coding.scrollLine, coding.scrollRow) {
        coding.scrollLine = coding.cursor.line
        coding.scrollRow = cursorRow
        state.coding = coding
        return
      }
      var counted = 0
      var line = coding.scrollLine
      var row = coding.scrollRow
      while line < coding.cursor.line && counted < height {
        counted += rows(line) - row
        row = 0
        line += 1
      }
      counted += cursorRow - row
      if counted < height {
        state.coding = coding
        return
      }
    }
    // Walk up from the cursor: to the top row (a jump puts the cursor a third down).
    var steps = centre ? height / 3 : height - 1
    var line = coding.cursor.line
    var row = cursorRow
    while steps > 0 {
      if row > 0 {
        row -= 1
      } else if line > 0 {
        line -= 1
        row = rows(line) - 1
      } else {
        break
      }
      steps -= 1
    }
    coding.scrollLine = line
    coding.scrollRow = row
    state.coding = coding
  }

  /// Moves the cursor down (or up) by `count` screen rows.
  static func moveRows(_ state: inout AppState, _ count: Int) {
    guard let coding = state.coding, let text = text(state) else { return }
    let width = CodingGeometry(state, coding).text.width
    var line = coding.cursor.line
    var layout = LineLayout(text, line: line, width: width)
    var row = layout.row(of: coding.cursor.column)
    for _ in 0..<abs(count) {
      if count > 0 {
        if row + 1 < layout.rows.count { row += 1 } else if line + 1 < text.lineCount {
          line += 1
          layout = LineLayout(text, line: line, width: width)
          row = 0
        }
      } else {
        if row > 0 { row -= 1 } else if line > 0 {
          line -= 1
          layout = LineLayout(text, line: line, width: width)
          row = layout.rows.count - 1
        }
      }
    }
    state.coding!.cursor = TextPosition(line: line, column: layout.rows[row].lowerBound)
  }
}
