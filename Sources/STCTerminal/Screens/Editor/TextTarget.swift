import STCKit

/// What a text editor writes to: every free text of the method.
public enum TextTarget: Equatable, Sendable, Codable {
  case impression(TranscriptID)
  case themeNote(ThemeID)
  case condensate(SubgroupID)
  case analyticText(SubgroupID)
  case groupIntroduction(CodeGroupID)
  case codeDescription(CodeID)
  case groupDescription(CodeGroupID)
  case subgroupDescription(SubgroupID)
  case unitNote(MeaningUnitID)
  /// The coder's memo on this target (created on the first save).
  case memo(MemoTarget)

  /// The text as it is in the project now.
  func text(in project: Project, coder: CoderName) -> String {
    switch self {
    case .impression(let id): project.impressions[id]?.note ?? ""
    case .themeNote(let id): project.theme(id)?.note ?? ""
    case .condensate(let id): project.subgroup(id)?.condensate ?? ""
    case .analyticText(let id): project.subgroup(id)?.analyticText ?? ""
    case .groupIntroduction(let id): project.group(id)?.introduction ?? ""
    case .codeDescription(let id): project.codes[id]?.description ?? ""
    case .groupDescription(let id): project.group(id)?.description ?? ""
    case .subgroupDescription(let id): project.subgroup(id)?.description ?? ""
    case .unitNote(let id): project.unit(id)?.note ?? ""
    case .memo(let target): Self.memo(target, by: coder, in: project)?.text ?? ""
    }
  }

  /// The coder's memo on a target: their own, or for the project and the codebook, the one memo
  /// there is.
  static func memo(_ target: MemoTarget, by coder: CoderName, in project: Project) -> Memo? {
    project.memos.first { $0.target == target && $0.author == coder }
      ?? project.memos.first { $0.target == target && target != .preconceptions(coder) && $0.author == nil }
  }

  /// The operation that writes `text`, or nil when nothing changes.
  func operation(_ text: String, in project: Project, coder: CoderName, ids: inout IDGenerator, at time: Timestamp)
    -> Operation?
  {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard text != self.text(in: project, coder: coder) else { return nil }
    switch self {
    case .impression(let id):
      var impression = project.impressions[id] ?? Impression()
      impression.note = text
      return .setImpression(impression, for: id)
    case .themeNote(let id):
      guard var theme = project.theme(id) else { return nil }
      theme.note = text
      return .updateTheme(theme)
    case .condensate(let id):
      guard var subgroup = project.subgroup(id) else { return nil }
      subgroup.condensate = text
      return .updateSubgroup(subgroup)
    case .analyticText(let id):
      guard var subgroup = project.subgroup(id) else { return nil }
      subgroup.analyticText = text
      return .updateSubgroup(subgroup)
    case .groupIntroduction(let id):
      guard var group = project.group(id)?.header else { return nil }
      group.introduction = text
      return .updateGroup(group)
    case .codeDescription(let id):
      guard var code = project.codes[id] else { return nil }
      code.description = text
      return .updateCode(code)
    case .groupDescription(let id):
      guard var group = project.group(id)?.header else { return nil }
      group.description = text
      return .updateGroup(group)
    case .subgroupDescription(let id):
      guard var subgroup = project.subgroup(id) else { return nil }
      subgroup.description = text
      return .updateSubgroup(subgroup)
    case .unitNote(let id):
      guard var unit = project.unit(id) else { return nil }
      unit.note = text
      return .updateMeaningUnit(unit)
    case .memo(let target):
      if var memo = Self.memo(target, by: coder, in: project) {
        if text.isEmpty { return .deleteMemo(memo.id) }
        memo.text = text
        memo.modified = time
        return .updateMemo(memo)
      }
      return .createMemo(Memo(id: ids.make(), target: target, author: coder, text: text, created: time))
    }
  }

