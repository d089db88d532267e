import STCKit

/// "Are you sure?" before a deletion that takes nothing else with it.
public struct ConfirmState: Equatable, Sendable {
  public enum Action: Equatable, Sendable {
    case deleteUnit(MeaningUnitID)
    case deleteTheme(ThemeID)
    case deleteCode(CodeID)
    case deleteSubgroup(SubgroupID)
    case deleteGroup(CodeGroupID)
  }

  public var action: Action
  public var question: String

  static func reduce(_ state: inout AppState, _ confirm: ConfirmState, _ key: Key) -> [Effect] {
    switch Keymap.default.command(for: key, in: [.confirm]) {
    case .confirm:
      state.overlay = nil
      return carryOut(&state, confirm.action)
    case .dismiss:
      state.overlay = nil
    default:
      break
    }
    return []
  }

  static func carryOut(_ state: inout AppState, _ action: Action) -> [Effect] {
    let project = state.project
    let s = state.strings
    do {
      switch action {
      case .deleteUnit(let id):
        let lines = project.unit(id).map { project.lineLabel(of: $0) } ?? ""
        return Workbench.perform(&state, try project.deleteMeaningUnit(id), message: s.deletedUnit(lines))
      case .deleteTheme(let id):
        return Workbench.perform(&state, .deleteTheme(id), message: s.deleted(project.theme(id)?.title ?? ""))
      case .deleteCode(let id):
        return Workbench.perform(&state, try project.deleteCode(id), message: s.deleted(project.codes[id]?.name ?? ""))
      case .deleteSubgroup(let id):
        return Workbench.perform(&state, try project.deleteSubgroup(id), message: s.deleted(project.subgroup(id)?.name ?? ""))
      case .deleteGroup(let id):
        return Workbench.perform(&state, try project.deleteGroup(id), message: s.deleted(project.group(id)?.name ?? ""))
      }
    } catch {
      state.status = StatusMessage(error.message, .error)
      return []
    }
  }

  static func render(_ state: AppState, _ confirm: ConfirmState, into buffer: inout ScreenBuffer) {
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let width = min(area.width - 4, max(40, DisplayWidth.of(confirm.question) + 6))
    let inner = Chrome.box(area.centred(Size(width: width, height: 5)), title: state.strings.confirmTitle, into: &buffer)
    guard inner.height >= 1 else { return }
    buffer.write(confirm.question, at: Point(x: inner.x, y: inner.y + 1), style: .warning, maxWidth: inner.width)
  }
}
