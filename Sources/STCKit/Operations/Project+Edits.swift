/// Composite edits: each builds one operation (often a `.batch`) that does what the analyst means
/// and is undone as one. None changes the project; apply the result.
extension Project {
  /// A new code with the next colour of the palette.
  public func newCode(
    named name: String, valence: Valence? = nil, ids: inout IDGenerator, at time: Timestamp
  ) -> Code {
    Code(
      id: ids.make(), name: name.trimmingCharacters(in: .whitespacesAndNewlines),
      colour: PaletteColour.cycling(codes.count), valence: valence, created: time)
  }

  /// Codes a passage with the named codes: creates the codes that do not exist yet, and either
  /// adds the codes to this coder's unit with exactly this span or adds a new meaning unit.
  public func codePassage(
    transcript: TranscriptID, span: TextSpan, codeNames: [String], coder: CoderName, note: String = "",
    ids: inout IDGenerator, at time: Timestamp
  ) throws(STCError) -> Operation {
    guard let text = texts[transcript] else {
      throw .usage("There is no transcript “\(transcript)”. See `stc stats` for the transcripts.")
    }
    if let problem = text.problem(with: span) { throw .usage("That passage cannot be coded: \(problem).") }
    var steps: [Operation] = []
    var codeIDs: [CodeID] = []
    var planned = self
    for name in codeNames {
      if let code = planned.code(named: name) {
        codeIDs.append(code.id)
      } else {
        let code = planned.newCode(named: name, ids: &ids, at: time)
        guard !Code.nameKey(code.name).isEmpty else { throw .usage("A code needs a name.") }
        planned.putCode(code)
        steps.append(.createCode(code))
        codeIDs.append(code.id)
      }
    }
    let sheet = CodingSheetID(coder: coder, transcript: transcript)
    if let existing = sheets[sheet]?.first(where: { $0.span == span }) {
      let missing = codeIDs.filter { !existing.codes.contains($0) }
      if missing.isEmpty {
        throw .usage(
          "\(coder) already has a meaning unit \(existing.id) on exactly that passage"
            + (codeIDs.isEmpty ? "." : " with \(codeNames.count == 1 ? "that code" : "those codes")."))
      }
      steps += missing.map { .assignCode($0, to: existing.id) }
    } else {
      steps.append(
        .addMeaningUnit(
          MeaningUnit(
            id: ids.make(), transcript: transcript, coder: coder, span: span, codes: codeIDs, note: note,
            created: time)))
    }
    let names = codeNames.map { "“\($0)”" }.joined(separator: ", ")
    return steps.count == 1 ? steps[0] : .batch("Coded \(transcript) lines \(text.lineLabel(span)) with \(names)", steps)
  }

  /// Merges `source` into `target`: every meaning unit with `source` gets `target`, memos on
  /// `source` move to `target`, and `source` is deleted.
  public func mergeCodes(_ source: CodeID, into target: CodeID) throws(STCError) -> Operation {
    guard let from = codes[source] else { throw .usage("There is no code with id \(source).") }
    guard let into = codes[target] else { throw .usage("There is no code with id \(target).") }
    guard source != target else { throw .usage("A code cannot be merged into itself.") }
    var steps: [Operation] = []
    for unit in allUnits.filter({ $0.codes.contains(source) }).sorted(by: { $0.id < $1.id }) {
      var merged = unit
      merged.codes = Array(Set(unit.codes.filter { $0 != source } + [target])).sorted()
      steps.append(.updateMeaningUnit(merged))
    }
    for memo in memos where memo.target == .code(source) {
      var moved = memo
      moved.target = .code(target)
      steps.append(.updateMemo(moved))
    }
    steps.append(.deleteCode(source))
    return .batch("Merged code “\(from.name)” into “\(into.name)”", steps)
  }

  /// Deletes a code. When meaning units carry it, `mergeInto` names the code they get instead;
  /// otherwise `force` must be set, and the code is taken off them (the units stay).
  public func deleteCode(_ id: CodeID, mergeInto: CodeID? = nil, force: Bool = false) throws(STCError) -> Operation {
    guard let code = codes[id] else { throw .usage("There is no code with id \(id).") }
    if let mergeInto { return try mergeCodes(id, into: mergeInto) }
    let carriers = allUnits.filter { $0.codes.contains(id) }.sorted { $0.id < $1.id }
    let memoSteps = memos.filter { $0.target == .code(id) }.map { Operation.deleteMemo($0.id) }
    if carriers.isEmpty && memoSteps.isEmpty { return .deleteCode(id) }
    guard force else {
      throw .usage(
        "The code “\(code.name)” is on \(carriers.count) meaning unit\(carriers.count == 1 ? "" : "s")"
          + (memoSteps.isEmpty ? "" : " and has memos")
          + ": name a code to merge it into, or use force to take it off them.")
    }
    let steps = carriers.map { Operation.removeCode(id, from: $0.id) } + memoSteps + [.deleteCode(id)]
    return .batch("Deleted code “\(code.name)” from \(carriers.count) meaning units", steps)
  }

