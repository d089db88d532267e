import Foundation

extension QDPXReader {
  /// What refers to a note.
  enum NoteOwner {
    case project, code(String), source(String), selection(String), set(String)
  }

  /// The note of stc details, when the file has one that this version reads.
  func readDetails() -> ExchangeDetails? {
    for note in root.all("Note", in: "Notes") {
      guard let text = note.first("PlainTextContent")?.text, text.contains(ExchangeDetails.formatName) else { continue }
      let decoder = JSONDecoder()
      guard let found = try? decoder.decode(ExchangeDetails.self, from: Data(text.utf8)),
        found.format == ExchangeDetails.formatName
      else {
        report.adjusted.append("The note of stc details could not be read; the project was imported from the REFI-QDA content alone.")
        return nil
      }
      guard found.version <= 1 else {
        report.adjusted.append(
          "The note of stc details comes from a newer stc (version \(found.version)); it was left aside. Update stc to bring everything back.")
        return nil
      }
      detailsNote = REFIIdentity.key(note["guid"] ?? "")
      return found
    }
    return nil
  }

  /// Who refers to each note, by note GUID (the first reference wins).
  func noteOwners() -> [String: NoteOwner] {
    var owners: [String: NoteOwner] = [:]
    func own(_ refs: [XMLTree], _ owner: NoteOwner) {
      for ref in refs {
        guard let target = ref["targetGUID"] else { continue }
        let key = REFIIdentity.key(target)
        if owners[key] == nil { owners[key] = owner }
      }
    }
    own(root.all("NoteRef"), .project)
    func walkCodes(_ codes: [XMLTree]) {
      for code in codes {
        own(code.all("NoteRef"), .code(REFIIdentity.key(code["guid"] ?? "")))
        walkCodes(code.all("Code"))
      }
    }
    walkCodes(root.first("CodeBook")?.all("Code", in: "Codes") ?? [])
    for source in root.all("TextSource", in: "Sources") {
      own(source.all("NoteRef"), .source(REFIIdentity.key(source["guid"] ?? "")))
      for selection in source.all("PlainTextSelection") {
        let owner = NoteOwner.selection(REFIIdentity.key(selection["guid"] ?? ""))
        own(selection.all("NoteRef"), owner)
        for coding in selection.all("Coding") { own(coding.all("NoteRef"), owner) }
      }
    }
    for set in root.all("Set", in: "Sets") { own(set.all("MemberNote"), .set(REFIIdentity.key(set["guid"] ?? ""))) }
    return owners
  }

  func readNotes() {
    let owners = noteOwners()
    var skipped = 0
    for element in root.all("Note", in: "Notes") {
      let key = REFIIdentity.key(element["guid"] ?? "")
      if key == detailsNote { continue }
      let name = element["name"] ?? ""
      let text: String
      do {
        guard let found = try plainText(of: element, what: "Note “\(name)”") else { continue }
        text = String(decoding: found.bytes, as: UTF8.self)
      } catch {
        report.notImported.append("Note “\(name)” (\(at(element))): \(error.message)")
        continue
      }
      let known = details?.notes[key]
      let owner = owners[key] ?? .project
      switch known?.role {
      case .condensate?, .analyticText?:
        guard case .code(let g) = owner, let id = subgroupIDs[g], let at = project.location(of: id) else {
          skipped += 1
          continue
        }
        if known?.role == .condensate {
          project.groups[at.group].subgroups[at.index].condensate = text
        } else {
          project.groups[at.group].subgroups[at.index].analyticText = text
        }
        continue
      case .introduction?:
        guard case .code(let g) = owner, let id = groupIDs[g], let at = project.groups.firstIndex(where: { $0.id == id })
        else {
          skipped += 1
          continue
        }
        project.groups[at].introduction = text
        continue
      case .impression?:
        guard case .source(let s) = owner, let id = transcriptIDs[s] else {
          skipped += 1
          continue
        }
        project.impressions[id, default: Impression()].note = text
        continue
      case .memo?, nil: break
      }
      let target = known?.target.flatMap { (try? project.checkTarget($0)) == nil ? nil : $0 } ?? memoTarget(owner)
      let author = element["creatingUser"].map { coder($0) }
      let created = element["creationDateTime"].flatMap(Timestamp.init(iso8601:)) ?? options.now
      let modified = element["modifiedDateTime"].flatMap(Timestamp.init(iso8601:)) ?? created
      let id = known?.memo.map { MemoID($0) }.flatMap { project.memo($0) == nil ? $0 : nil } ?? ids.make()
      project.memos.append(
        Memo(
          id: id, target: target, author: author, title: known?.title ?? name, text: text, created: created,
          modified: modified))
    }
    if skipped > 0 {
      report.notImported.append("\(skipped) condensate(s), analytic text(s) or impression(s) whose subgroup or source is gone.")
    }
    project.memos.sort { ($0.created, $0.id) < ($1.created, $1.id) }
  }

