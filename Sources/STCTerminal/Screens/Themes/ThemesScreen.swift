import STCKit

/// The themes screen's own state.
public struct ThemesState: Equatable, Sendable {
  public var selected = 0
  public init() {}
}

/// Step 1, total impression: the preliminary themes in the analyst's order, each with its note
/// and the code groups it became; the project memo and the coder's preconceptions.
enum ThemesScreen {
  static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    let s = state.strings
    let project = state.project
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: s.stepTitle(1), into: &buffer, at: area.row(0))
    let count = project.themes.count
    var heading = s.themesHeading(count)
    let outside = count > 0 && !suggestedThemeCount.contains(count)
    if outside { heading += " " + s.malterudSuggests }
    buffer.write(" " + heading, at: Point(x: 0, y: 2), style: outside ? .warning : .heading, maxWidth: area.width - 1)
    let list = Rect(x: 0, y: 3, width: area.width, height: area.height - 10)
    if project.themes.isEmpty {
      buffer.write(" " + s.noThemes, at: Point(x: 0, y: list.y), style: .dim, maxWidth: area.width - 1)
    }
    // Two rows per theme: the title with its code groups, and the note.
    let perPage = max(1, list.height / 2)
    let top = max(0, min(state.themes.selected - perPage + 1, count - perPage))
    for (offset, theme) in project.themes.dropFirst(top).prefix(perPage).enumerated() {
      let index = top + offset
      let y = list.y + offset * 2
      let chosen = index == state.themes.selected
      let groups = theme.codeGroups.compactMap { project.group($0)?.name }
      buffer.writeLine((chosen ? "▸" : " ") + " \(index + 1). \(theme.title)", in: Rect(x: 0, y: y, width: area.width, height: 1), style: chosen ? .cursorLine : .bold)
      if !groups.isEmpty {
        let arrow = "→ " + groups.joined(separator: ", ")
        let x = max(DisplayWidth.of(theme.title) + 8, area.width / 2)
        buffer.write(arrow.fitted(to: area.width - x - 1), at: Point(x: x, y: y), style: chosen ? .cursorLine : .success)
      }
      let note = theme.note.isEmpty ? s.noNote : theme.note.oneLine(limit: 400)
      buffer.write("     " + note, at: Point(x: 0, y: y + 1), style: .dim, maxWidth: area.width - 1)
    }

    let memos = list.maxY + 1
    buffer.write(" " + s.memosHeading, at: Point(x: 0, y: memos), style: .heading)
    let projectMemo = TextTarget.memo(.project, by: state.coder, in: project)?.text ?? s.noMemoYet("P")
    let preconceptions = TextTarget.memo(.preconceptions(state.coder), by: state.coder, in: project)?.text ?? s.noMemoYet("F")
    buffer.write("   " + s.projectMemoLabel + ": " + projectMemo.oneLine(limit: 300), at: Point(x: 0, y: memos + 1), maxWidth: area.width - 1)
    buffer.write("   " + s.preconceptionsLabel(state.coder.rawValue) + ": " + preconceptions.oneLine(limit: 300), at: Point(x: 0, y: memos + 2), maxWidth: area.width - 1)
    let progress = ProjectProgress(project)
    buffer.write(" " + s.impressionsLine(progress.transcriptsRead, progress.transcripts), at: Point(x: 0, y: memos + 4), style: .dim, maxWidth: area.width - 1)
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    let themes = state.project.themes
    let index = min(state.themes.selected, max(0, themes.count - 1))
    let theme = themes.indices.contains(index) ? themes[index] : nil
    let s = state.strings
    switch command {
    case .down: state.themes.selected = min(max(0, themes.count - 1), index + 1)
    case .up: state.themes.selected = max(0, index - 1)
    case .top: state.themes.selected = 0
    case .bottom: state.themes.selected = max(0, themes.count - 1)
    case .add: state.overlay = .input(InputOverlay(.newTheme))
    case .projectMemo: state.overlay = .editor(EditorOverlay(.memo(.project), state: state))
    case .preconceptions: state.overlay = .editor(EditorOverlay(.memo(.preconceptions(state.coder)), state: state))
    case .back: state.screen = .overview
    default:
      guard let theme else { return [] }
      switch command {
      case .editText: state.overlay = .editor(EditorOverlay(.themeNote(theme.id), state: state))
      case .rename: state.overlay = .input(InputOverlay(.renameTheme(theme.id), text: theme.title))
      case .moveUp, .moveDown:
        let target = command == .moveUp ? index - 1 : index + 1
        guard themes.indices.contains(target) else { return [] }
        state.themes.selected = target
        return Workbench.perform(&state, .moveTheme(theme.id, to: target), message: s.movedTo(theme.title, target + 1))
      case .merge:
        guard themes.count > 1 else { return [] }
        state.overlay = .chooser(ChooserActions.mergeTheme(state, theme))
      case .link:
        guard !state.project.groups.isEmpty else {
          state.status = StatusMessage(s.noGroupsYet, .error)
          return []
        }
        state.overlay = .chooser(ChooserActions.linkTheme(state, theme))
      case .delete:
        state.overlay = .confirm(ConfirmState(action: .deleteTheme(theme.id), question: s.confirmDeleteNamed(theme.title)))
      default: break
      }
    }
    return []
  }
}
