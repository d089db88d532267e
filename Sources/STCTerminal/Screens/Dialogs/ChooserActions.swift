import STCKit

/// The choosers of the codebook and theme screens: what they offer, and what choosing does.
enum ChooserActions {
  static func subgroupPlace(_ state: AppState, _ id: SubgroupID?) -> String {
    guard let id, let group = state.project.group(containing: id), let subgroup = state.project.subgroup(id) else {
      return state.strings.unsorted
    }
    return "\(group.name) › \(subgroup.name)"
  }

  static func moveCode(_ state: AppState, _ code: Code) -> ChooserState {
    var options = state.project.groups.flatMap { group in
      group.subgroups.map { ChooserState.Option(label: "\(group.name) › \($0.name)", detail: "", value: .subgroup($0.id)) }
    }
    options.append(ChooserState.Option(label: state.strings.unsorted, detail: "", value: .subgroup(nil)))
    return ChooserState(purpose: .moveCode(code.id), title: state.strings.moveTitle(code.name), options: options)
  }

  static func otherCodes(_ state: AppState, except id: CodeID) -> [ChooserState.Option] {
    state.project.sortedCodes.filter { $0.id != id }.map {
      ChooserState.Option(label: $0.displayName, detail: subgroupPlace(state, $0.subgroup), value: .code($0.id))
    }
  }

  static func mergeCode(_ state: AppState, _ code: Code) -> ChooserState {
    ChooserState(purpose: .mergeCode(code.id), title: state.strings.mergeTitle(code.name), options: otherCodes(state, except: code.id))
  }

  static func mergeTheme(_ state: AppState, _ theme: Theme) -> ChooserState {
    let options = state.project.themes.filter { $0.id != theme.id }.map {
      ChooserState.Option(label: $0.title, detail: "", value: .theme($0.id))
    }
    return ChooserState(purpose: .mergeTheme(theme.id), title: state.strings.mergeTitle(theme.title), options: options)
  }

  static func linkTheme(_ state: AppState, _ theme: Theme) -> ChooserState {
    let options = state.project.groups.map {
      ChooserState.Option(label: $0.name, detail: "", value: .group($0.id), ticked: theme.codeGroups.contains($0.id))
    }
    return ChooserState(purpose: .linkTheme(theme.id), title: state.strings.linkTitle(theme.title), options: options)
  }

  static func deleteCode(_ state: AppState, _ code: Code, units: Int) -> ChooserState {
    let force = ChooserState.Option(label: state.strings.takeOff(units), detail: "", value: .force)
    return ChooserState(
      purpose: .deleteCode(code.id), title: state.strings.deleteCodeTitle(code.name, units),
      options: [force] + otherCodes(state, except: code.id))
  }

  static func deleteSubgroup(_ state: AppState, _ subgroup: Subgroup, codes: Int) -> ChooserState {
    var options = [ChooserState.Option(label: state.strings.leaveUnsorted(codes), detail: "", value: .force)]
    for group in state.project.groups {
      for other in group.subgroups where other.id != subgroup.id {
        options.append(ChooserState.Option(label: "\(group.name) › \(other.name)", detail: "", value: .subgroup(other.id)))
      }
    }
    return ChooserState(purpose: .deleteSubgroup(subgroup.id), title: state.strings.deleteHoldingTitle(subgroup.name), options: options)
  }

  static func deleteGroup(_ state: AppState, _ group: CodeGroup) -> ChooserState {
    var options = [ChooserState.Option(label: state.strings.deleteSubgroupsToo(group.subgroups.count), detail: "", value: .force)]
    for other in state.project.groups where other.id != group.id {
      options.append(ChooserState.Option(label: other.name, detail: "", value: .group(other.id)))
    }
    return ChooserState(purpose: .deleteGroup(group.id), title: state.strings.deleteHoldingTitle(group.name), options: options)
  }

  static func splitCode(_ state: AppState, _ code: Code) -> ChooserState {
    let options = state.project.units(matching: UnitFilter(code: code.id)).map { unit in
      ChooserState.Option(
        label: "\(unit.transcript):\(state.project.lineLabel(of: unit)) \(unit.coder)",
        detail: state.project.quote(of: unit).oneLine(limit: 80), value: .unit(unit.id))
    }
    return ChooserState(purpose: .splitCode(code.id), title: state.strings.splitChooseTitle(code.name), options: options)
  }

  /// Carries out a single choice.
  static func accept(_ state: inout AppState, _ purpose: ChooserState.Purpose, _ value: ChooserState.Value) -> [Effect] {
    let project = state.project
    let s = state.strings
    do {
      switch (purpose, value) {
      case (.moveCode(let id), .subgroup(let target)):
        guard var code = project.codes[id], code.subgroup != target else { return [] }
        code.subgroup = target
        return Workbench.perform(&state, .updateCode(code), message: s.moved(code.name, subgroupPlace(state, target)))
      case (.mergeCode(let id), .code(let target)), (.deleteCode(let id), .code(let target)):
        let names = (project.codes[id]?.name ?? "", project.codes[target]?.name ?? "")
        return Workbench.perform(&state, try project.mergeCodes(id, into: target), message: s.merged(names.0, names.1))
      case (.deleteCode(let id), .force):
        let name = project.codes[id]?.name ?? ""
        return Workbench.perform(&state, try project.deleteCode(id, force: true), message: s.deleted(name))
      case (.mergeTheme(let id), .theme(let target)):
        let names = (project.theme(id)?.title ?? "", project.theme(target)?.title ?? "")
        return Workbench.perform(&state, try project.mergeThemes(id, into: target), message: s.merged(names.0, names.1))
      case (.deleteSubgroup(let id), .subgroup(let target)):
        let name = project.subgroup(id)?.name ?? ""
        return Workbench.perform(&state, try project.deleteSubgroup(id, moveCodesTo: target), message: s.deleted(name))
      case (.deleteSubgroup(let id), .force):
        let name = project.subgroup(id)?.name ?? ""
        return Workbench.perform(&state, try project.deleteSubgroup(id, force: true), message: s.deleted(name))
      case (.deleteGroup(let id), .group(let target)):
        let name = project.group(id)?.name ?? ""
        return Workbench.perform(&state, try project.deleteGroup(id, moveSubgroupsTo: target), message: s.deleted(name))
      case (.deleteGroup(let id), .force):
        let name = project.group(id)?.name ?? ""
        return Workbench.perform(&state, try project.deleteGroup(id, force: true), message: s.deleted(name))
      default:
        return []
      }
    } catch {
      state.status = StatusMessage(error.message, .error)
      return []
    }
  }

  /// Carries out a choice of several options.
  static func acceptMany(_ state: inout AppState, _ chooser: ChooserState) -> [Effect] {
    let ticked = chooser.options.filter(\.ticked).map(\.value)
    switch chooser.purpose {
    case .linkTheme(let id):
      guard var theme = state.project.theme(id) else { return [] }
      theme.codeGroups = ticked.compactMap { if case .group(let g) = $0 { g } else { nil } }
      guard theme != state.project.theme(id) else { return [] }
      return Workbench.perform(&state, .updateTheme(theme), message: state.strings.linked(theme.title))
    case .splitCode(let id):
      let units = ticked.compactMap { if case .unit(let u) = $0 { u } else { nil } }
      guard !units.isEmpty else {
        state.status = StatusMessage(state.strings.chooseUnitsFirst, .error)
        return []
      }
      state.overlay = .input(InputOverlay(.splitCode(id, units: units)))
      return []
    default:
      return []
    }
  }
}
