import STCKit

extension CodingScreen {
  /// Handles a command while the transcript has the keys.
  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard let coding = state.coding, let text = text(state) else { return [] }
    if coding.focus == .panel { return reducePanel(&state, command) }
    let strings = state.strings
    let cursor = coding.cursor
    var effects: [Effect] = []
    switch command {
    case .down: state.coding!.cursor.line = min(text.lineCount - 1, cursor.line + 1)
    case .up: state.coding!.cursor.line = max(0, cursor.line - 1)
    case .left:
      if cursor.column > 0 {
        state.coding!.cursor.column -= 1
      } else if cursor.line > 0 {
        state.coding!.cursor = TextPosition(line: cursor.line - 1, column: .max)
      }
    case .right:
      let count = layout(state, line: cursor.line).count
      if cursor.column + 1 < count {
        state.coding!.cursor.column += 1
      } else if cursor.line + 1 < text.lineCount {
        state.coding!.cursor = TextPosition(line: cursor.line + 1, column: 0)
      }
    case .wordForward:
      if let next = layout(state, line: cursor.line).nextWord(after: cursor.column) {
        state.coding!.cursor.column = next
      } else if cursor.line + 1 < text.lineCount {
        state.coding!.cursor = TextPosition(line: cursor.line + 1, column: 0)
      }
    case .wordBackward:
      if let previous = layout(state, line: cursor.line).previousWord(before: cursor.column) {
        state.coding!.cursor.column = previous
      } else if cursor.line > 0 {
        let above = layout(state, line: cursor.line - 1)
        state.coding!.cursor = TextPosition(line: cursor.line - 1, column: above.previousWord(before: above.count) ?? 0)
      }
    case .lineStart: state.coding!.cursor.column = 0
    case .lineEnd: state.coding!.cursor.column = .max
    case .pageDown: moveRows(&state, max(1, CodingGeometry(state, coding).text.height - 2))
    case .pageUp: moveRows(&state, -max(1, CodingGeometry(state, coding).text.height - 2))
    case .top: state.coding!.cursor = TextPosition(line: 0, column: 0)
    case .bottom: state.coding!.cursor = TextPosition(line: text.lineCount - 1, column: 0)
    case .selectLines, .selectText:
      let mode: TextSelection.Mode = command == .selectLines ? .lines : .text
      if coding.selection?.mode == mode && coding.adjusting == nil {
        state.coding!.selection = nil
      } else {
        state.coding!.selection = TextSelection(mode: mode, anchor: coding.selection?.anchor ?? cursor)
      }
    case .cancelSelection:
      state.coding!.selection = nil
      state.coding!.adjusting = nil
    case .code:
      effects = codeCommand(&state)
    case .search:
      state.overlay = .search(TextField(coding.search?.query ?? ""))
    case .nextMatch, .previousMatch:
      jumpToMatch(&state, forward: command == .nextMatch)
    case .nextUnit, .previousUnit:
      effects = jumpToUnit(&state, forward: command == .nextUnit, code: nil)
    case .nextUnitWithCode, .previousUnitWithCode:
      guard let code = PanelList(state, coding).selected(coding) else {
        state.status = StatusMessage(strings.chooseCodeFirst, .error)
        return []
      }
      effects = jumpToUnit(&state, forward: command == .nextUnitWithCode, code: code.id)
    case .editNote:
      guard let unit = unitUnderCursor(state, coding) else {
        state.status = StatusMessage(strings.noUnitHere, .error)
        return []
      }
      state.overlay = .editor(EditorOverlay(.unitNote(unit.id), state: state))
    case .deleteUnit:
      guard let unit = unitUnderCursor(state, coding) else {
        state.status = StatusMessage(strings.noUnitHere, .error)
        return []
      }
      let codes = unit.codes.compactMap { state.project.codes[$0]?.displayName }.joined(separator: ", ")
      state.overlay = .confirm(ConfirmState(
        action: .deleteUnit(unit.id),
        question: strings.confirmDelete(state.project.lineLabel(of: unit), codes.isEmpty ? strings.noCodes : codes)))
    case .adjustBounds:
      guard let unit = unitUnderCursor(state, coding) else {
        state.status = StatusMessage(strings.noUnitHere, .error)
        return []
      }
      state.coding!.selection = TextSelection(mode: .text, anchor: position(ofByte: unit.span.start, in: text))
      state.coding!.cursor = position(ofByte: unit.span.end - 1, in: text)
      state.coding!.adjusting = unit.id
      state.status = StatusMessage(strings.adjustHint())
    case .toggleOtherCoder:
      state.coding!.showOtherCoders.toggle()
      state.status = StatusMessage(state.coding!.showOtherCoders ? strings.otherCodersShown : strings.otherCodersHidden)
    case .togglePanel:
      state.coding!.panelVisible.toggle()
      if !state.coding!.panelVisible { state.coding!.focus = .text }
    case .focusPanel:
      state.coding!.panelVisible = true
      state.coding!.focus = .panel
    case .back:
      let reading = recordReading(&state)
      if let back = state.returnScreen {
        state.screen = back
        state.returnScreen = nil
        if [.codebook, .condensation, .synthesis].contains(back) { CodebookScreen.refresh(&state) }
        if back == .reconcile { ReconcileScreen.refresh(&state) }
        return reading
      }
      state.screen = .overview
      if let index = state.project.transcripts.firstIndex(where: { $0.id == coding.transcript }) {
        state.overview.selected = index
        OverviewScreen.clampScroll(&state)
      }
      return reading
    case .impressions:
      state.overlay = .editor(EditorOverlay(.impression(coding.transcript), state: state))
      return []
    case .markRead:
      return toggleRead(&state, coding.transcript)
    default:
      return []
    }
    if [.down, .up, .left, .right, .wordForward, .wordBackward, .lineStart, .lineEnd, .pageDown, .pageUp, .top, .bottom]
      .contains(command)
    {
      state.coding!.preferredUnit = nil
    }
    clampCursor(&state)
    ensureCursorVisible(&state)
    noteFurthestLine(&state)
    return effects
  }

  /// Enter or `c`: code the selection, save adjusted bounds, or open the codes of the unit under
  /// the cursor. With nothing selected on an uncoded line, the line itself is selected.
  static func codeCommand(_ state: inout AppState) -> [Effect] {
    guard let coding = state.coding else { return [] }
    if let adjusting = coding.adjusting, let span = selectionSpan(state, coding), var unit = state.project.unit(adjusting) {
      state.coding!.selection = nil
      state.coding!.adjusting = nil
      guard !span.isEmpty else {
        state.status = StatusMessage(state.strings.emptySelection, .error)
        return []
      }
      unit.span = span
      let lines = state.project.texts[unit.transcript]?.lineLabel(span) ?? ""
      return Workbench.perform(&state, .updateMeaningUnit(unit), message: state.strings.adjustedUnit(lines))
    }
    if let span = selectionSpan(state, coding) {
      guard !span.isEmpty else {
        state.status = StatusMessage(state.strings.emptySelection, .error)
        return []
      }
      if let existing = ownUnits(state, coding).first(where: { $0.span == span }) {
        state.overlay = .picker(CodePickerState(state, target: .unit(existing.id)))
      } else {
        state.overlay = .picker(CodePickerState(state, target: .newUnit(span)))
      }
      return []
    }
    if let unit = unitUnderCursor(state, coding) {
      state.overlay = .picker(CodePickerState(state, target: .unit(unit.id)))
      return []
    }
    guard let text = text(state) else { return [] }
    let span = text.span(lines: coding.cursor.line...coding.cursor.line)
    guard !span.isEmpty else {
      state.status = StatusMessage(state.strings.emptySelection, .error)
      return []
    }
    state.overlay = .picker(CodePickerState(state, target: .newUnit(span)))
    return []
  }

  static func jumpToMatch(_ state: inout AppState, forward: Bool) {
    guard let coding = state.coding, let text = text(state), var search = coding.search else {
      state.status = StatusMessage(state.strings.noSearch, .error)
      return
    }
    guard !search.matches.isEmpty else {
      state.status = StatusMessage(state.strings.notFound(search.query), .error)
      return
    }
    let here = byteOffset(of: coding.cursor, in: text)
    let index: Int
    if forward {
      index = search.matches.firstIndex { $0.start > here } ?? 0
    } else {
      index = search.matches.lastIndex { $0.start < here } ?? search.matches.count - 1
    }
    search.current = index
    state.coding!.search = search
    state.coding!.cursor = position(ofByte: search.matches[index].start, in: text)
    state.status = StatusMessage(state.strings.match(index + 1, of: search.matches.count))
  }

  /// Goes to the next or previous meaning unit of this coder, with `code` when given; with a
  /// code, continues into the following transcripts.
  @discardableResult
  static func jumpToUnit(_ state: inout AppState, forward: Bool, code: CodeID?) -> [Effect] {
    guard let coding = state.coding, let text = text(state) else { return [] }
    let here = byteOffset(of: coding.cursor, in: text)
    let current = coding.preferredUnit.flatMap { state.project.unit($0) }
    let units = ownUnits(state, coding).filter { code == nil || $0.codes.contains(code!) }
    let key = current.map { ($0.span.start, $0.id.rawValue) } ?? (here, forward ? "" : "\u{10FFFF}")
    let target = forward
      ? units.first { ($0.span.start, $0.id.rawValue) > key }
      : units.last { ($0.span.start, $0.id.rawValue) < key }
    if let target {
      state.coding!.cursor = position(ofByte: target.span.start, in: text)
      state.coding!.preferredUnit = target.id
      return []
    }
    if let code, let next = nextTranscriptUnit(state, after: coding.transcript, forward: forward, code: code) {
      let effects = open(
        &state, transcript: next.transcript, at: position(ofByte: next.span.start, in: state.project.texts[next.transcript]!),
        unit: next.id)
      return effects
    }
    state.status = StatusMessage(state.strings.noMoreUnits)
    return []
  }

  static func nextTranscriptUnit(_ state: AppState, after transcript: TranscriptID, forward: Bool, code: CodeID) -> MeaningUnit? {
    let ids = state.project.transcripts.map(\.id)
    guard let index = ids.firstIndex(of: transcript) else { return nil }
    let order = forward ? Array(ids[(index + 1)...]) : Array(ids[..<index].reversed())
    for id in order {
      let units = (state.project.sheets[CodingSheetID(coder: state.coder, transcript: id)] ?? []).filter { $0.codes.contains(code) }
      if let unit = forward ? units.first : units.last { return unit }
    }
    return nil
  }

  /// Commands while the side panel has the keys.
  static func reducePanel(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard let coding = state.coding else { return [] }
    let list = PanelList(state, coding)
    let count = list.items.count
    switch command {
    case .down, .up, .top, .bottom:
      guard count > 0 else { return [] }
      let current = list.index(of: coding)
      let next: Int =
        switch command {
        case .down: min(count - 1, current + 1)
        case .up: max(0, current - 1)
        case .top: 0
        default: count - 1
        }
      state.coding!.panelCode = list.items[next].id
    case .focusText: state.coding!.focus = .text
    case .showUnits:
      guard let code = list.selected(coding) else { return [] }
      state.overlay = .unitList(UnitListState(state, code: code.id))
    case .nextUnitWithCode, .previousUnitWithCode:
      state.coding!.focus = .text
      return reduce(&state, command)
    default: break
    }
    return []
  }
}
