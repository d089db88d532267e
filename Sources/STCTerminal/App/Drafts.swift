import Foundation
import STCKit


extension AppState {
  /// The text in an open editor that differs from what the project holds: what a terminal that
  /// dies now would lose, and so what the runner keeps as a draft (see `Draft`).
  public var unsavedText: (target: TextTarget, text: String)? {
    func changed(_ target: TextTarget, _ text: String) -> (TextTarget, String)? {
      text.trimmingCharacters(in: .whitespacesAndNewlines) == target.text(in: project, coder: coder) ? nil : (target, text)
    }
    if case .editor(let editor)? = overlay { return changed(editor.target, editor.editor.text) }
    if let work = steps.work, screen == .condensation || screen == .synthesis {
      let target: TextTarget = screen == .condensation ? .condensate(work.subgroup) : .analyticText(work.subgroup)
      return changed(target, work.editor.text)
    }
    return nil
  }

  /// The draft to keep now; nil when every text is saved.
  public func draft(at time: Timestamp) -> Draft? {
    guard let (target, text) = unsavedText,
      let key = try? String(decoding: JSONEncoder().encode(target), as: UTF8.self)
    else { return nil }
    return Draft(target: key, title: target.title(self), text: text, saved: time)
  }

  /// Puts a draft from a session that ended without saving back in the editor and says so;
  /// false when what it was written for is gone (the draft is then left on disk).
  public mutating func recover(_ draft: Draft) -> Bool {
    guard let target = try? JSONDecoder().decode(TextTarget.self, from: Data(draft.target.utf8)), target.exists(in: project)
    else { return false }
    var overlay = EditorOverlay(target, state: self)
    overlay.editor = TextEditor(draft.text)
    self.overlay = .editor(overlay)
    status = StatusMessage(strings.recoveredDraft(draft.title, draft.saved.description), .success)
    return true
  }
}

extension TextTarget {
  /// Whether what the text is written for is still in the project.
  func exists(in project: Project) -> Bool {
    switch self {
    case .impression(let id): project.transcript(id) != nil
    case .themeNote(let id): project.theme(id) != nil
    case .condensate(let id), .analyticText(let id), .subgroupDescription(let id): project.subgroup(id) != nil
    case .groupIntroduction(let id), .groupDescription(let id): project.group(id) != nil
    case .codeDescription(let id): project.codes[id] != nil
    case .unitNote(let id): project.unit(id) != nil
    case .memo: true
    }
  }
}
