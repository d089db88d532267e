import Foundation

extension QDPXExport {
  /// The text of `project.qde`.
  public func projectXML() -> String { String(decoding: projectXMLBytes(), as: UTF8.self) }

  func projectXMLBytes() -> [UInt8] {
    var x = XMLWriter()
    let notes = collectNotes()
    x.open(
      "Project",
      [
        ("xmlns", "urn:QDA-XML:project:1.0"), ("name", project.metadata.title), ("origin", "stc \(STCBuild.version)"),
        ("creationDateTime", project.metadata.created.description),
      ])
    writeUsers(&x, notes: notes)
    writeCodeBook(&x, notes: notes)
    writeVariablesAndCases(&x)
    writeSources(&x, notes: notes)
    writeNotes(&x, notes: notes)
    writeLinks(&x)
    writeSets(&x, notes: notes)
    if !project.metadata.researchQuestion.isEmpty { x.text("Description", project.metadata.researchQuestion) }
    for note in notes.all where note.owner == .project { x.empty("NoteRef", [("targetGUID", note.guid)]) }
    x.close()
    return x.bytes
  }

  // MARK: Notes

  /// A note to write and the object that refers to it.
  struct Note {
    enum Owner: Hashable { case project, code(String), transcript(TranscriptID), unit(MeaningUnitID), theme(ThemeID) }
    var guid: String
    var name: String
    var text: String
    var author: CoderName?
    var created: Timestamp?
    var modified: Timestamp?
    var owner: Owner
    var details: ExchangeDetails.NotePart
  }

  struct Notes {
    var all: [Note] = []
    var byOwner: [Note.Owner: [String]] = [:]
    mutating func add(_ note: Note) {
      all.append(note)
      byOwner[note.owner, default: []].append(note.guid)
    }
    func refs(_ owner: Note.Owner) -> [String] { byOwner[owner] ?? [] }
  }

  /// Every note of the export; `withDetails` adds the note of stc details.
  func collectNotes(withDetails: Bool = true) -> Notes {
    let labels = ExportLabels(project.metadata.language)
    let nb = project.metadata.language == .nb
    var notes = Notes()
    for memo in project.memos {
      let owner: Note.Owner
      switch memo.target {
      case .project, .preconceptions, .informant: owner = .project
      case .code(let id): owner = .code(guid(code: id))
      case .group(let id): owner = .code(guid(group: id))
      case .subgroup(let id): owner = .code(guid(subgroup: id))
      case .transcript(let id): owner = .transcript(id)
      case .meaningUnit(let id): owner = .unit(id)
      case .theme(let id): owner = .theme(id)
      }
      notes.add(
        Note(
          guid: guid(memo: memo.id), name: memo.title.isEmpty ? memoName(memo.target, nb: nb) : memo.title,
          text: memo.text, author: memo.author, created: memo.created, modified: memo.modified, owner: owner,
          details: .init(role: .memo, memo: memo.id.rawValue, target: memo.target, title: memo.title, author: memo.author)))
    }
    for group in project.groups {
      if !group.introduction.isEmpty {
        notes.add(
          Note(
            guid: guid(note: "introduction", group.id.rawValue), name: "\(nb ? "Innledning" : "Introduction"): \(group.name)",
            text: group.introduction, owner: .code(guid(group: group.id)), details: .init(role: .introduction)))
      }
      for subgroup in group.subgroups {
        if !subgroup.condensate.isEmpty {
          notes.add(
            Note(
              guid: guid(note: "condensate", subgroup.id.rawValue), name: "\(labels.condensate): \(subgroup.name)",
              text: subgroup.condensate, owner: .code(guid(subgroup: subgroup.id)), details: .init(role: .condensate)))
        }
        if !subgroup.analyticText.isEmpty {
          notes.add(
            Note(
              guid: guid(note: "analytic", subgroup.id.rawValue), name: "\(labels.analyticText): \(subgroup.name)",
              text: subgroup.analyticText, owner: .code(guid(subgroup: subgroup.id)),
              details: .init(role: .analyticText)))
        }
      }
    }
    for record in project.transcripts {
      guard let impression = project.impressions[record.id], !impression.note.isEmpty else { continue }
      notes.add(
        Note(
          guid: guid(note: "impression", record.id.rawValue),
          name: "\(nb ? "Helhetsinntrykk" : "Total impression"): \(record.title)", text: impression.note,
          owner: .transcript(record.id), details: .init(role: .impression)))
    }
    if withDetails && options.details {
      notes.add(
        Note(
          guid: detailsGUID, name: ExchangeDetails.noteName, text: detailsJSON(), owner: .project,
          details: .init(role: .memo)))
    }
    return notes
  }

