import STCKit

/// The side panel: codes used in this transcript (with this coder's count here and the project's
/// count), then the other codes of the project.
struct PanelList {
  struct Item: Equatable {
    var code: Code
    var here: Int
    var all: Int
    var inTranscript: Bool
  }

  let items: [Item]

  init(_ state: AppState, _ coding: CodingState) {
    var here: [CodeID: Int] = [:]
    for unit in state.project.sheets[CodingSheetID(coder: state.coder, transcript: coding.transcript)] ?? [] {
      for code in unit.codes { here[code, default: 0] += 1 }
    }
    let sorted = coding.codeOrder.compactMap { state.project.codes[$0] }
    let used = sorted.filter { here[$0.id] != nil }.map {
      Item(code: $0, here: here[$0.id]!, all: coding.codeTotals[$0.id] ?? 0, inTranscript: true)
    }
    let other = sorted.filter { here[$0.id] == nil }.map {
      Item(code: $0, here: 0, all: coding.codeTotals[$0.id] ?? 0, inTranscript: false)
    }
    items = used + other
  }

  /// The place of the chosen code in the list (the first item when none is chosen).
  func index(of coding: CodingState) -> Int {
    items.firstIndex { $0.code.id == coding.panelCode } ?? 0
  }

  /// The code chosen in the panel: the first one until the user chooses.
  func selected(_ coding: CodingState) -> Code? {
    items.isEmpty ? nil : items[index(of: coding)].code
  }
}

extension CodingScreen {
  static func renderPanel(_ state: AppState, _ coding: CodingState, at rect: Rect, into buffer: inout ScreenBuffer) {
    let strings = state.strings
    for y in rect.y..<rect.maxY { buffer.write("│", at: Point(x: rect.x, y: y), style: .dim) }
    let inner = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 2, height: rect.height)
    let list = PanelList(state, coding)
    guard !list.items.isEmpty else {
      buffer.write(strings.panelEmpty, at: Point(x: inner.x, y: inner.y), style: .dim, maxWidth: inner.width)
      return
    }
    // Rows: a heading before each section, then the items.
    var lines: [(text: String, item: Int?)] = []
    var section: Bool?
    for (i, item) in list.items.enumerated() {
      if section != item.inTranscript {
        lines.append(((item.inTranscript ? strings.panelHere : strings.panelOther), nil))
        section = item.inTranscript
      }
      lines.append((item.code.displayName, i))
    }
    let chosenIndex = list.index(of: coding)
    let selectedLine = lines.firstIndex { $0.item == chosenIndex } ?? 0
    let height = inner.height
    var top = min(coding.panelScroll, max(0, lines.count - height))
    if selectedLine < top { top = selectedLine }
    if selectedLine >= top + height { top = selectedLine - height + 1 }
    let countsWidth = 9
    for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
      let y = inner.y + offset
      guard let index = line.item else {
        buffer.write(line.text, at: Point(x: inner.x, y: y), style: .heading, maxWidth: inner.width - countsWidth)
        if offset == 0 || top + offset == 0 {
          let counts = strings.panelCounts
          buffer.write(counts, at: Point(x: inner.maxX - DisplayWidth.of(counts) - 1, y: y), style: .dim)
        }
        continue
      }
      let item = list.items[index]
      let chosen = index == chosenIndex
      let rowStyle: Style = chosen ? (coding.focus == .panel ? .cursorLine : .bold) : .normal
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
      buffer.write(barGlyph(item.code.colour, monochrome: state.monochrome, other: false, focused: true),
        at: Point(x: inner.x, y: y), style: .code(item.code.colour))
      buffer.write(line.text, at: Point(x: inner.x + 2, y: y), style: rowStyle, maxWidth: inner.width - 2 - countsWidth)
      let here = item.inTranscript ? String(item.here) : "·"
      let counts = String(repeating: " ", count: max(0, 4 - here.count)) + here + String(repeating: " ", count: max(0, 5 - String(item.all).count)) + String(item.all)
      buffer.write(counts, at: Point(x: inner.maxX - counts.count - 1, y: y), style: rowStyle)
    }
  }
}
