import STCKit

/// The code picker: a fuzzy filter over the codebook; Enter gives the highlighted code to the
/// meaning unit (or takes it off), or creates a code from what was typed.
public struct CodePickerState: Equatable, Sendable {
  /// What the picker codes: a passage that is not a meaning unit yet, or a meaning unit.
  public enum Target: Equatable, Sendable {
    case newUnit(TextSpan)
    case unit(MeaningUnitID)
  }

  /// A code as the picker lists it, prepared once so that filtering per keystroke is cheap.
  struct Entry: Equatable, Sendable {
    var id: CodeID
    var name: String
    var key: [Character]
    var units: Int
    var place: String
    var colour: PaletteColour
  }

  /// A line of the list.
  enum Row: Equatable {
    case create(name: String, valence: Valence?)
    case code(Entry)
  }

  public var target: Target
  public var field = TextField()
  public var selected = 0
  var entries: [Entry]

  init(_ state: AppState, target: Target) {
    self.target = target
    entries = Self.catalog(state)
  }

  static func catalog(_ state: AppState) -> [Entry] {
    var totals: [CodeID: Int] = state.coding?.codeTotals ?? [:]
    if state.coding == nil {
      for units in state.project.sheets.values { for unit in units { for code in unit.codes { totals[code, default: 0] += 1 } } }
    }
    return state.project.sortedCodes.map { code in
      let place: String
      if let subgroup = code.subgroup, let group = state.project.group(containing: subgroup),
        let sub = state.project.subgroup(subgroup)
      {
        place = "\(group.name) › \(sub.name)"
      } else {
        place = state.strings.unsorted
      }
      return Entry(
        id: code.id, name: code.displayName, key: Array(code.name.lowercased()), units: totals[code.id] ?? 0, place: place,
        colour: code.colour)
    }
  }

  /// The codes listed for what is typed, best match first: the fuzzy filter the picker runs on
  /// every keystroke (public for `stc bench`).
  public var listed: [CodeID] {
    rows(onUnit: []).compactMap { if case .code(let entry) = $0 { entry.id } else { nil } }
  }

  /// The name typed, without a trailing valence sign, and the valence that sign gives.
  var typed: (name: String, valence: Valence?) {
    var name = field.text.trimmingCharacters(in: .whitespaces)
    var valence: Valence?
    if let last = name.last, ["+", "-", "−"].contains(last) {
      valence = last == "+" ? .positive : .negative
      name.removeLast()
      name = name.trimmingCharacters(in: .whitespaces)
    }
    return (name, valence)
  }

  /// The rows for what is typed: codes on the unit first when nothing is typed; the best matches
  /// first otherwise, with "new code" on top when no code has that name.
  func rows(onUnit codes: [CodeID]) -> [Row] {
    let (name, valence) = typed
    let query = Array(name.lowercased())
    if query.isEmpty {
      let on = entries.filter { codes.contains($0.id) }
      return (on + entries.filter { !codes.contains($0.id) }).map { .code($0) }
    }
    let scored = entries.compactMap { entry in FuzzyMatch.score(query, in: entry.key).map { ($0, entry) } }
      .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.name < $1.1.name }
      .map { Row.code($0.1) }
    let exact = entries.contains { $0.key == query }
    return exact ? scored : [.create(name: name, valence: valence)] + scored
  }
}

enum CodePicker {
  /// The codes on the picker's unit (none for a new passage).
  static func codesOnTarget(_ state: AppState, _ picker: CodePickerState) -> [CodeID] {
    if case .unit(let id) = picker.target { return state.project.unit(id)?.codes ?? [] }
    return []
  }

  static func reduce(_ state: inout AppState, _ picker: CodePickerState, input: Input) -> [Effect] {
    var picker = picker
    // The list is ranked only for the keys that need it: typing re-ranks when the frame is drawn.
    var rows: [CodePickerState.Row] { picker.rows(onUnit: codesOnTarget(state, picker)) }
    switch input {
    case .paste(let text):
      picker.field.paste(text)
      picker.selected = 0
    case .key(let key):
      switch Keymap.default.command(for: key, in: [.picker]) {
      case .down: picker.selected = min(max(0, rows.count - 1), picker.selected + 1)
      case .up: picker.selected = max(0, picker.selected - 1)
      case .close:
        state.overlay = nil
        return []
      case .accept:
        let list = rows
        guard list.indices.contains(picker.selected) else { return [] }
        return accept(&state, picker, row: list[picker.selected])
      default:
        if picker.field.handle(key) { picker.selected = 0 }
      }
    default:
      break
    }
    state.overlay = .picker(picker)
    return []
  }

