import Foundation

extension QDPXReader {
  func readSources() throws(STCError) {
    for element in root.first("Sources")?.children ?? [] {
      switch element.name {
      case "TextSource": try readTextSource(element)
      case "PictureSource", "PDFSource", "AudioSource", "VideoSource":
        let kind = ["PictureSource": "Picture", "PDFSource": "PDF", "AudioSource": "Audio", "VideoSource": "Video"][
          element.name]!
        let codings = countCodings(element)
        report.notImported.append(
          "\(kind) source “\(element["name"] ?? "")” (\(at(element)))"
            + (codings > 0 ? " with \(codings) coding(s)" : "") + ": stc holds text transcripts only.")
      default: break
      }
    }
  }

  func countCodings(_ element: XMLTree) -> Int {
    element.children.reduce(element.name == "Coding" ? 1 : 0) { $0 + countCodings($1) }
  }

  /// The text of a source or note: its `PlainTextContent`, or the file its `plainTextPath` names
  /// inside the archive. Nil, with the reason, when there is none to read.
  func plainText(of element: XMLTree, what: String) throws(STCError) -> (bytes: [UInt8], file: String)? {
    if let content = element.first("PlainTextContent") { return (Array(content.text.utf8), "") }
    guard let path = element["plainTextPath"] ?? element["richTextPath"] else {
      report.notImported.append("\(what) (\(at(element))) has no text.")
      return nil
    }
    guard path.lowercased().hasPrefix("internal://") else {
      report.notImported.append(
        "\(what) (\(at(element))): its text is outside the .qdpx (\(path)); export the project again with its sources included.")
      return nil
    }
    let inner = String(path.dropFirst("internal://".count))
    let file = "sources/\(inner)"
    guard let data = try archive.read(file, limit: TranscriptImporter.maximumFileSize) else {
      report.notImported.append("\(what) (\(at(element))): its text file \(file) is missing from the archive.")
      return nil
    }
    if inner.lowercased().hasSuffix(".docx") {
      return (Array(try DocxReader.text(of: data, fileName: "\(fileName): \(file)").utf8), file)
    }
    return (Array(data), file)
  }

  func readTextSource(_ element: XMLTree) throws(STCError) {
    let key = REFIIdentity.key(element["guid"] ?? "")
    let known = details?.transcripts[key]
    let name = element["name"].flatMap { $0.isEmpty ? nil : $0 } ?? "Source \(project.transcripts.count + 1)"
    let what = "Text source “\(name)”"
    guard let (bytes, file) = try plainText(of: element, what: what) else { return }
    let normal: NormalisedSource
    let encoding: String
    do {
      if known != nil, let verbatim = String(validating: bytes, as: UTF8.self) {
        // A transcript stc exported comes back byte for byte, as stc stored it.
        normal = NormalisedSource(verbatim: verbatim)
        encoding = "utf-8"
      } else {
        let decoded = try TextDecoding.decodeWithoutNormalising(bytes, fileName: what)
        normal = try NormalisedSource(decoded.text, fileName: what)
        encoding = decoded.encoding
      }
    } catch {
      report.notImported.append("\(error.message) (\(at(element)))")
      return
    }
    if element["plainTextPath"] == nil && element.first("PlainTextContent") == nil {
      report.adjusted.append("\(what) came as rich text only; its text was taken from the Word file.")
    }

    let id = transcriptID(known: known?.id, name: name)
    let pattern = (try? SpeakerPattern.validated(known?.speakerPattern)) ?? .standard
    let textBytes = Array(normal.text.utf8)
    let text = TranscriptText(bytes: textBytes, speakerPattern: pattern)
    let cases = informantsOfSource(key)
    let informant: Int?
    if let known {
      informant = known.informant
    } else if cases.count > 1 {
      informant = nil
      report.adjusted.append(
        "“\(name)” belongs to \(cases.count) cases, so it became a focus group; check its speakers with `stc informant`.")
    } else {
      informant = cases.first ?? TranscriptImporter.informantNumber(inFileName: name)
        ?? ((project.informants.map(\.number).max() ?? 0) + 1)
    }
    if let informant, project.informant(informant) == nil { project.putInformant(Informant(number: informant)) }
    var speakers = known?.speakers ?? []
    if known == nil {
      for label in text.turns.labels {
        let interviewer = SpeakerRole.of(label: label) == .interviewer
        // In a focus group, a speaker is the case of the same name or number, if there is one.
        let speaker = interviewer ? nil : informant ?? cases.first { n in
          let labelled = project.informant(n)?.label
          return labelled == label || TranscriptImporter.informantNumber(inFileName: label) == n
        }
        speakers.append(SpeakerAssignment(label: label, informant: speaker, interviewer: interviewer))
      }
    }
    for speaker in speakers {
      if let n = speaker.informant, project.informant(n) == nil { project.putInformant(Informant(number: n)) }
    }
    let imported = known?.imported ?? element["creationDateTime"].flatMap(Timestamp.init(iso8601:)) ?? options.now
    let record = TranscriptRecord(
      id: id, title: known?.title ?? name, sourceFile: known?.sourceFile ?? (file.isEmpty ? name : (file as NSString).lastPathComponent),
      sourceEncoding: known?.sourceEncoding ?? encoding, informant: informant, speakers: speakers,
      speakerPattern: pattern.stored, sha256: ProjectFolder.sha256(textBytes), byteCount: textBytes.count,
      lineCount: text.lineCount, imported: imported)
    project.addTranscript(record, text: text)
    transcriptIDs[key] = id

    let whole = element.all("Coding").count
    if whole > 0 {
      report.notImported.append(
        "\(whole) coding(s) of the whole of “\(name)” (\(at(element))): stc codes passages; code the passages that matter.")
    }
    for selection in element.all("PlainTextSelection") {
      readSelection(selection, source: name, transcript: id, normal: normal)
    }
  }