  /// Deletes a subgroup. Its codes move to `moveCodesTo`, or with `force` become unsorted.
  public func deleteSubgroup(_ id: SubgroupID, moveCodesTo: SubgroupID? = nil, force: Bool = false) throws(STCError)
    -> Operation
  {
    guard let subgroup = subgroup(id) else { throw .usage("There is no subgroup with id \(id).") }
    if let moveCodesTo, moveCodesTo == id || location(of: moveCodesTo) == nil {
      throw .usage("The codes of “\(subgroup.name)” need another, existing subgroup to move to.")
    }
    let held = codes.values.filter { $0.subgroup == id }.sorted { $0.id < $1.id }
    let memoSteps = memos.filter { $0.target == .subgroup(id) }.map { Operation.deleteMemo($0.id) }
    if held.isEmpty && memoSteps.isEmpty { return .deleteSubgroup(id) }
    guard moveCodesTo != nil || force else {
      throw .usage(
        "The subgroup “\(subgroup.name)” holds \(held.count) code\(held.count == 1 ? "" : "s")"
          + (memoSteps.isEmpty ? "" : " and has memos")
          + ": name a subgroup to move them to, or use force to leave them unsorted.")
    }
    if !memoSteps.isEmpty && !force {
      throw .usage("The subgroup “\(subgroup.name)” has memos: use force to delete them with it.")
    }
    let moves = held.map { code -> Operation in
      var moved = code
      moved.subgroup = moveCodesTo
      return .updateCode(moved)
    }
    return .batch("Deleted subgroup “\(subgroup.name)”", moves + memoSteps + [.deleteSubgroup(id)])
  }

  /// Deletes a code group. Its subgroups move to `moveSubgroupsTo`, or with `force` are deleted
  /// and their codes become unsorted.
  public func deleteGroup(_ id: CodeGroupID, moveSubgroupsTo: CodeGroupID? = nil, force: Bool = false)
    throws(STCError) -> Operation
  {
    guard let group = group(id) else { throw .usage("There is no code group with id \(id).") }
    var steps: [Operation] = []
    for theme in themes where theme.codeGroups.contains(id) {
      var unlinked = theme
      unlinked.codeGroups.removeAll { $0 == id }
      steps.append(.updateTheme(unlinked))
    }
    steps += memos.filter { $0.target == .group(id) }.map { Operation.deleteMemo($0.id) }
    if let target = moveSubgroupsTo {
      guard target != id, let destination = self.group(target) else {
        throw .usage("The subgroups of “\(group.name)” need another, existing code group to move to.")
      }
      for (offset, subgroup) in group.subgroups.enumerated() {
        steps.append(.moveSubgroup(subgroup.id, to: target, at: destination.subgroups.count + offset))
      }
    } else if !group.subgroups.isEmpty {
      let holdsCodes = group.subgroups.contains { s in codes.values.contains { $0.subgroup == s.id } }
      guard force || (!holdsCodes && steps.isEmpty) else {
        throw .usage(
          "The code group “\(group.name)” has \(group.subgroups.count) subgroup(s)"
            + (holdsCodes ? " with codes" : "")
            + ": name a group to move them to, or use force to delete them and leave their codes unsorted.")
      }
      for subgroup in group.subgroups { steps.append(try deleteSubgroup(subgroup.id, force: true)) }
    } else if !steps.isEmpty && !force {
      throw .usage("The code group “\(group.name)” has memos or themes linked to it: use force to delete it anyway.")
    }
    steps.append(.deleteGroup(id))
    return steps.count == 1 ? steps[0] : .batch("Deleted code group “\(group.name)”", steps)
  }