  /// Gives, takes off, or creates the code of `row`, and keeps the picker open on the unit.
  static func accept(_ state: inout AppState, _ picker: CodePickerState, row: CodePickerState.Row) -> [Effect] {
    guard let coding = state.coding else { return [] }
    let time = state.clock.now()
    let strings = state.strings
    var operation: Operation
    var message: String
    do {
      switch (picker.target, row) {
      case (.newUnit(let span), .create(let name, let valence)):
        operation = try state.project.codePassage(
          transcript: coding.transcript, span: span, codeNames: [name], coder: state.coder, ids: &state.ids, at: time)
        operation = withValence(operation, valence)
        message = strings.coded(lines(state, picker), name)
      case (.newUnit(let span), .code(let entry)):
        guard let code = state.project.codes[entry.id] else { return [] }
        operation = try state.project.codePassage(
          transcript: coding.transcript, span: span, codeNames: [code.name], coder: state.coder, ids: &state.ids, at: time)
        message = strings.coded(lines(state, picker), code.name)
      case (.unit(let id), .create(let name, let valence)):
        var code = state.project.newCode(named: name, valence: valence, ids: &state.ids, at: time)
        code.valence = valence
        operation = .batch("Coded meaning unit \(id) with “\(name)”", [.createCode(code), .assignCode(code.id, to: id)])
        message = strings.coded(lines(state, picker), name)
      case (.unit(let id), .code(let entry)):
        let has = state.project.unit(id)?.codes.contains(entry.id) ?? false
        operation = has ? .removeCode(entry.id, from: id) : .assignCode(entry.id, to: id)
        let name = state.project.codes[entry.id]?.name ?? ""
        message = has ? strings.uncoded(lines(state, picker), name) : strings.coded(lines(state, picker), name)
      }
    } catch {
      state.status = StatusMessage(error.message, .error)
      return []
    }
    let effects = Workbench.perform(&state, operation, message: message)
    guard !effects.isEmpty else { return [] }
    var next = picker
    if case .newUnit(let span) = picker.target,
      let unit = CodingScreen.ownUnits(state, state.coding!).first(where: { $0.span == span })
    {
      next.target = .unit(unit.id)
      state.coding?.selection = nil
      state.coding?.preferredUnit = unit.id
    }
    next.field = TextField()
    next.selected = 0
    next.entries = CodePickerState.catalog(state)
    state.overlay = .picker(next)
    return effects
  }

  /// The lines the picker's passage or unit covers, "11–12".
  static func lines(_ state: AppState, _ picker: CodePickerState) -> String {
    switch picker.target {
    case .newUnit(let span): state.coding.flatMap { state.project.texts[$0.transcript]?.lineLabel(span) } ?? ""
    case .unit(let id): state.project.unit(id).map { state.project.lineLabel(of: $0) } ?? ""
    }
  }

  /// Sets the valence of a code that `operation` creates.
  static func withValence(_ operation: Operation, _ valence: Valence?) -> Operation {
    guard let valence else { return operation }
    switch operation {
    case .batch(let label, let steps):
      return .batch(label, steps.map { withValence($0, valence) })
    case .createCode(var code):
      code.valence = valence
      return .createCode(code)
    default:
      return operation
    }
  }

  static func render(_ state: AppState, _ picker: CodePickerState, into buffer: inout ScreenBuffer) -> Point? {
    let strings = state.strings
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let box = area.centred(Size(width: min(76, area.width - 4), height: min(20, area.height - 2)))
    let title: String
    let codes = codesOnTarget(state, picker)
    switch picker.target {
    case .newUnit(let span):
      title = strings.pickerTitleNew(state.coding.flatMap { state.project.texts[$0.transcript]?.lineLabel(span) } ?? "")
    case .unit(let id):
      title = strings.pickerTitleUnit(state.project.unit(id).map { state.project.lineLabel(of: $0) } ?? "")
    }
    let inner = Chrome.box(box, title: title, into: &buffer)
    guard inner.height >= 3 else { return nil }
    buffer.write("› ", at: Point(x: inner.x, y: inner.y), style: .key)
    let cursor = picker.field.render(into: &buffer, at: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
    buffer.write(strings.pickerHint, at: Point(x: inner.x, y: inner.y + 1), style: .dim, maxWidth: inner.width)
    let rows = picker.rows(onUnit: codes)
    let listTop = inner.y + 2
    let height = inner.height - 2
    let top = max(0, min(picker.selected - height + 1, rows.count - height))
    for (offset, row) in rows.dropFirst(max(0, top)).prefix(height).enumerated() {
      let index = max(0, top) + offset
      let y = listTop + offset
      let chosen = index == picker.selected
      let style: Style = chosen ? .cursorLine : .normal
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      switch row {
      case .create(let name, let valence):
        let sign = valence.map { " \($0.sign)" } ?? ""
        buffer.write("+ " + strings.newCode(name) + sign, at: Point(x: inner.x, y: y), style: chosen ? .cursorLine : .success, maxWidth: inner.width)
      case .code(let entry):
        let mark = codes.contains(entry.id) ? "[x] " : "[ ] "
        var x = buffer.write(mark, at: Point(x: inner.x, y: y), style: style)
        x = buffer.write(
          CodingScreen.barGlyph(entry.colour, monochrome: state.monochrome, other: false, focused: true), at: Point(x: x, y: y),
          style: .code(entry.colour))
        let nameWidth = max(8, inner.width / 2 - 6)
        buffer.write(" " + entry.name, at: Point(x: x, y: y), style: style, maxWidth: nameWidth)
        let detail = "\(strings.units(entry.units)) · \(entry.place)"
        buffer.write(detail, at: Point(x: x + nameWidth + 1, y: y), style: chosen ? .cursorLine : .dim, maxWidth: inner.maxX - x - nameWidth - 1)
      }
    }
    if rows.isEmpty { buffer.write(strings.noCodesMatch, at: Point(x: inner.x, y: listTop), style: .dim, maxWidth: inner.width) }
    return cursor
  }
}
