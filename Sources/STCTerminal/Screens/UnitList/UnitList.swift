import STCKit

/// Every meaning unit with one code, across transcripts and coders, with its context: the list
/// for recontextualisation. Enter goes to the unit in its transcript.
public struct UnitListState: Equatable, Sendable {
  public var code: CodeID
  public var units: [MeaningUnitID]
  public var selected = 0
  /// The distinct informants the units come from.
  public var informants: Int

  init(_ state: AppState, code: CodeID) {
    self.code = code
    let units = state.project.units(matching: UnitFilter(code: code))
    self.units = units.map(\.id)
    informants = Set(units.compactMap { state.project.informantNumber(of: $0) }).count
  }
}

enum UnitList {
  static func reduce(_ state: inout AppState, _ list: UnitListState, _ command: Command) -> [Effect] {
    var list = list
    let page = max(1, (state.size.height - 4) / 2 - 2)
    switch command {
    case .down: list.selected = min(max(0, list.units.count - 1), list.selected + 1)
    case .up: list.selected = max(0, list.selected - 1)
    case .pageDown: list.selected = min(max(0, list.units.count - 1), list.selected + page)
    case .pageUp: list.selected = max(0, list.selected - page)
    case .close:
      state.overlay = nil
      return []
    case .jumpToUnit:
      guard list.units.indices.contains(list.selected), let unit = state.project.unit(list.units[list.selected]),
        let text = state.project.texts[unit.transcript]
      else { return [] }
      state.overlay = nil
      let from = state.screen
      CodingScreen.open(&state, transcript: unit.transcript, at: CodingScreen.position(ofByte: unit.span.start, in: text), unit: unit.id)
      if from != .coding { state.returnScreen = from }
      return []
    default:
      return []
    }
    state.overlay = .unitList(list)
    return []
  }

  static func render(_ state: AppState, _ list: UnitListState, into buffer: inout ScreenBuffer) {
    let strings = state.strings
    let project = state.project
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let code = project.codes[list.code]
    let title = strings.unitListTitle(
      code?.displayName ?? "?", units: list.units.count, informants: list.informants, of: project.informants.count)
    let inner = Chrome.box(area.inset(1), title: title, into: &buffer)
    guard inner.height >= 6 else { return }
    let listHeight = inner.height / 2
    let top = max(0, min(list.selected - listHeight + 1, list.units.count - listHeight))
    for (offset, id) in list.units.dropFirst(top).prefix(listHeight).enumerated() {
      guard let unit = project.unit(id) else { continue }
      let index = top + offset
      let y = inner.y + offset
      let chosen = index == list.selected
      let style: Style = chosen ? .cursorLine : .normal
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      let informant = project.informantNumber(of: unit).map { project.informant($0)?.label ?? "\($0)" } ?? "–"
      let place = "\(unit.transcript):\(project.lineLabel(of: unit))"
      var x = buffer.write(place, at: Point(x: inner.x, y: y), style: style, maxWidth: 24)
      x = max(x, inner.x + 24)
      x = buffer.write(" \(unit.coder) ", at: Point(x: x, y: y), style: chosen ? .cursorLine : .dim, maxWidth: 10)
      x = max(x, inner.x + 34)
      x = buffer.write(informant + " ", at: Point(x: x, y: y), style: style, maxWidth: 14)
      x = max(x, inner.x + 48)
      buffer.write("«" + project.quote(of: unit).oneLine(limit: 200) + "»", at: Point(x: x, y: y), style: style, maxWidth: inner.maxX - x)
    }
    // The context of the chosen unit: its lines and two on each side.
    let contextTop = inner.y + listHeight + 1
    buffer.write(strings.context, at: Point(x: inner.x, y: contextTop - 1), style: .heading)
    guard list.units.indices.contains(list.selected), let unit = project.unit(list.units[list.selected]),
      let text = project.texts[unit.transcript]
    else { return }
    let lines = text.lines(of: unit.span)
    var y = contextTop
    let first = max(0, lines.lowerBound - 2)
    let last = min(text.lineCount - 1, lines.upperBound + 2)
    let numberWidth = String(last + 1).count + 1
    for line in first...last where y < inner.maxY {
      let layout = LineLayout(text, line: line, width: inner.width - numberWidth - 1)
      let lineStart = Int(text.lineStarts[line])
      for (r, row) in layout.rows.enumerated() where y < inner.maxY {
        if r == 0 {
          buffer.write(String(line + 1), at: Point(x: inner.x, y: y), style: .lineNumber)
        }
        var x = inner.x + numberWidth + 1
        for i in row {
          let grapheme = TextSpan(start: lineStart + layout.byteStarts[i], end: lineStart + layout.byteStarts[i + 1])
          let colour = project.codes[unit.codes.first ?? CodeID("")]?.colour ?? .grey
          let style: Style = unit.span.overlaps(grapheme) ? .unitText(colour) : .dim
          let g = layout.graphemes[i]
          buffer.write(g == "\t" ? String(repeating: " ", count: layout.widths[i]) : String(g), at: Point(x: x, y: y), style: style)
          x += layout.widths[i]
        }
        y += 1
      }
    }
  }
}
