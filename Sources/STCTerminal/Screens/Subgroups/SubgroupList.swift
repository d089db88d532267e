import STCKit

/// Steps 3 and 4 share a list of the subgroups, then work on one subgroup at a time.
public struct StepsState: Equatable, Sendable {
  /// The chosen subgroup in the list, by its place among all subgroups.
  public var selected = 0
  /// The subgroup being condensed or written about, when one is open.
  public var work: SubgroupWork?
  public init() {}
}

/// One open subgroup: its meaning units on one side, a text on the other.
public struct SubgroupWork: Equatable, Sendable {
  public enum Pane: Equatable, Sendable { case units, text }
  public var subgroup: SubgroupID
  /// The chosen meaning unit, by its place in the list.
  public var selected = 0
  public var focus = Pane.units
  /// The condensate (step 3) or the analytic text (step 4).
  public var editor: TextEditor
}

/// The list of subgroups under their code groups, with how far each has come.
enum SubgroupList {
  /// Every subgroup with its group, in the order of the results chapter.
  static func all(_ project: Project) -> [(group: CodeGroup, subgroup: Subgroup)] {
    project.groups.flatMap { group in group.subgroups.map { (group, $0) } }
  }

  static func render(_ state: AppState, step: Int, into buffer: inout ScreenBuffer) {
    let s = state.strings
    let project = state.project
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: s.stepTitle(step), into: &buffer, at: area.row(0))
    let stats = state.codebook.statistics
    let all = all(project)
    if all.isEmpty {
      buffer.write(" " + s.noSubgroupsYet, at: Point(x: 0, y: 2), style: .dim, maxWidth: area.width - 1)
      Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
      return
    }
    // Rows: each group's heading, then its subgroups.
    var rows: [(text: String, detail: String, index: Int?)] = []
    var index = 0
    for group in project.groups {
      let intro = step == 4 ? "  " + (group.introduction.isEmpty ? s.noIntroduction : s.hasIntroduction) : ""
      rows.append((group.name, intro, nil))
      for subgroup in group.subgroups {
        let support = stats.support(of: subgroup.id)
        let detail: String
        if step == 3 {
          detail = s.condensationColumns(
            units: support.units, informants: support.informants.count, of: stats.informantCount,
            condensate: !subgroup.condensate.isEmpty, golden: subgroup.goldenQuote != nil)
        } else {
          detail = s.synthesisColumns(
            analytic: !subgroup.analyticText.isEmpty, read: subgroup.recontextualised.count, units: support.units,
            done: subgroup.status == .done)
        }
        rows.append((subgroup.name, detail, index))
        index += 1
      }
    }
    buffer.write(" " + (step == 3 ? s.condensationHeading : s.synthesisHeading), at: Point(x: 0, y: 1), style: .dim, maxWidth: area.width - 1)
    let list = Rect(x: 0, y: 2, width: area.width, height: area.height - 3)
    let selectedRow = rows.firstIndex { $0.index == state.steps.selected } ?? 0
    let top = max(0, min(selectedRow - list.height / 2, rows.count - list.height))
    let detailX = max(30, area.width - 44)
    for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
      let y = list.y + offset
      guard row.index != nil else {
        buffer.write(" " + row.text, at: Point(x: 0, y: y), style: .bold, maxWidth: detailX - 1)
        buffer.write(row.detail, at: Point(x: detailX, y: y), style: .dim, maxWidth: area.width - detailX)
        continue
      }
      let chosen = row.index == state.steps.selected
      let style: Style = chosen ? .cursorLine : .normal
      buffer.writeLine((chosen ? "▸" : " ") + "   " + row.text.fitted(to: detailX - 6), in: Rect(x: 0, y: y, width: area.width, height: 1), style: style)
      buffer.write(row.detail, at: Point(x: detailX, y: y), style: style, maxWidth: area.width - detailX)
    }
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    let all = all(state.project)
    let index = min(state.steps.selected, max(0, all.count - 1))
    switch command {
    case .down: state.steps.selected = min(max(0, all.count - 1), index + 1)
    case .up: state.steps.selected = max(0, index - 1)
    case .top: state.steps.selected = 0
    case .bottom: state.steps.selected = max(0, all.count - 1)
    case .back: state.screen = .overview
    case .open:
      guard all.indices.contains(index) else { return [] }
      openWork(&state, all[index].subgroup.id)
    case .introduction:
      guard all.indices.contains(index) else { return [] }
      state.overlay = .editor(EditorOverlay(.groupIntroduction(all[index].group.id), state: state))
    default: break
    }
    return []
  }

  /// Opens a subgroup for condensation or synthesis.
  static func openWork(_ state: inout AppState, _ id: SubgroupID) {
    guard let subgroup = state.project.subgroup(id) else { return }
    let text = state.screen == .condensation ? subgroup.condensate : subgroup.analyticText
    state.steps.work = SubgroupWork(subgroup: id, editor: TextEditor(text))
    if let index = all(state.project).firstIndex(where: { $0.subgroup.id == id }) { state.steps.selected = index }
  }
}
