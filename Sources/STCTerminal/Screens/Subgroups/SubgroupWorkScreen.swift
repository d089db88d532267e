import STCKit

/// One subgroup at work, for step 3 (condensation) and step 4 (synthesis): its meaning units on
/// the left, grouped by informant in the informant's colour; the condensate or the analytic text
/// on the right.
enum SubgroupWorkScreen {
  /// The subgroup's meaning units, by informant (in number order), then in transcript order.
  static func units(_ state: AppState, _ subgroup: SubgroupID) -> [MeaningUnit] {
    let project = state.project
    let units = project.units(matching: UnitFilter(subgroup: subgroup))
    let order = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.id, $0) })
    return units.sorted {
      (project.informantNumber(of: $0) ?? .max, order[$0.id]!) < (project.informantNumber(of: $1) ?? .max, order[$1.id]!)
    }
  }

  struct Layout {
    let header: Rect
    let top: Rect
    let list: Rect
    let text: Rect
    let textBox: Rect
  }

  /// Where the parts go; step 4 shows the condensate and golden quotation above the panes.
  static func layout(_ state: AppState, step: Int) -> Layout {
    let area = Rect(state.size)
    let body = Rect(x: 0, y: 1, width: area.width, height: area.height - 2)
    let header = body.row(0)
    let aboveHeight = step == 4 ? 5 : 2
    let (above, panes) = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1).splitTop(aboveHeight)
    let (list, textBox) = panes.splitLeft(panes.width * 9 / 20)
    let text = Rect(x: textBox.x + 2, y: textBox.y + 1, width: textBox.width - 4, height: textBox.height - 2)
    return Layout(header: header, top: above, list: list, text: text, textBox: textBox)
  }

  static func render(_ state: AppState, step: Int, into buffer: inout ScreenBuffer) -> Point? {
    guard let work = state.steps.work, let subgroup = state.project.subgroup(work.subgroup),
      let group = state.project.group(containing: work.subgroup)
    else { return nil }
    let s = state.strings
    let project = state.project
    let area = Rect(state.size)
    let layout = layout(state, step: step)
    Chrome.titleBar(state, detail: "\(s.stepTitle(step)) › \(subgroup.name)", into: &buffer, at: area.row(0))
    let support = state.codebook.statistics.support(of: subgroup.id)
    var header = s.subgroupHeader(group.name, support.units, support.informants.count, state.codebook.statistics.informantCount)
    if step == 4 { header += " · " + (subgroup.status == .done ? s.statusDone : s.statusDraft) }
    buffer.write(" " + header, at: Point(x: 0, y: layout.header.y), style: .heading, maxWidth: area.width - 1)

    // Above the panes: the golden quotation; in step 4 the condensate too.
    var y = layout.top.y
    if step == 4 {
      let condensate = subgroup.condensate.isEmpty ? s.noCondensate : subgroup.condensate
      for line in ("\(s.condensateLabel): " + condensate.oneLine(limit: 2000)).wrapped(to: area.width - 2).prefix(3) {
        buffer.write(" " + line, at: Point(x: 0, y: y), style: .dim)
        y += 1
      }
      y = layout.top.y + 3
    }
    let golden = subgroup.goldenQuote.flatMap { project.unit($0) }
    let goldenText = golden.map { unit in
      "★ " + s.quoted(project.quote(of: unit).oneLine(limit: 2000))
        + " (\(project.informantNumber(of: unit).flatMap { project.informant($0)?.label } ?? "?"))"
    } ?? s.noGoldenQuote
    buffer.write(" " + goldenText, at: Point(x: 0, y: y), style: golden == nil ? .dim : .bold, maxWidth: area.width - 1)

    renderUnits(state, work, subgroup: subgroup, step: step, in: layout.list, into: &buffer)
    let title = step == 3 ? s.condensateTitle(subgroup.name) : s.analyticTitle(subgroup.name)
    Chrome.box(layout.textBox, title: title + (work.editor.isModified ? " •" : ""), into: &buffer)
    let cursor = work.editor.render(into: &buffer, at: layout.text)
    if work.editor.text.isEmpty && work.focus == .units {
      buffer.write(step == 3 ? s.writeCondensateHint : s.writeAnalyticHint, at: Point(x: layout.text.x, y: layout.text.y), style: .dim, maxWidth: layout.text.width)
    }
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
    return work.focus == .text ? cursor : nil
  }

  /// The meaning units: a heading per informant, then each unit's place and words.
  static func renderUnits(
    _ state: AppState, _ work: SubgroupWork, subgroup: Subgroup, step: Int, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    let project = state.project
    let units = units(state, subgroup.id)
    guard !units.isEmpty else {
      buffer.write(state.strings.noUnitsInSubgroup, at: Point(x: rect.x + 1, y: rect.y), style: .dim, maxWidth: rect.width - 1)
      return
    }
    var lines: [(text: String, style: Style, unit: Int?)] = []
    var informant: Int?? = .none
    for (i, unit) in units.enumerated() {
      let number = project.informantNumber(of: unit)
      if informant != .some(number) {
        informant = .some(number)
        let person = number.flatMap { project.informant($0) }
        lines.append(("▌" + (person?.label ?? "?"), person.map { .informant($0.colour) } ?? .bold, nil))
      }
      let golden = subgroup.goldenQuote == unit.id ? "★ " : "  "
      let tick = step == 4 ? (subgroup.recontextualised.contains(unit.id) ? "[x] " : "[ ] ") : ""
      lines.append((" " + golden + tick + "\(unit.transcript):\(project.lineLabel(of: unit)) \(unit.coder)", .normal, i))
      for part in project.quote(of: unit).oneLine(limit: 400).wrapped(to: rect.width - 5).prefix(step == 4 ? 1 : 3) {
        lines.append(("    " + part, .dim, i))
      }
    }
    let chosen = lines.firstIndex { $0.unit == work.selected } ?? 0
    let top = max(0, min(chosen - rect.height / 3, lines.count - rect.height))
    for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
      let isChosen = line.unit == work.selected && work.focus == .units && line.style == .normal
      buffer.writeLine(line.text, in: Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1), style: isChosen ? .cursorLine : line.style)
    }
  }

  static func reduce(_ state: inout AppState, _ command: Command, step: Int) -> [Effect] {
    guard var work = state.steps.work, var subgroup = state.project.subgroup(work.subgroup) else {
      state.steps.work = nil
      return []
    }
    let units = units(state, work.subgroup)
    let selected = min(work.selected, max(0, units.count - 1))
    let s = state.strings
    switch command {
    case .down: work.selected = min(max(0, units.count - 1), selected + 1)
    case .up: work.selected = max(0, selected - 1)
    case .switchPane: work.focus = .text
    case .back:
      state.steps.work = nil
      return []
    case .nextSubgroup, .previousSubgroup:
      let all = SubgroupList.all(state.project)
      guard let index = all.firstIndex(where: { $0.subgroup.id == work.subgroup }) else { return [] }
      let target = command == .nextSubgroup ? index + 1 : index - 1
      guard all.indices.contains(target) else { return [] }
      SubgroupList.openWork(&state, all[target].subgroup.id)
      return []
    case .jumpToUnit:
      guard units.indices.contains(selected), let text = state.project.texts[units[selected].transcript] else { return [] }
      let returnTo = state.screen
      CodingScreen.open(&state, transcript: units[selected].transcript, at: CodingScreen.position(ofByte: units[selected].span.start, in: text), unit: units[selected].id)
      state.returnScreen = returnTo
      return []
    case .goldenQuote:
      guard units.indices.contains(selected) else { return [] }
      let unit = units[selected].id
      subgroup.goldenQuote = subgroup.goldenQuote == unit ? nil : unit
      state.steps.work = work
      return Workbench.perform(
        &state, .updateSubgroup(subgroup), message: subgroup.goldenQuote == nil ? s.goldenCleared : s.goldenChosen(subgroup.name))
    case .tickUnit:
      guard units.indices.contains(selected) else { return [] }
      let unit = units[selected].id
      if subgroup.recontextualised.contains(unit) {
        subgroup.recontextualised.removeAll { $0 == unit }
      } else {
        subgroup.recontextualised = (subgroup.recontextualised + [unit]).sorted()
      }
      work.selected = min(max(0, units.count - 1), selected + 1)
      state.steps.work = work
      return Workbench.perform(&state, .updateSubgroup(subgroup), message: s.ticked(subgroup.recontextualised.count, units.count))
    case .toggleDone:
      subgroup.status = subgroup.status == .done ? .draft : .done
      state.steps.work = work
      return Workbench.perform(&state, .updateSubgroup(subgroup), message: subgroup.status == .done ? s.markedDone(subgroup.name) : s.markedDraft(subgroup.name))
    case .introduction:
      guard let group = state.project.group(containing: work.subgroup) else { return [] }
      state.overlay = .editor(EditorOverlay(.groupIntroduction(group.id), state: state))
    default:
      break
    }
    state.steps.work = work
    return []
  }

  /// Keys while the text has the focus: the editor's, with Esc saving and going back to the units.
  static func edit(_ state: inout AppState, _ input: Input, step: Int) -> [Effect] {
    guard var work = state.steps.work else { return [] }
    let rect = layout(state, step: step).text
    let target: TextTarget = step == 3 ? .condensate(work.subgroup) : .analyticText(work.subgroup)
    var effects: [Effect] = []
    switch input {
    case .paste(let text): work.editor.paste(text)
    case .key(let key):
      switch Keymap.default.command(for: key, in: [.editor]) {
      case .closeEditor, .saveText:
        effects = Workbench.save(&state, text: work.editor.text, to: target)
        work.editor.markSaved()
        if Keymap.default.command(for: key, in: [.editor]) == .closeEditor { work.focus = .units }
      default:
        _ = work.editor.handle(key, width: rect.width, height: rect.height)
      }
    default: break
    }
    state.steps.work = work
    return effects
  }
}