  /// Deletes a meaning unit, clearing it as a golden quotation and deleting its memos.
  public func deleteMeaningUnit(_ id: MeaningUnitID) throws(STCError) -> Operation {
    guard unit(id) != nil else { throw .usage("There is no meaning unit with id \(id).") }
    var steps: [Operation] = []
    for subgroup in groups.flatMap(\.subgroups) where subgroup.goldenQuote == id || subgroup.recontextualised.contains(id) {
      var cleared = subgroup
      if cleared.goldenQuote == id { cleared.goldenQuote = nil }
      cleared.recontextualised.removeAll { $0 == id }
      steps.append(.updateSubgroup(cleared))
    }
    steps += memos.filter { $0.target == .meaningUnit(id) }.map { Operation.deleteMemo($0.id) }
    steps.append(.deleteMeaningUnit(id))
    return steps.count == 1 ? steps[0] : .batch("Deleted meaning unit \(id)", steps)
  }

  /// Sorts a code into a subgroup of a group, both named; creates the group and the subgroup when
  /// they do not exist yet.
  public func sortCode(
    _ id: CodeID, group groupName: String, subgroup subgroupName: String, ids: inout IDGenerator
  ) throws(STCError) -> Operation {
    guard var code = codes[id] else { throw .usage("There is no code with id \(id).") }
    var steps: [Operation] = []
    let groupID: CodeGroupID
    var existingSubgroup: Subgroup?
    if let group = group(named: groupName) {
      groupID = group.id
      existingSubgroup = group.subgroups.first { Code.nameKey($0.name) == Code.nameKey(subgroupName) }
    } else {
      groupID = ids.make()
      steps.append(.createGroup(CodeGroup(id: groupID, name: groupName.trimmed), at: groups.count))
    }
    let subgroupID: SubgroupID
    if let existingSubgroup {
      subgroupID = existingSubgroup.id
    } else {
      subgroupID = ids.make()
      steps.append(.createSubgroup(Subgroup(id: subgroupID, name: subgroupName.trimmed), in: groupID, at: .max))
    }
    guard code.subgroup != subgroupID else {
      throw .usage("The code “\(code.name)” is already in “\(groupName)” › “\(subgroupName)”.")
    }
    code.subgroup = subgroupID
    steps.append(.updateCode(code))
    return steps.count == 1
      ? steps[0] : .batch("Sorted code “\(code.name)” into “\(groupName.trimmed)” › “\(subgroupName.trimmed)”", steps)
  }

  /// Splits a code: the chosen meaning units take a new code named `name` (in the same subgroup,
  /// with the same valence) instead of `code`; the rest keep `code`.
  public func splitCode(
    _ id: CodeID, units: [MeaningUnitID], into name: String, ids: inout IDGenerator, at time: Timestamp
  ) throws(STCError) -> Operation {
    guard let code = codes[id] else { throw .usage("There is no code with id \(id).") }
    guard !units.isEmpty else { throw .usage("Choose the meaning units that move to the new code.") }
    var new = newCode(named: name, valence: code.valence, ids: &ids, at: time)
    new.subgroup = code.subgroup
    var steps: [Operation] = [.createCode(new)]
    for unitID in units.sorted() {
      guard var unit = unit(unitID), unit.codes.contains(id) else {
        throw .usage("Meaning unit \(unitID) does not have the code “\(code.name)”.")
      }
      unit.codes = (unit.codes.filter { $0 != id } + [new.id]).sorted()
      steps.append(.updateMeaningUnit(unit))
    }
    return .batch("Split \(units.count) meaning unit\(units.count == 1 ? "" : "s") of “\(code.name)” into “\(new.name)”", steps)
  }

  /// Merges theme `source` into `target`: the notes are joined, the code groups combined, and
  /// `source` is deleted.
  public func mergeThemes(_ source: ThemeID, into target: ThemeID) throws(STCError) -> Operation {
    guard let from = theme(source), var into = theme(target), source != target else {
      throw .usage("Merging themes needs two different, existing themes.")
    }
    let notes = [into.note, from.note].filter { !$0.isEmpty }
    into.note = notes.joined(separator: "\n\n")
    into.codeGroups += from.codeGroups.filter { !into.codeGroups.contains($0) }
    var steps: [Operation] = [.updateTheme(into)]
    for memo in memos where memo.target == .theme(source) {
      var moved = memo
      moved.target = .theme(target)
      steps.append(.updateMemo(moved))
    }
    steps.append(.deleteTheme(source))
    return .batch("Merged theme “\(from.title)” into “\(into.title)”", steps)
  }
}

extension TranscriptText {
  /// The 1-based lines of a span as the user reads them, "12–15".
  public func lineLabel(_ span: TextSpan) -> String {
    let lines = lines(of: span)
    return lines.count == 1 ? "\(lines.lowerBound + 1)" : "\(lines.lowerBound + 1)–\(lines.upperBound + 1)"
  }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

import Foundation
