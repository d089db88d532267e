import STCKit

/// The codebook screen's own state.
public struct CodebookState: Equatable, Sendable {
  public var selected = 0
  public var collapsedGroups: Set<CodeGroupID> = []
  public var collapsedSubgroups: Set<SubgroupID> = []
  /// Units and informants per code, subgroup and group, refreshed after every change.
  public var statistics = CodebookStatistics()
  public init() {}
}

/// One line of the codebook tree.
enum CodebookRow: Equatable {
  case group(CodeGroupID)
  case subgroup(SubgroupID)
  case code(CodeID, depth: Int)
  case unsorted
}

/// The end of step 2: the tree of code groups, subgroups and codes, each with its meaning units
/// and informants; codes not sorted yet at the bottom. Everything here can be undone.
enum CodebookScreen {
  static func rows(_ state: AppState) -> [CodebookRow] {
    var rows: [CodebookRow] = []
    let byCode = Dictionary(grouping: state.project.sortedCodes) { $0.subgroup }
    for group in state.project.groups {
      rows.append(.group(group.id))
      guard !state.codebook.collapsedGroups.contains(group.id) else { continue }
      for subgroup in group.subgroups {
        rows.append(.subgroup(subgroup.id))
        guard !state.codebook.collapsedSubgroups.contains(subgroup.id) else { continue }
        rows += (byCode[subgroup.id] ?? []).map { .code($0.id, depth: 2) }
      }
    }
    rows.append(.unsorted)
    rows += (byCode[nil] ?? []).map { .code($0.id, depth: 1) }
    return rows
  }

  static func refresh(_ state: inout AppState) {
    state.codebook.statistics = state.project.statistics()
  }