  private func memoName(_ target: MemoTarget, nb: Bool) -> String {
    let memo = nb ? "Notat" : "Memo"
    switch target {
    case .project: return nb ? "Prosjektnotat" : "Project memo"
    case .preconceptions(let coder): return "\(nb ? "Forforståelse" : "Preconceptions"): \(coder)"
    case .code(let id): return "\(memo): \(project.codes[id]?.name ?? id.rawValue)"
    case .group(let id): return "\(memo): \(project.group(id)?.name ?? id.rawValue)"
    case .subgroup(let id): return "\(memo): \(project.subgroup(id)?.name ?? id.rawValue)"
    case .transcript(let id): return "\(memo): \(project.transcript(id)?.title ?? id.rawValue)"
    case .meaningUnit(let id): return "\(memo): \(project.unit(id).map { project.quotation(of: $0).prefix(40) } ?? "")"
    case .theme(let id): return "\(memo): \(project.theme(id)?.title ?? id.rawValue)"
    case .informant(let n): return "\(memo): \(project.informant(n)?.label ?? "Informant \(n)")"
    }
  }

  // MARK: Parts of the document

  private func writeUsers(_ x: inout XMLWriter, notes: Notes) {
    var users = Set(project.coders)
    for memo in project.memos { if let author = memo.author { users.insert(author) } }
    guard !users.isEmpty else { return }
    x.open("Users")
    for user in users.sorted() { x.empty("User", [("guid", guid(user: user)), ("name", user.rawValue)]) }
    x.close()
  }

  private func writeCodeBook(_ x: inout XMLWriter, notes: Notes) {
    guard !project.groups.isEmpty || !project.codes.isEmpty else { return }
    x.open("CodeBook")
    writeCodeTree(&x) { notes.refs(.code($0)) }
    x.close()
  }

  /// The `Codes` element: groups and subgroups (not codable) holding their codes, then the
  /// unsorted codes. `refs` gives the notes a code's GUID refers to (none in a codebook file).
  func writeCodeTree(_ x: inout XMLWriter, refs: (String) -> [String]) {
    var bySubgroup: [SubgroupID: [Code]] = [:]
    for code in project.sortedCodes { if let s = code.subgroup { bySubgroup[s, default: []].append(code) } }
    func writeRefs(_ guid: String) {
      for ref in refs(guid) { x.empty("NoteRef", [("targetGUID", ref)]) }
    }
    func writeCode(_ code: Code) {
      let g = guid(code: code.id)
      x.open(
        "Code",
        [("guid", g), ("name", code.displayName), ("isCodable", "true"), ("color", REFIIdentity.colour(code.colour))])
      if !code.description.isEmpty { x.text("Description", code.description) }
      writeRefs(g)
      x.close()
    }
    x.open("Codes")
    for group in project.groups {
      let g = guid(group: group.id)
      x.open("Code", [("guid", g), ("name", group.name), ("isCodable", "false")])
      if !group.description.isEmpty { x.text("Description", group.description) }
      writeRefs(g)
      for subgroup in group.subgroups {
        let s = guid(subgroup: subgroup.id)
        x.open("Code", [("guid", s), ("name", subgroup.name), ("isCodable", "false")])
        if !subgroup.description.isEmpty { x.text("Description", subgroup.description) }
        writeRefs(s)
        for code in bySubgroup[subgroup.id] ?? [] { writeCode(code) }
        x.close()
      }
      x.close()
    }
    for code in project.sortedCodes where code.subgroup == nil { writeCode(code) }
    x.close()
  }