  /// A transcript id: the one stc had, or a slug of the name, unique in the project.
  func transcriptID(known: String?, name: String) -> TranscriptID {
    let used = Set(project.transcripts.map(\.id.rawValue))
    if let known, TranscriptImporter.isSafeID(known), !used.contains(known) { return TranscriptID(known) }
    var id = TranscriptImporter.slug(name)
    if used.contains(id) {
      var n = 2
      while used.contains("\(id)-\(n)") { n += 1 }
      id = "\(id)-\(n)"
    }
    return TranscriptID(id)
  }

  func readSelection(_ element: XMLTree, source: String, transcript: TranscriptID, normal: NormalisedSource) {
    let key = REFIIdentity.key(element["guid"] ?? "")
    guard let start = element["startPosition"].flatMap({ Int($0) }), let end = element["endPosition"].flatMap({ Int($0) })
    else {
      report.notImported.append("A selection in “\(source)” (\(at(element))) has no valid start and end position.")
      return
    }
    guard let span = normal.span(start: start, end: end) else {
      report.notImported.append(
        "A selection in “\(source)” (\(at(element))) at positions \(start)–\(end) lies outside the text "
          + "(\(normal.count) characters) or covers nothing.")
      return
    }
    // Codes by coder, in the order the codings come.
    var byCoder: [(CoderName, [CodeID])] = []
    for coding in element.all("Coding") {
      let coder = coder(coding["creatingUser"] ?? element["creatingUser"])
      guard let ref = coding.first("CodeRef")?["targetGUID"], let code = codeIDs[REFIIdentity.key(ref)] else {
        report.notImported.append(
          "A coding in “\(source)” (\(at(coding))) refers to a code that is not in the codebook.")
        continue
      }
      if let i = byCoder.firstIndex(where: { $0.0 == coder }) { byCoder[i].1.append(code) } else { byCoder.append((coder, [code])) }
    }
    if byCoder.isEmpty { byCoder = [(coder(element["creatingUser"]), [])] }
    let created = element["creationDateTime"].flatMap(Timestamp.init(iso8601:)) ?? options.now
    let modified = element["modifiedDateTime"].flatMap(Timestamp.init(iso8601:)) ?? created
    let note = element.first("Description")?.text ?? ""
    var made: [MeaningUnitID] = []
    for (index, (coder, codes)) in byCoder.enumerated() {
      let knownID = index == 0 ? details?.units[key].map { MeaningUnitID($0) } : nil
      if let knownID, var unit = project.unit(knownID), unit.transcript == transcript, unit.coder == coder {
        // A unit exported as one selection per line comes back whole.
        unit.span = unit.span.covering(span)
        unit.codes = Array(Set(unit.codes + codes)).sorted()
        if unit.note.isEmpty { unit.note = note }
        project.replaceUnit(unit)
        made.append(knownID)
        continue
      }
      let sheet = CodingSheetID(coder: coder, transcript: transcript)
      if knownID == nil, var same = project.sheets[sheet]?.first(where: { $0.span == span }) {
        same.codes = Array(Set(same.codes + codes)).sorted()
        if same.note.isEmpty { same.note = note }
        project.replaceUnit(same)
        made.append(same.id)
        continue
      }
      let id = knownID.flatMap { project.unit($0) == nil ? $0 : nil } ?? ids.make()
      project.insertUnit(
        MeaningUnit(
          id: id, transcript: transcript, coder: coder, span: span, codes: codes, note: note, created: created,
          modified: modified))
      made.append(id)
    }
    selectionUnits[key, default: []].append(contentsOf: made)
  }
}
