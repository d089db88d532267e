/// Merges two copies of a project, when each researcher coded in their own copy and perhaps made
/// their own codes: the second's codes are mapped onto the first's (by name unless told
/// otherwise), everything else is joined, and nothing of either is lost.
public enum ProjectMerge {
  /// For each code of `other`, the code of `base` with the same name (compared without case).
  public static func defaultMapping(base: Project, other: Project) -> [CodeID: CodeID] {
    var mapping: [CodeID: CodeID] = [:]
    for code in other.codes.values {
      if let same = base.code(named: code.name) { mapping[code.id] = same.id }
    }
    return mapping
  }

  /// The merged project and what was done, line by line. `mapping` sends codes of `other` to
  /// codes of `base`; codes it leaves out are added as new codes.
  public static func merge(base: Project, other: Project, mapping: [CodeID: CodeID], ids: inout IDGenerator) throws(STCError)
    -> (project: Project, report: [String])
  {
    var merged = base
    var report: [String] = []
    for (from, to) in mapping {
      guard other.codes[from] != nil else { throw .usage("The second project has no code with id \(from).") }
      guard base.codes[to] != nil else { throw .usage("The first project has no code with id \(to).") }
    }

    // Transcripts: the same text is the same transcript, whatever its id.
    var transcriptMap: [TranscriptID: TranscriptID] = [:]
    var added: [String] = []
    for record in other.transcripts {
      if let same = base.transcripts.first(where: { $0.sha256 == record.sha256 }) {
        transcriptMap[record.id] = same.id
      } else if base.transcript(record.id) != nil {
        throw .dataError("The transcript “\(record.id)” has different texts in the two copies: they cannot be merged.")
      } else {
        merged.addTranscript(record, text: other.texts[record.id]!)
        transcriptMap[record.id] = record.id
        added.append(record.id.rawValue)
      }
    }
    if !added.isEmpty { report.append("Added \(added.count) transcript(s) only the second copy had: \(added.joined(separator: ", ")).") }
    for informant in other.informants where merged.informant(informant.number) == nil { merged.putInformant(informant) }

    // Code groups and subgroups, matched by name.
    var groupMap: [CodeGroupID: CodeGroupID] = [:]
    var subgroupMap: [SubgroupID: SubgroupID] = [:]
    var newGroups = 0
    var newSubgroups = 0
    var texts = 0
    for group in other.groups {
      var gi = merged.groups.firstIndex { Code.nameKey($0.name) == Code.nameKey(group.name) }
      if gi == nil {
        var copy = group
        copy.subgroups = []
        if merged.group(group.id) != nil { copy.id = ids.make() }
        merged.groups.append(copy)
        gi = merged.groups.count - 1
        newGroups += 1
      }
      groupMap[group.id] = merged.groups[gi!].id
      for subgroup in group.subgroups {
        if let si = merged.groups[gi!].subgroups.firstIndex(where: { Code.nameKey($0.name) == Code.nameKey(subgroup.name) }) {
          subgroupMap[subgroup.id] = merged.groups[gi!].subgroups[si].id
          // Texts written only in the second copy are kept.
          var target = merged.groups[gi!].subgroups[si]
          if target.condensate.isEmpty && !subgroup.condensate.isEmpty { target.condensate = subgroup.condensate; texts += 1 }
          if target.analyticText.isEmpty && !subgroup.analyticText.isEmpty { target.analyticText = subgroup.analyticText; texts += 1 }
          merged.groups[gi!].subgroups[si] = target
        } else {
          var copy = subgroup
          copy.goldenQuote = nil
          copy.recontextualised = []
          if merged.location(of: subgroup.id) != nil { copy.id = ids.make() }
          merged.groups[gi!].subgroups.append(copy)
          subgroupMap[subgroup.id] = copy.id
          newSubgroups += 1
        }
      }
    }
    if newGroups + newSubgroups > 0 { report.append("Added \(newGroups) code group(s) and \(newSubgroups) subgroup(s) of the second copy.") }
    if texts > 0 { report.append("Kept \(texts) condensate(s) or analytic text(s) written only in the second copy.") }

    // Codes.
    var codeMap: [CodeID: CodeID] = [:]
    var byName = 0
    var byChoice = 0
    var newCodes: [String] = []
    let names = defaultMapping(base: base, other: other)
    for code in other.sortedCodes {
      if let target = mapping[code.id] {
        codeMap[code.id] = target
        if names[code.id] == target { byName += 1 } else { byChoice += 1 }
        continue
      }
      var copy = code
      if merged.codes[code.id] != nil { copy.id = ids.make() }
      var name = code.name
      var n = 2
      while merged.code(named: name) != nil {
        name = "\(code.name) (\(n))"
        n += 1
      }
      copy.name = name
      copy.subgroup = code.subgroup.flatMap { subgroupMap[$0] }
      merged.putCode(copy)
      codeMap[code.id] = copy.id
      newCodes.append(name)
    }
    if byName > 0 { report.append("Mapped \(byName) code(s) onto codes of the same name.") }
    if byChoice > 0 { report.append("Mapped \(byChoice) code(s) as you chose.") }
    if !newCodes.isEmpty { report.append("Added \(newCodes.count) new code(s): \(newCodes.joined(separator: ", ")).") }

    // Meaning units.
    var unitMap: [MeaningUnitID: MeaningUnitID] = [:]
    var addedUnits: [CoderName: Int] = [:]
    var newer = 0
    for (sheet, units) in other.sheets.sorted(by: { $0.key < $1.key }) {
      let transcript = transcriptMap[sheet.transcript]!
      for unit in units {
        var copy = unit
        copy.transcript = transcript
        copy.codes = Array(Set(unit.codes.compactMap { codeMap[$0] })).sorted()
        if let existing = merged.unit(unit.id) {
          if existing.coder == unit.coder && existing.transcript == transcript {
            if existing == copy { unitMap[unit.id] = unit.id; continue }
            if copy.modified > existing.modified {
              merged.replaceUnit(copy)
              newer += 1
            }
            unitMap[unit.id] = unit.id
            continue
          }
          copy.id = ids.make()
        }
        merged.insertUnit(copy)
        unitMap[unit.id] = copy.id
        addedUnits[unit.coder, default: 0] += 1
      }
    }
    for (coder, count) in addedUnits.sorted(by: { $0.key < $1.key }) {
      report.append("Added \(count) meaning unit(s) by \(coder).")
    }
    if newer > 0 { report.append("Kept the later version of \(newer) meaning unit(s) changed in both copies.") }

    // Golden quotations chosen only in the second copy.
    for group in other.groups {
      for subgroup in group.subgroups {
        guard let golden = subgroup.goldenQuote.flatMap({ unitMap[$0] }), let target = subgroupMap[subgroup.id],
          let (g, s) = merged.location(of: target), merged.groups[g].subgroups[s].goldenQuote == nil
        else { continue }
        merged.groups[g].subgroups[s].goldenQuote = golden
      }
    }

    // Themes, memos, impressions, names.
    var notes = 0
    for theme in other.themes where merged.theme(theme.id) == nil {
      var copy = theme
      copy.codeGroups = theme.codeGroups.compactMap { groupMap[$0] }
      merged.themes.append(copy)
      notes += 1
    }
    for memo in other.memos where merged.memo(memo.id) == nil {
      var copy = memo
      switch memo.target {
      case .code(let id): guard let to = codeMap[id] else { continue }; copy.target = .code(to)
      case .group(let id): guard let to = groupMap[id] else { continue }; copy.target = .group(to)
      case .subgroup(let id): guard let to = subgroupMap[id] else { continue }; copy.target = .subgroup(to)
      case .meaningUnit(let id): guard let to = unitMap[id] else { continue }; copy.target = .meaningUnit(to)
      case .transcript(let id): guard let to = transcriptMap[id] else { continue }; copy.target = .transcript(to)
      case .project, .preconceptions, .theme, .informant: break
      }
      merged.memos.append(copy)
      notes += 1
    }
    if notes > 0 { report.append("Added \(notes) theme(s) and memo(s) of the second copy.") }
    for (id, impression) in other.impressions {
      guard let transcript = transcriptMap[id] else { continue }
      var joined = merged.impressions[transcript] ?? Impression()
      if joined.note.isEmpty { joined.note = impression.note } else if !impression.note.isEmpty && impression.note != joined.note {
        joined.note += "\n\n" + impression.note
      }
      joined.readBy = Array(Set(joined.readBy + impression.readBy)).sorted()
      joined.readTo.merge(impression.readTo) { max($0, $1) }
      merged.impressions[transcript] = joined
    }
    for entry in other.names where !merged.names.contains(where: { $0.name.lowercased() == entry.name.lowercased() }) {
      merged.names.append(entry)
    }
    merged.memos.sort { ($0.created, $0.id) < ($1.created, $1.id) }
    merged.rebuildIndexes()
    if report.isEmpty { report.append("The second copy added nothing: the first already had all of it.") }
    return (merged, report)
  }
}