  /// What a memo is attached to, from what refers to its note.
  func memoTarget(_ owner: NoteOwner) -> MemoTarget {
    switch owner {
    case .project: return .project
    case .code(let g):
      // A group or subgroup that is also a code (text was coded to it) keeps its notes as a group.
      if let id = groupIDs[g] { return .group(id) }
      if let id = subgroupIDs[g] { return .subgroup(id) }
      if let id = codeIDs[g] { return .code(id) }
      return .project
    case .source(let s): return transcriptIDs[s].map { .transcript($0) } ?? .project
    case .selection(let s): return selectionUnits[s]?.first.map { .meaningUnit($0) } ?? .project
    case .set(let s): return themeIDs[s].map { .theme($0) } ?? .project
    }
  }

  // MARK: Links and sets

  func readLinks() {
    var foreign: [String] = []
    for element in root.all("Link", in: "Links") {
      let key = REFIIdentity.key(element["guid"] ?? "")
      guard let kind = details?.links[key],
        let origin = element["originGUID"].map(REFIIdentity.key), let subgroup = subgroupIDs[origin],
        let target = element["targetGUID"].map(REFIIdentity.key), let unit = selectionUnits[target]?.first,
        let at = project.location(of: subgroup)
      else {
        foreign.append(element["name"] ?? "")
        continue
      }
      if kind == "golden" {
        project.groups[at.group].subgroups[at.index].goldenQuote = unit
      } else {
        var list = project.groups[at.group].subgroups[at.index].recontextualised
        if !list.contains(unit) { list.append(unit) }
        project.groups[at.group].subgroups[at.index].recontextualised = list.sorted()
      }
    }
    if !foreign.isEmpty {
      let names = Set(foreign.filter { !$0.isEmpty }).sorted().map { "“\($0)”" }.joined(separator: ", ")
      report.notImported.append("\(foreign.count) link(s)\(names.isEmpty ? "" : " (\(names))"): stc has no links between objects.")
    }
  }

  /// Sets that stc wrote for preliminary themes come back as themes; other sets are reported.
  func readSets() {
    for element in root.all("Set", in: "Sets") {
      let key = REFIIdentity.key(element["guid"] ?? "")
      guard let id = details?.themes[key] else {
        let members = element.all("MemberCode").count + element.all("MemberSource").count
        report.notImported.append(
          "Set “\(element["name"] ?? "")” (\(at(element)), \(members) member(s)): stc has no sets; "
            + "add it as a preliminary theme in step 1 if it is one.")
        continue
      }
      let groups = element.all("MemberCode").compactMap { $0["targetGUID"].flatMap { groupIDs[REFIIdentity.key($0)] } }
      project.themes.append(
        Theme(
          id: ThemeID(id), title: element["name"] ?? "", note: element.first("Description")?.text ?? "",
          codeGroups: groups))
      themeIDs[key] = ThemeID(id)
    }
  }
}
