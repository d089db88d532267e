extension Project {
  mutating func applyNoteOperation(_ operation: Operation) throws(STCError) -> AppliedOperation {
    switch operation {
    case .createTheme(let theme, let index):
      guard self.theme(theme.id) == nil else { throw .dataError("A theme with id \(theme.id) already exists.") }
      try checkTheme(theme)
      themes.insert(theme, at: min(max(0, index), themes.count))
      return AppliedOperation(inverse: .deleteTheme(theme.id), touched: [.project], summary: "Added theme “\(theme.title)”")

    case .deleteTheme(let id):
      guard let index = themes.firstIndex(where: { $0.id == id }) else { throw noTheme(id) }
      if memos.contains(where: { $0.target == .theme(id) }) {
        throw .usage("The theme “\(themes[index].title)” has memos: delete or move them first.")
      }
      let theme = themes.remove(at: index)
      return AppliedOperation(
        inverse: .createTheme(theme, at: index), touched: [.project], summary: "Deleted theme “\(theme.title)”")

    case .updateTheme(let theme):
      guard let index = themes.firstIndex(where: { $0.id == theme.id }) else { throw noTheme(theme.id) }
      try checkTheme(theme)
      let old = themes[index]
      themes[index] = theme
      return AppliedOperation(inverse: .updateTheme(old), touched: [.project], summary: "Edited theme “\(theme.title)”")

    case .moveTheme(let id, let target):
      guard let index = themes.firstIndex(where: { $0.id == id }) else { throw noTheme(id) }
      let theme = themes.remove(at: index)
      let destination = min(max(0, target), themes.count)
      themes.insert(theme, at: destination)
      return AppliedOperation(
        inverse: .moveTheme(id, to: index), touched: [.project],
        summary: "Moved theme “\(theme.title)” to place \(destination + 1)")

    case .setImpression(let impression, let transcript):
      guard self.transcript(transcript) != nil else { throw .usage("There is no transcript “\(transcript)”.") }
      let old = impressions[transcript] ?? Impression()
      impressions[transcript] =
        impression.isEmpty ? nil : Impression(note: impression.note, readBy: impression.readBy, readTo: impression.readTo)
      let summary =
        old.readBy != impression.readBy
        ? "Marked \(transcript) read by \(impression.readBy.map(\.rawValue).joined(separator: ", "))"
        : old.note != impression.note ? "Edited the impressions of \(transcript)" : "Read further in \(transcript)"
      return AppliedOperation(inverse: .setImpression(old, for: transcript), touched: [.project], summary: summary)

    case .createMemo(let memo):
      guard self.memo(memo.id) == nil else { throw .dataError("A memo with id \(memo.id) already exists.") }
      try checkTarget(memo.target)
      // Memos stay in the order they are saved in: by creation, then id.
      let index = memos.firstIndex { ($0.created, $0.id) > (memo.created, memo.id) } ?? memos.count
      memos.insert(memo, at: index)
      return AppliedOperation(inverse: .deleteMemo(memo.id), touched: [.project], summary: "Wrote a memo on \(memo.target)")

    case .deleteMemo(let id):
      guard let index = memos.firstIndex(where: { $0.id == id }) else { throw .usage("There is no memo with id \(id).") }
      let memo = memos.remove(at: index)
      return AppliedOperation(inverse: .createMemo(memo), touched: [.project], summary: "Deleted a memo on \(memo.target)")

    case .updateMemo(let memo):
      guard let index = memos.firstIndex(where: { $0.id == memo.id }) else {
        throw .usage("There is no memo with id \(memo.id).")
      }
      try checkTarget(memo.target)
      let old = memos[index]
      memos[index] = memo
      return AppliedOperation(inverse: .updateMemo(old), touched: [.project], summary: "Edited a memo on \(memo.target)")

    case .updateInformant(let informant):
      guard let old = self.informant(informant.number) else {
        throw .usage("There is no informant \(informant.number).")
      }
      guard !informant.label.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .usage("An informant needs a label, such as “Informant \(informant.number)”.")
      }
      putInformant(informant)
      return AppliedOperation(
        inverse: .updateInformant(old), touched: [.project], summary: "Edited informant \(informant.number)")

    case .setNames(let table):
      for entry in table {
        guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else {
          throw .usage("A name in the names table cannot be empty.")
        }
      }
      let keys = table.map { $0.name.lowercased() }
      guard Set(keys).count == keys.count else { throw .usage("The names table lists a name twice.") }
      let old = names
      names = table.sorted { $0.name.lowercased() < $1.name.lowercased() }
      return AppliedOperation(inverse: .setNames(old), touched: [.project], summary: "Changed the names table (\(table.count) names)")

    case .updateMetadata(let metadata):
      guard !metadata.title.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .usage("A project needs a title.")
      }
      let old = self.metadata
      self.metadata = metadata
      return AppliedOperation(inverse: .updateMetadata(old), touched: [.project], summary: "Edited the project details")

    default:
      preconditionFailure("not a note operation")
    }
  }

  private func noTheme(_ id: ThemeID) -> STCError { .usage("There is no theme with id \(id).") }

  private func checkTheme(_ theme: Theme) throws(STCError) {
    guard !theme.title.trimmingCharacters(in: .whitespaces).isEmpty else { throw .usage("A theme needs a title.") }
    for group in theme.codeGroups where self.group(group) == nil {
      throw .usage("There is no code group with id \(group).")
    }
  }

  /// Throws when a memo's target does not exist.
  func checkTarget(_ target: MemoTarget) throws(STCError) {
    let exists: Bool =
      switch target {
      case .project, .preconceptions: true
      case .code(let id): codes[id] != nil
      case .group(let id): group(id) != nil
      case .subgroup(let id): location(of: id) != nil
      case .transcript(let id): transcript(id) != nil
      case .meaningUnit(let id): unit(id) != nil
      case .theme(let id): theme(id) != nil
      case .informant(let n): informant(n) != nil
      }
    if !exists { throw .usage("A memo cannot be attached to \(target): it does not exist.") }
  }
}

import Foundation