  private func writeVariablesAndCases(_ x: inout XMLWriter) {
    guard !project.informants.isEmpty else { return }
    let keys = Set(project.informants.flatMap(\.attributes.keys)).sorted()
    if !keys.isEmpty {
      x.open("Variables")
      for key in keys { x.empty("Variable", [("guid", guid(variable: key)), ("name", key), ("typeOfVariable", "Text")]) }
      x.close()
    }
    x.open("Cases")
    for informant in project.informants {
      x.open("Case", [("guid", guid(informant: informant.number)), ("name", informant.label)])
      for key in informant.attributes.keys.sorted() {
        x.open("VariableValue")
        x.empty("VariableRef", [("targetGUID", guid(variable: key))])
        x.text("TextValue", informant.attributes[key]!)
        x.close()
      }
      for record in project.transcripts
      where record.informant == informant.number || record.speakers.contains(where: { $0.informant == informant.number }) {
        x.empty("SourceRef", [("targetGUID", guid(transcript: record.id))])
      }
      x.close()
    }
    x.close()
  }

  /// The selections a meaning unit is written as: the whole span, or one per line.
  func parts(of unit: MeaningUnit, in text: TranscriptText) -> [(part: Int, span: TextSpan, line: Int)] {
    let lines = text.lines(of: unit.span)
    guard options.selectionNames == .lines else { return [(0, unit.span, lines.lowerBound)] }
    var parts: [(Int, TextSpan, Int)] = []
    for line in lines {
      let range = text.lineRange(line)
      let whole = TextSpan(start: range.lowerBound, end: min(range.upperBound + 1, text.byteCount))
      if let piece = unit.span.intersection(whole) { parts.append((parts.count, piece, line)) }
    }
    return parts
  }

  private func writeSources(_ x: inout XMLWriter, notes: Notes) {
    guard !project.transcripts.isEmpty else { return }
    var unitsByTranscript: [TranscriptID: [MeaningUnit]] = [:]
    for unit in project.allUnits { unitsByTranscript[unit.transcript, default: []].append(unit) }
    x.open("Sources")
    for record in project.transcripts {
      let g = guid(transcript: record.id)
      x.open(
        "TextSource",
        [
          ("guid", g), ("name", record.title), ("plainTextPath", "internal://\(g).txt"),
          ("creationDateTime", record.imported.description),
        ])
      if let text = project.texts[record.id] {
        let index = CodePointIndex(text.bytes)
        let units = (unitsByTranscript[record.id] ?? []).sorted {
          ($0.span, $0.coder, $0.id) < ($1.span, $1.coder, $1.id)
        }
        for unit in units { writeSelections(&x, unit: unit, text: text, index: index, notes: notes) }
      }
      for ref in notes.refs(.transcript(record.id)) { x.empty("NoteRef", [("targetGUID", ref)]) }
      x.close()
    }
    x.close()
  }

  private func writeSelections(
    _ x: inout XMLWriter, unit: MeaningUnit, text: TranscriptText, index: CodePointIndex, notes: Notes
  ) {
    let user = guid(user: unit.coder)
    for (part, span, line) in parts(of: unit, in: text) {
      let name: String
      switch options.selectionNames {
      case .lines: name = "line:\(line)"
      case .text: name = Self.selectionName(text.bytes, span)
      }
      x.open(
        "PlainTextSelection",
        [
          ("guid", guid(unit: unit.id, part: part)), ("name", name),
          ("startPosition", String(index.position(ofByte: span.start))),
          ("endPosition", String(index.position(ofByte: span.end))), ("creatingUser", user),
          ("creationDateTime", unit.created.description),
          // (only when the unit changed after it was made: the file is large enough)
          ("modifyingUser", unit.modified == unit.created ? nil : user),
          ("modifiedDateTime", unit.modified == unit.created ? nil : unit.modified.description),
        ])
      if !unit.note.isEmpty && part == 0 { x.text("Description", unit.note) }
      for code in unit.codes {
        // The coding was made with its selection: its time is the selection's.
        x.open("Coding", [("guid", guid(coding: unit.id, part: part, code: code)), ("creatingUser", user)])
        x.empty("CodeRef", [("targetGUID", guid(code: code))])
        x.close()
      }
      if part == 0 { for ref in notes.refs(.unit(unit.id)) { x.empty("NoteRef", [("targetGUID", ref)]) } }
      x.close()
    }
  }

