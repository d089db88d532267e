import STCKit

/// A one-line question: a name for a new theme, group or subgroup, or a new name for one.
public struct InputOverlay: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case newTheme
    case renameTheme(ThemeID)
    case newGroup
    case newSubgroup(CodeGroupID)
    case renameCode(CodeID)
    case renameGroup(CodeGroupID)
    case renameSubgroup(SubgroupID)
    /// The name of the new code that the chosen units of a code move to.
    case splitCode(CodeID, units: [MeaningUnitID])
  }

  public var purpose: Purpose
  public var field: TextField

  init(_ purpose: Purpose, text: String = "") {
    self.purpose = purpose
    field = TextField(text)
  }

  func title(_ state: AppState) -> String {
    let s = state.strings
    switch purpose {
    case .newTheme: return s.newThemeTitle
    case .renameTheme: return s.renameTitle
    case .newGroup: return s.newGroupTitle
    case .newSubgroup(let id): return s.newSubgroupTitle(state.project.group(id)?.name ?? "")
    case .renameCode, .renameGroup, .renameSubgroup: return s.renameTitle
    case .splitCode(let id, let units): return s.splitTitle(state.project.codes[id]?.name ?? "", units.count)
    }
  }

  static func reduce(_ state: inout AppState, _ overlay: InputOverlay, _ input: Input) -> [Effect] {
    var overlay = overlay
    switch input {
    case .paste(let text): overlay.field.paste(text)
    case .key(let key):
      switch Keymap.default.command(for: key, in: [.textField]) {
      case .accept:
        state.overlay = nil
        let name = overlay.field.text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return [] }
        return apply(&state, overlay.purpose, name: name)
      case .dismiss:
        state.overlay = nil
        return []
      default:
        _ = overlay.field.handle(key)
      }
    default: break
    }
    state.overlay = .input(overlay)
    return []
  }

  static func apply(_ state: inout AppState, _ purpose: Purpose, name: String) -> [Effect] {
    let project = state.project
    let s = state.strings
    switch purpose {
    case .newTheme:
      let theme = Theme(id: state.ids.make(), title: name)
      let effects = Workbench.perform(&state, .createTheme(theme, at: project.themes.count), message: s.added(name))
      if !effects.isEmpty { state.themes.selected = state.project.themes.count - 1 }
      return effects
    case .renameTheme(let id):
      guard var theme = project.theme(id) else { return [] }
      theme.title = name
      return Workbench.perform(&state, .updateTheme(theme), message: s.renamed(name))
    case .newGroup:
      let group = CodeGroup(id: state.ids.make(), name: name)
      return Workbench.perform(&state, .createGroup(group, at: project.groups.count), message: s.added(name))
    case .newSubgroup(let groupID):
      let subgroup = Subgroup(id: state.ids.make(), name: name)
      return Workbench.perform(&state, .createSubgroup(subgroup, in: groupID, at: .max), message: s.added(name))
    case .renameCode(let id):
      guard var code = project.codes[id] else { return [] }
      code.name = name
      return Workbench.perform(&state, .updateCode(code), message: s.renamed(name))
    case .renameGroup(let id):
      guard var group = project.group(id)?.header else { return [] }
      group.name = name
      return Workbench.perform(&state, .updateGroup(group), message: s.renamed(name))
    case .renameSubgroup(let id):
      guard var subgroup = project.subgroup(id) else { return [] }
      subgroup.name = name
      return Workbench.perform(&state, .updateSubgroup(subgroup), message: s.renamed(name))
    case .splitCode(let id, let units):
      do {
        let operation = try project.splitCode(id, units: units, into: name, ids: &state.ids, at: state.clock.now())
        return Workbench.perform(&state, operation, message: s.split(project.codes[id]?.name ?? "", name))
      } catch {
        state.status = StatusMessage(error.message, .error)
        return []
      }
    }
  }

  static func render(_ state: AppState, _ overlay: InputOverlay, into buffer: inout ScreenBuffer) -> Point? {
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let inner = Chrome.box(area.centred(Size(width: min(70, area.width - 4), height: 5)), title: overlay.title(state), into: &buffer)
    guard inner.height >= 2 else { return nil }
    buffer.write("› ", at: Point(x: inner.x, y: inner.y), style: .key)
    let cursor = overlay.field.render(into: &buffer, at: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
    let hints = Keymap.default.bindings(in: .textField).map { "\($0.keys[0]) \($0.command.text(state.language).title)" }
    buffer.write(hints.joined(separator: "  "), at: Point(x: inner.x, y: inner.y + 2), style: .dim, maxWidth: inner.width)
    return cursor
  }
}