  /// The editor's title.
  func title(_ state: AppState) -> String {
    let s = state.strings
    let project = state.project
    switch self {
    case .impression(let id): return s.impressionTitle(project.transcript(id)?.title ?? id.rawValue)
    case .themeNote(let id): return s.themeNoteTitle(project.theme(id)?.title ?? "")
    case .condensate(let id): return s.condensateTitle(project.subgroup(id)?.name ?? "")
    case .analyticText(let id): return s.analyticTitle(project.subgroup(id)?.name ?? "")
    case .groupIntroduction(let id): return s.introductionTitle(project.group(id)?.name ?? "")
    case .codeDescription(let id): return s.descriptionTitle(project.codes[id]?.name ?? "")
    case .groupDescription(let id): return s.descriptionTitle(project.group(id)?.name ?? "")
    case .subgroupDescription(let id): return s.descriptionTitle(project.subgroup(id)?.name ?? "")
    case .unitNote(let id): return s.noteTitle(project.unit(id).map { project.lineLabel(of: $0) } ?? "")
    case .memo(let target): return s.memoTitle(Self.describe(target, state))
    }
  }

  /// What a memo is on, in words.
  static func describe(_ target: MemoTarget, _ state: AppState) -> String {
    let s = state.strings
    let project = state.project
    switch target {
    case .project: return s.theProject
    case .preconceptions(let coder): return s.preconceptionsOf(coder.rawValue)
    case .code(let id): return "“\(project.codes[id]?.name ?? "?")”"
    case .group(let id): return "“\(project.group(id)?.name ?? "?")”"
    case .subgroup(let id): return "“\(project.subgroup(id)?.name ?? "?")”"
    case .transcript(let id): return project.transcript(id)?.title ?? id.rawValue
    case .meaningUnit(let id): return project.unit(id).map { "\($0.transcript):\(project.lineLabel(of: $0))" } ?? "?"
    case .theme(let id): return "“\(project.theme(id)?.title ?? "?")”"
    case .informant(let n): return project.informant(n)?.label ?? "Informant \(n)"
    }
  }
}

/// The editor as a box over the screen: for notes, impressions, descriptions and memos.
public struct EditorOverlay: Equatable, Sendable {
  public var target: TextTarget
  public var editor: TextEditor

  init(_ target: TextTarget, state: AppState) {
    self.target = target
    editor = TextEditor(target.text(in: state.project, coder: state.coder))
  }

  static func box(_ state: AppState) -> Rect {
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    return area.centred(Size(width: min(90, area.width - 4), height: min(18, area.height - 2)))
  }

  /// The writing area inside the box.
  static func textRect(_ state: AppState) -> Rect {
    let box = box(state)
    return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
  }

  static func reduce(_ state: inout AppState, _ overlay: EditorOverlay, _ input: Input) -> [Effect] {
    var overlay = overlay
    let rect = textRect(state)
    switch input {
    case .paste(let text):
      overlay.editor.paste(text)
    case .key(let key):
      switch Keymap.default.command(for: key, in: [.editor]) {
      case .closeEditor:
        state.overlay = nil
        return Workbench.save(&state, text: overlay.editor.text, to: overlay.target)
      case .saveText:
        state.overlay = .editor(overlay)
        return Workbench.save(&state, text: overlay.editor.text, to: overlay.target)
      default:
        _ = overlay.editor.handle(key, width: rect.width, height: rect.height)
      }
    default:
      break
    }
    state.overlay = .editor(overlay)
    return []
  }

  static func render(_ state: AppState, _ overlay: EditorOverlay, into buffer: inout ScreenBuffer) -> Point? {
    let box = box(state)
    Chrome.box(box, title: overlay.target.title(state), into: &buffer)
    let rect = textRect(state)
    let cursor = overlay.editor.render(into: &buffer, at: rect)
    let hints = Keymap.default.bindings(in: .editor).filter(\.inStatusBar)
      .map { "\($0.keys[0]) \($0.command.text(state.language).title)" }.joined(separator: "  ")
    buffer.write(hints, at: Point(x: rect.x, y: box.maxY - 2), style: .dim, maxWidth: rect.width)
    return cursor
  }
}