  /// A selection's name: its first 60 characters with runs of white space as one space, "…"
  /// when there is more. Read from the bytes: splitting whole passages into words cost more than
  /// the rest of the export.
  static func selectionName(_ bytes: [UInt8], _ span: TextSpan) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(80)
    var starts: [Int] = []  // where each character (scalar) starts in `out`
    var space = false
    var i = span.start
    while i < span.end && starts.count <= 60 {
      let b = bytes[i]
      i += 1
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
        space = !out.isEmpty
        continue
      }
      if b & 0xC0 != 0x80 {
        if space {
          starts.append(out.count)
          out.append(0x20)
          space = false
        }
        starts.append(out.count)
      }
      out.append(b)
    }
    while i < span.end && bytes[i] & 0xC0 == 0x80 {
      out.append(bytes[i])
      i += 1
    }
    if starts.count > 60 { out = Array(out[..<starts[59]]) + [0xE2, 0x80, 0xA6] }  // "…"
    return String(decoding: out, as: UTF8.self)
  }

  private func writeNotes(_ x: inout XMLWriter, notes: Notes) {
    guard !notes.all.isEmpty else { return }
    x.open("Notes")
    for note in notes.all {
      let user = note.author.map { guid(user: $0) }
      x.open(
        "Note",
        [
          ("guid", note.guid), ("name", note.name), ("creatingUser", user),
          ("creationDateTime", note.created?.description), ("modifyingUser", note.modified == nil ? nil : user),
          ("modifiedDateTime", note.modified?.description),
        ])
      x.text("PlainTextContent", note.text)
      x.close()
    }
    x.close()
  }

  /// Golden quotations and recontextualised units, each a link from subgroup to selection.
  func links() -> [(guid: String, kind: String, subgroup: SubgroupID, unit: MeaningUnitID)] {
    var links: [(String, String, SubgroupID, MeaningUnitID)] = []
    for group in project.groups {
      for subgroup in group.subgroups {
        if let golden = subgroup.goldenQuote, project.unit(golden) != nil {
          links.append((guid(link: "golden", subgroup.id, golden), "golden", subgroup.id, golden))
        }
        for unit in subgroup.recontextualised where project.unit(unit) != nil {
          links.append((guid(link: "recontextualised", subgroup.id, unit), "recontextualised", subgroup.id, unit))
        }
      }
    }
    return links
  }

  private func writeLinks(_ x: inout XMLWriter) {
    let links = links()
    guard !links.isEmpty else { return }
    let nb = project.metadata.language == .nb
    x.open("Links")
    for link in links {
      let name =
        link.kind == "golden"
        ? (nb ? "Gullsitat" : "Golden quotation") : (nb ? "Rekontekstualisert" : "Recontextualised")
      x.empty(
        "Link",
        [
          ("guid", link.guid), ("name", name), ("direction", "OneWay"), ("originGUID", guid(subgroup: link.subgroup)),
          ("targetGUID", guid(unit: link.unit)),
        ])
    }
    x.close()
  }

  private func writeSets(_ x: inout XMLWriter, notes: Notes) {
    guard !project.themes.isEmpty else { return }
    x.open("Sets")
    for theme in project.themes {
      x.open("Set", [("guid", guid(theme: theme.id)), ("name", theme.title)])
      if !theme.note.isEmpty { x.text("Description", theme.note) }
      for group in theme.codeGroups where project.group(group) != nil {
        x.empty("MemberCode", [("targetGUID", guid(group: group))])
      }
      for ref in notes.refs(.theme(theme.id)) { x.empty("MemberNote", [("targetGUID", ref)]) }
      x.close()
    }
    x.close()
  }
}
