import STCKit

/// The side panel: codes used in this transcript (with this coder's count here and the project's
/// count), then the other codes of the project.
struct PanelList {
  /// A code in the list: only its id and counts, so that building the list for 2,000 codes on
  /// every frame copies no names.
  struct Item: Equatable, Sendable {
    var id: CodeID
    var here: Int
    var all: Int
    var inTranscript: Bool
  }

  let items: [Item]
  let codes: [CodeID: Code]

  init(_ state: AppState, _ coding: CodingState) {
    codes = state.project.codes
    if let cache = coding.panelCache, cache.coder == state.coder {
      items = cache.items
    } else {
      items = Self.items(state, coding)
    }
  }

  /// The codes of the coder's units in this transcript first, then the others, each in the
  /// codebook's order.
  static func items(_ state: AppState, _ coding: CodingState) -> [Item] {
    let codes = state.project.codes
    var here: [CodeID: Int] = [:]
    for unit in state.project.sheets[CodingSheetID(coder: state.coder, transcript: coding.transcript)] ?? [] {
      for code in unit.codes { here[code, default: 0] += 1 }
    }
    var used: [Item] = []
    var other: [Item] = []
    other.reserveCapacity(coding.codeOrder.count)
    for id in coding.codeOrder where codes.index(forKey: id) != nil {
      if let count = here[id] {
        used.append(Item(id: id, here: count, all: coding.codeTotals[id] ?? 0, inTranscript: true))
      } else {
        other.append(Item(id: id, here: 0, all: coding.codeTotals[id] ?? 0, inTranscript: false))
      }
    }
    return used + other
  }

  func code(_ item: Item) -> Code { codes[item.id]! }

  /// The place of the chosen code in the list (the first item when none is chosen).
  func index(of coding: CodingState) -> Int {
    items.firstIndex { $0.id == coding.panelCode } ?? 0
  }

  /// The code chosen in the panel: the first one until the user chooses.
  func selected(_ coding: CodingState) -> Code? {
    items.isEmpty ? nil : code(items[index(of: coding)])
  }
}

/// The side panel's list, kept between changes (see `CodingState.panelCache`).
struct PanelCache: Equatable, Sendable {
  var coder: CoderName
  var items: [PanelList.Item]
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
    // Rows: a heading before each section, then the items; names are made for the rows shown.
    var lines: [(heading: Bool, item: Int)] = []
    lines.reserveCapacity(list.items.count + 2)
    var section: Bool?
    for (i, item) in list.items.enumerated() {
      if section != item.inTranscript {
        lines.append((true, i))
        section = item.inTranscript
      }
      lines.append((false, i))
    }
    let chosenIndex = list.index(of: coding)
    let selectedLine = lines.firstIndex { !$0.heading && $0.item == chosenIndex } ?? 0
    let height = inner.height
    var top = min(coding.panelScroll, max(0, lines.count - height))
    if selectedLine < top { top = selectedLine }
    if selectedLine >= top + height { top = selectedLine - height + 1 }
    let countsWidth = 9
    for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
      let y = inner.y + offset
      let index = line.item
      guard !line.heading else {
        let heading = list.items[index].inTranscript ? strings.panelHere : strings.panelOther
        buffer.write(heading, at: Point(x: inner.x, y: y), style: .heading, maxWidth: inner.width - countsWidth)
        if offset == 0 || top + offset == 0 {
          let counts = strings.panelCounts
          buffer.write(counts, at: Point(x: inner.maxX - DisplayWidth.of(counts) - 1, y: y), style: .dim)
        }
        continue
      }
      let item = list.items[index]
      let code = list.code(item)
      let chosen = index == chosenIndex
      let rowStyle: Style = chosen ? (coding.focus == .panel ? .cursorLine : .bold) : .normal
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
      buffer.write(barGlyph(code.colour, monochrome: state.monochrome, other: false, focused: true),
        at: Point(x: inner.x, y: y), style: .code(code.colour))
      buffer.write(code.displayName, at: Point(x: inner.x + 2, y: y), style: rowStyle, maxWidth: inner.width - 2 - countsWidth)
      let here = item.inTranscript ? String(item.here) : "·"
      let counts = String(repeating: " ", count: max(0, 4 - here.count)) + here + String(repeating: " ", count: max(0, 5 - String(item.all).count)) + String(item.all)
      buffer.write(counts, at: Point(x: inner.maxX - counts.count - 1, y: y), style: rowStyle)
    }
  }
}