  static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    let s = state.strings
    let project = state.project
    let stats = state.codebook.statistics
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: s.stepTitle(2), into: &buffer, at: area.row(0))
    let sorted = project.codes.values.filter { $0.subgroup != nil }.count
    buffer.write(" " + s.codebookHeading(project.groups.count, project.codes.count, sorted), at: Point(x: 0, y: 1), style: .heading, maxWidth: area.width - 1)
    let list = Rect(x: 0, y: 2, width: area.width, height: area.height - 3)
    let rows = rows(state)
    let selected = min(state.codebook.selected, rows.count - 1)
    let top = max(0, min(selected - list.height / 2, rows.count - list.height))
    let of = stats.informantCount
    for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
      let y = list.y + offset
      let chosen = top + offset == selected
      var style: Style = .normal
      var text: String
      var support = Support()
      var bar: (String, Style)?
      switch row {
      case .group(let id):
        let group = project.group(id)
        text = (state.codebook.collapsedGroups.contains(id) ? "▸ " : "▾ ") + (group?.name ?? "")
        style = .bold
        support = stats.support(of: id)
      case .subgroup(let id):
        text = "    " + (state.codebook.collapsedSubgroups.contains(id) ? "▸ " : "▾ ") + (project.subgroup(id)?.name ?? "")
        support = stats.support(of: id)
      case .code(let id, let depth):
        let code = project.codes[id]
        text = String(repeating: " ", count: depth == 2 ? 8 : 4) + "  " + (code?.displayName ?? "")
        support = stats.support(of: id)
        if let code {
          bar = (CodingScreen.barGlyph(code.colour, monochrome: state.monochrome, other: false, focused: true), .code(code.colour))
        }
      case .unsorted:
        text = "▾ " + s.unsortedHeading
        style = .bold
        support = stats.unsorted
      }
      let rowStyle: Style = chosen ? .cursorLine : style
      buffer.writeLine((chosen ? "▸" : " ") + text, in: Rect(x: 0, y: y, width: area.width, height: 1), style: rowStyle)
      if let bar, case .code(_, let depth) = row {
        buffer.write(bar.0, at: Point(x: depth == 2 ? 9 : 5, y: y), style: bar.1)
      }
      let counts = s.support(support.units, support.informants.count, of)
      buffer.write(counts, at: Point(x: area.width - DisplayWidth.of(counts) - 1, y: y), style: chosen ? .cursorLine : .dim)
    }
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    let rows = rows(state)
    let index = min(max(0, state.codebook.selected), rows.count - 1)
    let row = rows[index]
    let project = state.project
    let page = max(1, state.size.height - 4)
    switch command {
    case .down: state.codebook.selected = min(rows.count - 1, index + 1)
    case .up: state.codebook.selected = max(0, index - 1)
    case .pageDown: state.codebook.selected = min(rows.count - 1, index + page)
    case .pageUp: state.codebook.selected = max(0, index - page)
    case .top: state.codebook.selected = 0
    case .bottom: state.codebook.selected = rows.count - 1
    case .back: state.screen = .overview
    case .addGroup: state.overlay = .input(InputOverlay(.newGroup))
    case .add:
      guard let group = groupOf(row, in: project) else {
        state.overlay = .input(InputOverlay(.newGroup))
        return []
      }
      state.overlay = .input(InputOverlay(.newSubgroup(group)))
    case .open:
      switch row {
      case .group(let id): state.codebook.collapsedGroups.formSymmetricDifference([id])
      case .subgroup(let id): state.codebook.collapsedSubgroups.formSymmetricDifference([id])
      case .code(let id, _): state.overlay = .unitList(UnitListState(state, code: id))
      case .unsorted: break
      }
    default:
      return reduceItem(&state, command, row: row)
    }
    return []
  }

  /// Commands on the item under the cursor.
  static func reduceItem(_ state: inout AppState, _ command: Command, row: CodebookRow) -> [Effect] {
    let project = state.project
    let s = state.strings
    switch (command, row) {
    case (.moveCode, .code(let id, _)):
      guard let code = project.codes[id] else { return [] }
      state.overlay = .chooser(ChooserActions.moveCode(state, code))
    case (.merge, .code(let id, _)):
      guard let code = project.codes[id], project.codes.count > 1 else { return [] }
      state.overlay = .chooser(ChooserActions.mergeCode(state, code))
    case (.splitCode, .code(let id, _)):
      guard let code = project.codes[id] else { return [] }
      state.overlay = .chooser(ChooserActions.splitCode(state, code))
    case (.rename, .code(let id, _)): state.overlay = .input(InputOverlay(.renameCode(id), text: project.codes[id]?.name ?? ""))
    case (.rename, .group(let id)): state.overlay = .input(InputOverlay(.renameGroup(id), text: project.group(id)?.name ?? ""))
    case (.rename, .subgroup(let id)): state.overlay = .input(InputOverlay(.renameSubgroup(id), text: project.subgroup(id)?.name ?? ""))
    case (.editText, .code(let id, _)): state.overlay = .editor(EditorOverlay(.codeDescription(id), state: state))
    case (.editText, .group(let id)): state.overlay = .editor(EditorOverlay(.groupDescription(id), state: state))
    case (.editText, .subgroup(let id)): state.overlay = .editor(EditorOverlay(.subgroupDescription(id), state: state))
    case (.memo, .code(let id, _)): state.overlay = .editor(EditorOverlay(.memo(.code(id)), state: state))
    case (.memo, .group(let id)): state.overlay = .editor(EditorOverlay(.memo(.group(id)), state: state))
    case (.memo, .subgroup(let id)): state.overlay = .editor(EditorOverlay(.memo(.subgroup(id)), state: state))
    case (.recolour, .code(let id, _)):
      guard var code = project.codes[id] else { return [] }
      let all = PaletteColour.allCases
      code.colour = all[(all.firstIndex(of: code.colour)! + 1) % all.count]
      return Workbench.perform(&state, .updateCode(code), message: s.recoloured(code.name))
    case (.valence, .code(let id, _)):
      guard var code = project.codes[id] else { return [] }
      code.valence = code.valence == nil ? .positive : code.valence == .positive ? .negative : nil
      return Workbench.perform(&state, .updateCode(code), message: s.valenceSet(code.displayName))
    case (.moveUp, .group(let id)), (.moveDown, .group(let id)):
      guard let index = project.groups.firstIndex(where: { $0.id == id }) else { return [] }
      let target = command == .moveUp ? index - 1 : index + 1
      guard project.groups.indices.contains(target) else { return [] }
      let effects = Workbench.perform(&state, .moveGroup(id, to: target), message: s.movedTo(project.groups[index].name, target + 1))
      select(&state, .group(id))
      return effects
    case (.moveUp, .subgroup(let id)), (.moveDown, .subgroup(let id)):
      guard let (g, i) = project.location(of: id) else { return [] }
      let target = command == .moveUp ? i - 1 : i + 1
      guard project.groups[g].subgroups.indices.contains(target) else { return [] }
      let effects = Workbench.perform(
        &state, .moveSubgroup(id, to: project.groups[g].id, at: target),
        message: s.movedTo(project.groups[g].subgroups[i].name, target + 1))
      select(&state, .subgroup(id))
      return effects
    case (.delete, .code(let id, _)):
      guard let code = project.codes[id] else { return [] }
      let units = state.codebook.statistics.support(of: id).units
      if units == 0 && !project.memos.contains(where: { $0.target == .code(id) }) {
        state.overlay = .confirm(ConfirmState(action: .deleteCode(id), question: s.confirmDeleteNamed(code.name)))
      } else {
        state.overlay = .chooser(ChooserActions.deleteCode(state, code, units: units))
      }
    case (.delete, .subgroup(let id)):
      guard let subgroup = project.subgroup(id) else { return [] }
      let codes = project.codes.values.filter { $0.subgroup == id }.count
      if codes == 0 && !project.memos.contains(where: { $0.target == .subgroup(id) }) {
        state.overlay = .confirm(ConfirmState(action: .deleteSubgroup(id), question: s.confirmDeleteNamed(subgroup.name)))
      } else {
        state.overlay = .chooser(ChooserActions.deleteSubgroup(state, subgroup, codes: codes))
      }
    case (.delete, .group(let id)):
      guard let group = project.group(id) else { return [] }
      let linked = project.themes.contains { $0.codeGroups.contains(id) } || project.memos.contains { $0.target == .group(id) }
      if group.subgroups.isEmpty && !linked {
        state.overlay = .confirm(ConfirmState(action: .deleteGroup(id), question: s.confirmDeleteNamed(group.name)))
      } else {
        state.overlay = .chooser(ChooserActions.deleteGroup(state, group))
      }
    default:
      break
    }
    return []
  }

  /// The group a row belongs to, for "add a subgroup here".
  static func groupOf(_ row: CodebookRow, in project: Project) -> CodeGroupID? {
    switch row {
    case .group(let id): id
    case .subgroup(let id): project.group(containing: id)?.id
    case .code(let id, _): project.codes[id]?.subgroup.flatMap { project.group(containing: $0)?.id }
    case .unsorted: nil
    }
  }

  /// Puts the cursor on a row, after the tree changed order.
  static func select(_ state: inout AppState, _ row: CodebookRow) {
    if let index = rows(state).firstIndex(of: row) { state.codebook.selected = index }
  }
}
