import STCKit

/// The mapping screen of `stc merge --interactive`: each code of the second copy, and the code of
/// the first copy it becomes (the one with the same name unless you choose), or a new code.
public struct MergeMappingState: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public var code: CodeID
    public var name: String
    public var units: Int
    /// The first copy's code it maps onto; nil for "add as a new code".
    public var target: CodeID?
  }

  /// Choosing a target for one row: a filter and a list.
  public struct Picking: Equatable, Sendable {
    public var field = TextField()
    public var selected = 0
  }

  public enum Outcome: Equatable, Sendable { case working, merge, cancel }

  public var rows: [Row]
  /// The first copy's codes, sorted by name.
  public var targets: [(id: CodeID, name: String)]
  public var sameName: [CodeID: CodeID]
  public var selected = 0
  public var picking: Picking?
  public var outcome = Outcome.working
  public var size: Size
  public var language: Language
  public var titles: (first: String, second: String)

  public static func == (a: Self, b: Self) -> Bool {
    a.rows == b.rows && a.selected == b.selected && a.picking == b.picking && a.outcome == b.outcome && a.size == b.size
      && a.targets.map(\.id) == b.targets.map(\.id)
  }

  public init(base: Project, other: Project, mapping: [CodeID: CodeID], size: Size, language: Language, titles: (String, String)) {
    var counts: [CodeID: Int] = [:]
    for unit in other.allUnits { for code in unit.codes { counts[code, default: 0] += 1 } }
    rows = other.sortedCodes.map { Row(code: $0.id, name: $0.displayName, units: counts[$0.id] ?? 0, target: mapping[$0.id]) }
    targets = base.sortedCodes.map { ($0.id, $0.displayName) }
    sameName = ProjectMerge.defaultMapping(base: base, other: other)
    self.size = size
    self.language = language
    self.titles = titles
  }

  /// The mapping as chosen.
  public var mapping: [CodeID: CodeID] {
    Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.target.map { (row.code, $0) } })
  }

  /// The choices while picking: a new code, then the first copy's codes that match the filter.
  var choices: [(id: CodeID?, name: String)] {
    let query = Array((picking?.field.text ?? "").lowercased())
    let matching = targets.filter { query.isEmpty || FuzzyMatch.score(query, in: Array($0.name.lowercased())) != nil }
    return [(nil, Strings(language).mergeNewCode)] + matching.map { ($0.id, $0.name) }
  }
}

public enum MergeMappingApp {
  public static func reduce(_ state: inout MergeMappingState, _ input: Input) {
    switch input {
    case .resize(let size): state.size = size
    case .paste(let text):
      state.picking?.field.paste(text)
      state.picking?.selected = 0
    case .key(let key):
      if var picking = state.picking {
        switch Keymap.default.command(for: key, in: [.picker]) {
        case .down: picking.selected = min(state.choices.count - 1, picking.selected + 1)
        case .up: picking.selected = max(0, picking.selected - 1)
        case .close:
          state.picking = nil
          return
        case .accept:
          let choice = state.choices[min(picking.selected, state.choices.count - 1)]
          state.rows[state.selected].target = choice.id
          state.picking = nil
          return
        default:
          if picking.field.handle(key) { picking.selected = 0 }
        }
        state.picking = picking
        return
      }
      switch Keymap.default.command(for: key, in: [.mergeMapping]) {
      case .down: state.selected = min(max(0, state.rows.count - 1), state.selected + 1)
      case .up: state.selected = max(0, state.selected - 1)
      case .open: if !state.rows.isEmpty { state.picking = MergeMappingState.Picking() }
      case .newCodeTarget: if !state.rows.isEmpty { state.rows[state.selected].target = nil }
      case .sameNameTarget:
        if !state.rows.isEmpty { state.rows[state.selected].target = state.sameName[state.rows[state.selected].code] }
      case .writeExport: state.outcome = .merge
      case .quit, .back: state.outcome = .cancel
      default: break
      }
    case .mouse: break
    }
  }

  public static func render(_ state: MergeMappingState) -> (ScreenBuffer, Frame) {
    var buffer = ScreenBuffer(size: state.size)
    let s = Strings(state.language)
    let area = Rect(state.size)
    guard state.size.width >= 60, state.size.height >= 12 else {
      buffer.write(s.tooSmallShort, at: Point(x: 0, y: 0), style: .warning)
      return (buffer, Frame())
    }
    buffer.writeLine(" stc · " + s.mergeTitle(state.titles.first, state.titles.second), in: area.row(0), style: .titleBar)
    let mapped = state.rows.filter { $0.target != nil }.count
    buffer.write(" " + s.mergeSummary(state.rows.count, mapped), at: Point(x: 0, y: 1), style: .heading, maxWidth: area.width - 1)
    let list = Rect(x: 0, y: 3, width: area.width, height: area.height - 4)
    let half = (area.width - 6) / 2
    let top = max(0, min(state.selected - list.height / 2, state.rows.count - list.height))
    for (offset, row) in state.rows.dropFirst(top).prefix(list.height).enumerated() {
      let chosen = top + offset == state.selected
      let target = row.target.flatMap { id in state.targets.first { $0.id == id }?.name }
      let left = (chosen ? "▸ " : "  ") + "\(row.name) (\(s.units(row.units)))"
      let rowRect = Rect(x: 0, y: list.y + offset, width: area.width, height: 1)
      buffer.writeLine(left.fitted(to: half), in: rowRect, style: chosen ? .cursorLine : .normal)
      buffer.write("→ " + (target ?? s.mergeNewCode), at: Point(x: half + 2, y: rowRect.y), style: target == nil ? .success : (chosen ? .cursorLine : .normal), maxWidth: area.width - half - 3)
    }
    var cursor: Point?
    if let picking = state.picking {
      let box = Rect(x: 0, y: 1, width: area.width, height: area.height - 2).centred(Size(width: min(60, area.width - 4), height: min(16, area.height - 2)))
      let inner = Chrome.box(box, title: s.mergePickTitle(state.rows[state.selected].name), into: &buffer)
      buffer.write("› ", at: Point(x: inner.x, y: inner.y), style: .key)
      cursor = picking.field.render(into: &buffer, at: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
      for (offset, choice) in state.choices.prefix(inner.height - 1).enumerated() {
        buffer.writeLine(choice.name, in: Rect(x: inner.x, y: inner.y + 1 + offset, width: inner.width, height: 1),
          style: offset == picking.selected ? .cursorLine : choice.id == nil ? .success : .normal)
      }
    }
    var hints: [String] = []
    for binding in Keymap.default.bindings(in: state.picking == nil ? .mergeMapping : .picker) where binding.inStatusBar {
      hints.append("\(binding.keys[0]) \(binding.command.text(state.language).title)")
    }
    buffer.writeLine(" " + hints.joined(separator: "  "), in: area.row(area.height - 1), style: .statusBar)
    return (buffer, Frame(cursor: cursor))
  }
}
