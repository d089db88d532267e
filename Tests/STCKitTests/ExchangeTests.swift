import Foundation
import Testing
import ZIPFoundation

@testable import STCKit

/// xmllint, for validating against the REFI-QDA schemas (.ci/run installs libxml2-utils).
let xmllintPath: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// The schemas kept in the repository, docs/refi-qda/.
enum REFISchema {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/refi-qda").path
  static let project = folder + "/Project-mrt2019.xsd"
  static let codebook = folder + "/Codebook-mrt2019.xsd"

  /// Validates a document with xmllint; returns its complaints, empty when the file is valid.
  static func problems(of xml: String, schema: String, in folder: TemporaryFolder) throws -> String {
    let file = folder.write("doc-\(UUID().uuidString).xml", text: xml)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllintPath!)
    process.arguments = ["--noout", "--schema", schema, file]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? "" : String(decoding: data, as: UTF8.self)
  }
}

/// A project that uses every part of the model REFI-QDA can or cannot hold.
enum RichProject {
  static func make(in folder: TemporaryFolder) throws -> Project {
    var (_, project) = try Fixture.project(in: folder)
    let t = TranscriptID("informant3")
    let f = TranscriptID("fokus")
    project.metadata.researchQuestion = "Hvordan opplever brukere & ansatte «digitalt tilsyn»?"
    project.metadata.language = .en
    let group = CodeGroup(
      id: "group-000000000001", name: "Trygghet <natt>", description: "Om å føle seg trygg", introduction: "Innledning: trygghet.")
    var sub = Subgroup(
      id: "sub-000000000001", name: "Søvn", description: "Søvn og ro", condensate: "Jeg sover bedre nå.\n\nFør våknet jeg.",
      analyticText: "Flere informanter sov bedre.", status: .done)
    let empty = Subgroup(id: "sub-000000000002", name: "Tom subgruppe")
    project.groups = [
      group, CodeGroup(id: "group-000000000002", name: "Tom gruppe"),
    ]
    project.putCode(
      Code(id: "code-000000000001", name: "Sover bedre", description: "Bedre søvn", colour: .teal, valence: .positive, subgroup: sub.id, created: .t0))
    project.putCode(Code(id: "code-000000000002", name: "Utrygghet", colour: .red, valence: .negative, subgroup: sub.id, created: .t0))
    project.putCode(Code(id: "code-000000000003", name: "Teknologi 👩‍💻", description: "Kamera, sensor", colour: .blue, created: .t0))
    let u1 = MeaningUnit(
      id: "mu-000000000001", transcript: t, coder: "kari", span: Fixture.span(of: "Jeg sover bedre nå.", in: project, t),
      codes: ["code-000000000001"], note: "Tydelig & klart", created: .t0)
    let u2 = MeaningUnit(
      id: "mu-000000000002", transcript: t, coder: "kari",
      span: Fixture.span(of: "Café med e\u{301} og 中文 og 👩‍💻 her.\nI: Og kameraet?", in: project, t),
      codes: ["code-000000000002", "code-000000000003"], created: .t0, modified: Timestamp(secondsSince1970: Timestamp.t0.secondsSince1970 + 60))
    let u3 = MeaningUnit(
      id: "mu-000000000003", transcript: t, coder: "ola", span: Fixture.span(of: "Det var utrygt.", in: project, t),
      codes: ["code-000000000002"], created: .t0)
    let u4 = MeaningUnit(
      id: "mu-000000000004", transcript: f, coder: "ola", span: Fixture.span(of: "Og jeg er assistent.", in: project, f),
      created: .t0)
    for unit in [u1, u2, u3, u4] { project.insertUnit(unit) }
    sub.goldenQuote = u1.id
    sub.recontextualised = [u1.id, u3.id]
    project.groups[0].subgroups = [sub, empty]
    project.themes = [
      Theme(id: "theme-000000000001", title: "Trygghet", note: "Natt og dag", codeGroups: [group.id]),
      Theme(id: "theme-000000000002", title: "Ensomhet"),
    ]
    project.impressions[t] = Impression(note: "Rolig intervju.", readBy: ["kari", "ola"], readTo: ["kari": 5])
    project.impressions[f] = Impression(readBy: ["ola"])
    var informant = project.informant(3)!
    informant.attributes = ["rolle": "bruker", "alder": "80–89"]
    informant.label = "Informant tre"
    project.putInformant(informant)
    project.names = [Pseudonym(name: "Kari", replacement: "K.")]
    let targets: [MemoTarget] = [
      .project, .preconceptions("kari"), .code("code-000000000003"), .group(group.id), .subgroup(sub.id),
      .transcript(t), .meaningUnit(u2.id), .theme("theme-000000000001"), .informant(3),
    ]
    for (i, target) in targets.enumerated() {
      project.memos.append(
        Memo(
          id: MemoID("memo-00000000000\(i)"), target: target, author: i % 3 == 2 ? nil : "kari",
          title: i == 0 ? "Prosjekt" : "", text: "Notat \(i): æøå\n\"sitat\" <b>", created: Timestamp(secondsSince1970: Timestamp.t0.secondsSince1970 + Int64(i))))
    }
    project.rebuildIndexes()
    return project
  }
}

extension Project {
  /// Moves a unit to another transcript id, for comparing projects whose transcript ids differ.
  mutating func replaceUnit(withTranscript transcript: TranscriptID, _ unit: MeaningUnit) {
    removeUnit(unit.id)
    var moved = unit
    moved.transcript = transcript
    insertUnit(moved)
    texts[transcript] = texts[transcript] ?? texts[unit.transcript]
  }
}

/// Writes a project as .qdpx into `folder` and reads it back.
func roundTrip(
  _ project: Project, options: QDPXExport.Options = .init(), in folder: TemporaryFolder
) throws -> QDPXImport.Result {
  let file = folder.write("x-\(UUID().uuidString).qdpx", try QDPXExport(project, options: options).archive())
  var ids = IDGenerator(seed: 7)
  return try QDPXImport.read(file: file, options: .init(coder: "fallback", now: .t0), ids: &ids)
}

/// A .qdpx made by hand: `project.qde` and the given source files.
func handMadeQDPX(_ xml: String, sources: [String: [UInt8]] = [:], in folder: TemporaryFolder) throws -> String {
  var files: [(String, [UInt8])] = [("project.qde", Array(xml.utf8))]
  for (name, bytes) in sources.sorted(by: { $0.key < $1.key }) { files.append(("sources/\(name)", bytes)) }
  return folder.write("hand-\(UUID().uuidString).qdpx", try QDPXExport.zip(files))
}

func importQDPX(_ path: String) throws -> QDPXImport.Result {
  var ids = IDGenerator(seed: 3)
  return try QDPXImport.read(file: path, options: .init(coder: "fallback", now: .t0), ids: &ids)
}

@Suite struct QDPXRoundTripTests {
  @Test func theDemoComesBackExactly() throws {
    let folder = TemporaryFolder()
    let demo = try DemoProject.create(at: folder.path + "/demo.stc").load()
    let back = try roundTrip(demo, in: folder)
    #expect(back.project == demo)
    #expect(back.report.notImported.isEmpty)
  }

  @Test(arguments: QDPXExport.SelectionNames.allCases)
  func everyPartComesBackExactly(names: QDPXExport.SelectionNames) throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let back = try roundTrip(project, options: .init(selectionNames: names), in: folder)
    #expect(back.project == project)
    #expect(back.project.metadata == project.metadata)
    #expect(back.project.informants == project.informants)
    #expect(back.project.transcripts == project.transcripts)
    #expect(back.project.texts == project.texts)
    #expect(back.project.themes == project.themes)
    #expect(back.project.impressions == project.impressions)
    #expect(back.project.codes == project.codes)
    #expect(back.project.groups == project.groups)
    #expect(back.project.memos == project.memos)
    #expect(back.project.names == project.names)
    #expect(back.project.sheets == project.sheets)
    #expect(back.report.notImported.isEmpty, "\(back.report.lines)")
    // and it saves and loads as a sound project
    let saved = try ProjectFolder.create(with: back.project, at: folder.path + "/back-\(names).stc")
    #expect(saved.inspect().problems.isEmpty)
  }

  @Test func withoutDetailsWhatREFIHoldsComesBack() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    var back = try roundTrip(project, options: .init(details: false), in: folder).project
    #expect(back.metadata.title == project.metadata.title)
    #expect(back.metadata.researchQuestion == project.metadata.researchQuestion)
    #expect(back.groups.map(\.name) == project.groups.map(\.name))
    #expect(back.groups.map { $0.subgroups.map(\.name) } == project.groups.map { $0.subgroups.map(\.name) })
    #expect(back.groups.map(\.description) == project.groups.map(\.description))
    // names, valence (from the sign stc writes), colours and descriptions of codes
    func codes(_ p: Project) -> [String] {
      p.sortedCodes.map { "\($0.displayName)|\($0.colour)|\($0.description)|\($0.subgroup.flatMap { p.subgroup($0)?.name } ?? "-")" }
    }
    #expect(codes(back) == codes(project))
    // every unit: same coder, transcript, words, codes (by name) and note
    func units(_ p: Project) -> [String] {
      p.allUnits.map { u in
        "\(u.coder)|\(u.transcript)|\(p.quote(of: u))|\(u.codes.map { p.codes[$0]!.name }.sorted())|\(u.note)|\(u.created)|\(u.modified)"
      }.sorted()
    }
    // (transcript ids are made from titles without stc's details)
    #expect(back.transcripts.map(\.title) == project.transcripts.map(\.title))
    let ids = Dictionary(uniqueKeysWithValues: zip(back.transcripts.map(\.id), project.transcripts.map(\.id)))
    for (sheet, units) in back.sheets { for unit in units { back.replaceUnit(withTranscript: ids[sheet.transcript]!, unit) } }
    #expect(units(back) == units(project))
    #expect(back.informants.map(\.label) == project.informants.map(\.label))
    #expect(back.informants.map(\.attributes) == project.informants.map(\.attributes))
    // memos, condensates, analytic texts, the introduction and the impression come back as memos
    let texts = Set(back.memos.map(\.text))
    for memo in project.memos { #expect(texts.contains(memo.text)) }
    #expect(texts.contains("Jeg sover bedre nå.\n\nFør våknet jeg."))
    #expect(texts.contains("Rolig intervju."))
    #expect(back.memos.contains { $0.target == .code(back.code(named: "Teknologi 👩‍💻")!.id) })
    #expect(back.memos.contains { $0.target == .transcript(back.transcripts[0].id) && $0.text == "Rolig intervju." })
  }

  @Test func exportsOfTheSameProjectAreIdentical() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    #expect(try QDPXExport(project).archive() == QDPXExport(project).archive())
    #expect(QDCExport(project).xml() == QDCExport(project).xml())
  }

  @Test(.enabled(if: xmllintPath != nil, "needs xmllint (libxml2-utils)"))
  func exportsValidateAgainstTheSchemas() throws {
    let folder = TemporaryFolder()
    let rich = try RichProject.make(in: folder)
    let demo = try DemoProject.create(at: folder.path + "/demo.stc").load()
    for project in [rich, demo] {
      for names in QDPXExport.SelectionNames.allCases {
        let xml = QDPXExport(project, options: .init(selectionNames: names)).projectXML()
        #expect(try REFISchema.problems(of: xml, schema: REFISchema.project, in: folder) == "")
      }
      #expect(try REFISchema.problems(of: QDCExport(project).xml(), schema: REFISchema.codebook, in: folder) == "")
    }
    // an empty project is valid too
    let empty = Project(metadata: ProjectMetadata(title: "Tom", created: .t0))
    #expect(try REFISchema.problems(of: QDPXExport(empty).projectXML(), schema: REFISchema.project, in: folder) == "")
    // and the check can fail: a selection without positions is refused
    let broken = QDPXExport(rich).projectXML().replacingOccurrences(of: " startPosition=", with: " start=")
    #expect(try REFISchema.problems(of: broken, schema: REFISchema.project, in: folder).contains("startPosition"))
  }

  @Test func theArchiveHoldsTheQdeAndEveryTranscriptVerbatim() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let file = folder.write("p.qdpx", try QDPXExport(project).archive())
    let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
    let paths = archive.map(\.path).sorted()
    #expect(paths.count == 3 && paths.first == "project.qde")
    let reader = try ExchangeArchive(path: file)
    let xml = try XMLTree.parse(try #require(try reader.read("project.qde", limit: 1 << 20)), fileName: "x")
    for source in xml.all("TextSource", in: "Sources") {
      let path = try #require(source["plainTextPath"])
      #expect(path.hasPrefix("internal://"))
      let entry = "sources/" + path.dropFirst("internal://".count)
      let bytes = try #require(try reader.read(entry, limit: 1 << 20))
      let id = project.transcripts.first { $0.title == source["name"] }!.id
      #expect(Array(bytes) == project.texts[id]!.bytes)
    }
  }
}

@Suite struct CodePointTests {
  /// Positions count Unicode code points: the selection's characters, cut from the source by
  /// code point, are the unit's words.
  @Test func selectionsCountCodePoints() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let export = QDPXExport(project)
    let xml = try XMLTree.parse(Data(export.projectXML().utf8), fileName: "x")
    var checked = 0
    for source in xml.all("TextSource", in: "Sources") {
      let id = project.transcripts.first { $0.title == source["name"] }!.id
      let scalars = Array(String(decoding: project.texts[id]!.bytes, as: UTF8.self).unicodeScalars)
      for selection in source.all("PlainTextSelection") {
        let start = Int(selection["startPosition"]!)!
        let end = Int(selection["endPosition"]!)!
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars[start..<end])
        let unit = project.allUnits.first { export.guid(unit: $0.id) == selection["guid"] }!
        #expect(String(cut) == project.quote(of: unit))
        checked += 1
      }
    }
    #expect(checked == 4)
    // "Café med e\u{301} og 中文 og 👩‍💻 her." starts after 2 lines + "Det var utrygt. " (ASCII + æøå…)
    let u2 = project.unit("mu-000000000002")!
    let text = String(decoding: project.texts["informant3"]!.bytes[..<u2.span.start], as: UTF8.self)
    #expect(CodePointIndex(project.texts["informant3"]!.bytes).position(ofByte: u2.span.start) == text.unicodeScalars.count)
    #expect(text.unicodeScalars.count < u2.span.start)  // æ ø å count once, not twice
  }

  @Test func codePointIndexMatchesCountingAcrossBlocks() {
    var text = ""
    let pieces = ["a", "ø", "中", "👩‍💻", "🇳🇴", "e\u{301}", "\n"]
    for i in 0..<3000 { text += pieces[(i * 7 + i / 5) % pieces.count] }
    let bytes = Array(text.utf8)
    let index = CodePointIndex(bytes)
    var count = 0
    for (offset, byte) in bytes.enumerated() {
      if byte & 0xC0 != 0x80 {
        #expect(index.position(ofByte: offset) == count)
        count += 1
      }
    }
    #expect(index.position(ofByte: bytes.count) == count)
  }

  @Test func normalisingKeepsPositionsOnTheSameWords() throws {
    // CRLF line ends, a decomposed å (a + ring), a BOM-free control character and an emoji.
    let original = "I: Hei\r\nP1: Ja\u{30A} \u{1}takk 😀 vel\r\nslutt"
    let normal = try NormalisedSource(original, fileName: "x")
    #expect(normal.text == "I: Hei\nP1: Jå takk 😀 vel\nslutt\n")
    let scalars = Array(original.unicodeScalars)
    func words(_ s: Int, _ e: Int) -> String {
      let span = normal.span(start: s, end: e)!
      return String(decoding: Array(normal.text.utf8)[span.start..<span.end], as: UTF8.self)
    }
    // "Ja\u{30A}" is code points 12..<15 of the original
    #expect(scalars[12] == "J" && scalars[14] == "\u{30A}")
    #expect(words(12, 15) == "Jå")
    // a selection ending inside the composed character extends to its end
    #expect(words(12, 14) == "Jå")
    #expect(words(17, 27) == "takk 😀 vel")
    #expect(words(0, 8) == "I: Hei\n")
    #expect(normal.span(start: 5, end: 999) == nil)
    #expect(normal.span(start: 3, end: 3) == nil)
    #expect(throws: STCError.self) { try NormalisedSource(" \r\n\t", fileName: "blank") }
  }
}

@Suite struct QDPXForeignImportTests {
  /// A project as another program might write it: nested codes four deep, users with spaces,
  /// CRLF text with a decomposed å given inline and as a file, PDF and audio sources, notes on
  /// codes, sources and selections, a set, a link and a graph.
  static let xml = """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="Fra NVivo" origin="Other 1.0" creationDateTime="2025-05-01T12:00:00.123Z">
      <Users><User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="Kari Nordmann"/><User guid="aaaaaaaa-0000-0000-0000-000000000002" name="ola"/></Users>
      <CodeBook><Codes>
        <Code guid="c0000000-0000-0000-0000-000000000001" name="Omsorg" isCodable="true" color="#00FF00">
          <Description>Alt om omsorg</Description>
          <NoteRef targetGUID="e0000000-0000-0000-0000-000000000001"/>
          <Code guid="c0000000-0000-0000-0000-000000000002" name="Nærhet" isCodable="true">
            <Code guid="c0000000-0000-0000-0000-000000000003" name="Berøring" isCodable="true" color="#D62728">
              <Code guid="c0000000-0000-0000-0000-000000000004" name="Hånd" isCodable="true"/>
            </Code>
          </Code>
          <Code guid="c0000000-0000-0000-0000-000000000005" name="Tid" isCodable="true"/>
        </Code>
        <Code guid="c0000000-0000-0000-0000-000000000006" name="Løs kode" isCodable="true"/>
        <Code guid="c0000000-0000-0000-0000-000000000007" name="Tid" isCodable="true"/>
      </Codes></CodeBook>
      <Variables><Variable guid="f0000000-0000-0000-0000-000000000001" name="Alder" typeOfVariable="Integer"/></Variables>
      <Cases>
        <Case guid="d0000000-0000-0000-0000-000000000001" name="Informant 4">
          <VariableValue><VariableRef targetGUID="f0000000-0000-0000-0000-000000000001"/><IntegerValue>71</IntegerValue></VariableValue>
          <SourceRef targetGUID="b0000000-0000-0000-0000-000000000001"/>
        </Case>
      </Cases>
      <Sources>
        <TextSource guid="b0000000-0000-0000-0000-000000000001" name="Intervju A" plainTextPath="internal://a.txt">
          <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" name="x" startPosition="8" endPosition="18" creatingUser="aaaaaaaa-0000-0000-0000-000000000001">
            <Description>Merk</Description>
            <Coding guid="60000000-0000-0000-0000-000000000001" creatingUser="AAAAAAAA-0000-0000-0000-000000000001"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000004"/></Coding>
            <Coding guid="60000000-0000-0000-0000-000000000002" creatingUser="aaaaaaaa-0000-0000-0000-000000000002"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000001"/></Coding>
            <NoteRef targetGUID="e0000000-0000-0000-0000-000000000003"/>
          </PlainTextSelection>
          <PlainTextSelection guid="50000000-0000-0000-0000-000000000002" startPosition="20" endPosition="9999"/>
          <PlainTextSelection guid="50000000-0000-0000-0000-000000000003" startPosition="0" endPosition="6">
            <Coding guid="60000000-0000-0000-0000-000000000003"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000009"/></Coding>
            <Coding guid="60000000-0000-0000-0000-000000000004"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000007"/></Coding>
          </PlainTextSelection>
          <Coding guid="60000000-0000-0000-0000-000000000005"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000006"/></Coding>
          <NoteRef targetGUID="e0000000-0000-0000-0000-000000000002"/>
        </TextSource>
        <TextSource guid="b0000000-0000-0000-0000-000000000002" name="Notater 2">
          <PlainTextContent>Kort tekst om 😀 og mer.</PlainTextContent>
          <PlainTextSelection guid="50000000-0000-0000-0000-000000000004" startPosition="14" endPosition="15" creatingUser="aaaaaaaa-0000-0000-0000-000000000002">
            <Coding guid="60000000-0000-0000-0000-000000000006" creatingUser="aaaaaaaa-0000-0000-0000-000000000002"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000006"/></Coding>
          </PlainTextSelection>
        </TextSource>
        <PDFSource guid="b0000000-0000-0000-0000-000000000003" name="Artikkel.pdf" path="internal://x.pdf">
          <PDFSelection guid="50000000-0000-0000-0000-000000000005" page="1" firstX="0" firstY="0" secondX="1" secondY="1">
            <Coding guid="60000000-0000-0000-0000-000000000007"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000006"/></Coding>
          </PDFSelection>
        </PDFSource>
        <AudioSource guid="b0000000-0000-0000-0000-000000000004" name="Opptak 1" path="internal://a.m4a"/>
        <TextSource guid="b0000000-0000-0000-0000-000000000005" name="Borte" plainTextPath="internal://missing.txt"/>
        <TextSource guid="b0000000-0000-0000-0000-000000000006" name="Ekstern" plainTextPath="relative://b.txt"/>
      </Sources>
      <Notes>
        <Note guid="e0000000-0000-0000-0000-000000000001" name="Om omsorg" creatingUser="aaaaaaaa-0000-0000-0000-000000000002" creationDateTime="2025-05-02T08:00:00Z"><PlainTextContent>Kodenotat</PlainTextContent></Note>
        <Note guid="e0000000-0000-0000-0000-000000000002" name="Om intervjuet"><PlainTextContent>Kildenotat</PlainTextContent></Note>
        <Note guid="e0000000-0000-0000-0000-000000000003" name="Om utdraget"><PlainTextContent>Utdragsnotat</PlainTextContent></Note>
        <Note guid="e0000000-0000-0000-0000-000000000004" name="Løst notat"><PlainTextContent>Prosjektnotat</PlainTextContent></Note>
      </Notes>
      <Links><Link guid="70000000-0000-0000-0000-000000000001" name="Støtter" originGUID="c0000000-0000-0000-0000-000000000001" targetGUID="c0000000-0000-0000-0000-000000000006"/></Links>
      <Sets><Set guid="80000000-0000-0000-0000-000000000001" name="Hovedkoder"><MemberCode targetGUID="c0000000-0000-0000-0000-000000000001"/></Set></Sets>
      <Graphs><Graph guid="90000000-0000-0000-0000-000000000001" name="Kart"/></Graphs>
      <Description>Forskningsspørsmålet</Description>
    </Project>
    """

  /// "I: Hei\r\n" is 8 code points; then "P1: Ja\u{30A} takk" — Ja + ring is 3 code points.
  static let sourceA = Array("I: Hei\r\nP1: Ja\u{30A} takk for sist\r\nI: Ha det\r\n".utf8)

  @Test func aProjectFromAnotherProgramComesInWithAReport() throws {
    let folder = TemporaryFolder()
    let file = try handMadeQDPX(Self.xml, sources: ["a.txt": Self.sourceA], in: folder)
    let result = try importQDPX(file)
    let p = result.project
    #expect(p.metadata.title == "Fra NVivo")
    #expect(p.metadata.researchQuestion == "Forskningsspørsmålet")
    #expect(p.metadata.created == Timestamp(iso8601: "2025-05-01T12:00:00Z"))
    // transcripts, normalised; the case gives the informant and the variable an attribute
    #expect(p.transcripts.map(\.title) == ["Intervju A", "Notater 2"])
    let a = try #require(p.transcripts.first)
    #expect(String(decoding: p.texts[a.id]!.bytes, as: UTF8.self) == "I: Hei\nP1: Jå takk for sist\nI: Ha det\n")
    #expect(a.informant == 4)
    #expect(p.informant(4)?.attributes == ["Alder": "71"])
    #expect(p.informant(4)?.label == "Informant 4")
    // codes: Omsorg became a group; Nærhet a subgroup holding Berøring and Hånd; Tid went
    // into a subgroup named after the group, with Omsorg itself (text is coded to it)
    #expect(p.groups.map(\.name) == ["Omsorg"])
    #expect(p.groups[0].description == "Alt om omsorg")
    #expect(p.groups[0].subgroups.map(\.name) == ["Omsorg", "Nærhet"])
    func codes(in subgroup: Subgroup) -> [String] { p.sortedCodes.filter { $0.subgroup == subgroup.id }.map(\.name) }
    #expect(codes(in: p.groups[0].subgroups[0]) == ["Omsorg", "Tid"])
    #expect(codes(in: p.groups[0].subgroups[1]) == ["Berøring", "Hånd"])
    #expect(p.sortedCodes.filter { $0.subgroup == nil }.map(\.name) == ["Løs kode", "Tid (2)"])
    #expect(p.code(named: "Berøring")?.colour == .red)
    // selections: positions in the original code points land on the same words; one unit
    // per coder; codings without a user go to the fallback coder
    func unit(_ coder: CoderName, _ transcript: TranscriptID) -> MeaningUnit? {
      p.sheets[CodingSheetID(coder: coder, transcript: transcript)]?.first
    }
    let kari = try #require(unit("Kari-Nordmann", a.id))
    #expect(p.quote(of: kari) == "P1: Jå ta")
    #expect(kari.codes.map { p.codes[$0]!.name } == ["Hånd"])
    #expect(kari.note == "Merk")
    let ola = try #require(unit("ola", a.id))
    #expect(ola.span == kari.span && ola.codes.map { p.codes[$0]!.name } == ["Omsorg"])
    let fallback = try #require(unit("fallback", a.id))
    #expect(p.quote(of: fallback) == "I: Hei" && fallback.codes.map { p.codes[$0]!.name } == ["Tid (2)"])
    let emoji = try #require(unit("ola", p.transcripts[1].id))
    #expect(p.quote(of: emoji) == "😀")
    // notes became memos on what referred to them
    #expect(p.memos.first { $0.text == "Kodenotat" }?.target == .group(p.groups[0].id))
    #expect(p.memos.first { $0.text == "Kodenotat" }?.author == "ola")
    #expect(p.memos.first { $0.text == "Kildenotat" }?.target == .transcript(a.id))
    #expect(p.memos.first { $0.text == "Utdragsnotat" }?.target == .meaningUnit(kari.id))
    #expect(p.memos.first { $0.text == "Prosjektnotat" }?.target == .project)
    // the report names what was changed and everything left out
    let report = result.report
    #expect(report.adjusted.contains { $0.contains("“Kari Nordmann” became the coder “Kari-Nordmann”") })
    #expect(report.adjusted.contains { $0.contains("more than three levels deep") })
    #expect(report.adjusted.contains { $0.contains("“Tid” became “Tid (2)”") })
    let left = report.notImported.joined(separator: "\n")
    for expected in [
      "positions 20–9999 lies outside the text", "refers to a code that is not in the codebook",
      "coding(s) of the whole of “Intervju A”", "PDF source “Artikkel.pdf”", "with 1 coding(s)", "Audio source “Opptak 1”",
      "sources/missing.txt is missing", "outside the .qdpx (relative://b.txt)", "Set “Hovedkoder”", "1 link(s) (“Støtter”)",
      "Graph “Kart”",
    ] {
      #expect(left.contains(expected), "the report lacks “\(expected)”:\n\(left)")
    }
    // and the result is a sound project
    let saved = try ProjectFolder.create(with: p, at: folder.path + "/foreign.stc")
    #expect(saved.inspect().problems.isEmpty)
  }

  @Test func sourcesInOtherEncodingsAndWithBOMs() throws {
    let folder = TemporaryFolder()
    let xml = """
      <Project xmlns="urn:QDA-XML:project:1.0" name="E">
        <CodeBook><Codes><Code guid="c0000000-0000-0000-0000-000000000001" name="K" isCodable="true"/></Codes></CodeBook>
        <Sources>
          <TextSource guid="b0000000-0000-0000-0000-000000000001" name="bom" plainTextPath="internal://bom.txt">
            <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" startPosition="0" endPosition="3"><Coding guid="60000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>
          </TextSource>
          <TextSource guid="b0000000-0000-0000-0000-000000000002" name="latin" plainTextPath="internal://latin.txt">
            <PlainTextSelection guid="50000000-0000-0000-0000-000000000002" startPosition="4" endPosition="7"><Coding guid="60000000-0000-0000-0000-000000000002"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>
          </TextSource>
        </Sources>
      </Project>
      """
    let file = try handMadeQDPX(
      xml, sources: ["bom.txt": [0xEF, 0xBB, 0xBF] + Array("Æøå er fint".utf8), "latin.txt": [0x48, 0x65, 0x69, 0x20, 0xE6, 0xF8, 0xE5]],
      in: folder)
    let p = try importQDPX(file).project
    let quotes = p.allUnits.map { p.quote(of: $0) }.sorted()
    #expect(quotes == ["Æøå", "æøå"])
    #expect(p.transcripts.map(\.sourceEncoding) == ["utf-8 with BOM", "windows-1252"])
  }

  @Test(arguments: [
    ("not a zip", "cannot be opened as a zip archive"),
  ])
  func aFileThatIsNoArchiveIsRefused(content: String, message: String) throws {
    let folder = TemporaryFolder()
    let file = folder.write("bad.qdpx", text: content)
    let error = try #require(throws: STCError.self) { try importQDPX(file) }
    #expect(error.message.contains(message))
    #expect(error.message.contains("bad.qdpx"))
  }

  @Test func brokenContentIsNamedWithItsLine() throws {
    let folder = TemporaryFolder()
    let noQde = folder.write("empty.qdpx", try QDPXExport.zip([("sources/a.txt", Array("x".utf8))]))
    #expect(try #require(throws: STCError.self) { try importQDPX(noQde) }.message.contains("holds no project.qde"))
    let broken = try handMadeQDPX("<Project name=\"x\">\n<Users>\n<User guid=\"1\"></Project>", in: folder)
    let error = try #require(throws: STCError.self) { try importQDPX(broken) }
    #expect(error.message.contains("project.qde is not well-formed XML") && error.message.contains("line 3"))
    let codebook = try handMadeQDPX("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>", in: folder)
    #expect(try #require(throws: STCError.self) { try importQDPX(codebook) }.message.contains("stc import qdc"))
    #expect(try #require(throws: STCError.self) { try importQDPX(folder.path + "/none.qdpx") }.kind == .noInput)
  }

  @Test func aSourceLargerThanTheLimitIsRefusedWhileUnpacking() throws {
    let folder = TemporaryFolder()
    let archive = try ExchangeArchive(path: try handMadeQDPX("<Project name=\"x\"/>", sources: ["big.txt": Array(repeating: 0x41, count: 5000)], in: folder))
    #expect(try archive.read("sources/big.txt", limit: 10_000)?.count == 5000)
    let error = try #require(throws: STCError.self) { try archive.read("sources/big.txt", limit: 4096) }
    #expect(error.message.contains("zip bomb"))
  }

  @Test func theDetailsNoteOfANewerStcIsSetAside() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let xml = QDPXExport(project).projectXML().replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 9")
    var files: [(String, [UInt8])] = [("project.qde", Array(xml.utf8))]
    let export = QDPXExport(project)
    for record in project.transcripts {
      files.append(("sources/\(export.guid(transcript: record.id)).txt", project.texts[record.id]!.bytes))
    }
    let result = try importQDPX(folder.write("newer.qdpx", try QDPXExport.zip(files)))
    #expect(result.report.adjusted.contains { $0.contains("newer stc (version 9)") })
    #expect(result.project.codes.count == project.codes.count)
    #expect(result.project.memos.contains { $0.title == ExchangeDetails.noteName })
  }
}

@Suite struct QDPXRobustnessTests {
  /// The project's XML and its sources, ready to be packed again after a change.
  static func parts(of project: Project) -> (xml: String, sources: [String: [UInt8]]) {
    let export = QDPXExport(project)
    var sources: [String: [UInt8]] = [:]
    for record in project.transcripts { sources["\(export.guid(transcript: record.id)).txt"] = project.texts[record.id]!.bytes }
    return (export.projectXML(), sources)
  }

  @Test func detailsThatContradictTheFileAreSetAside() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let (xml, sources) = Self.parts(of: project)
    let edited = xml.replacingOccurrences(of: "\"group-000000000002\"", with: "\"group-000000000001\"")
    #expect(edited != xml)
    let result = try importQDPX(try handMadeQDPX(edited, sources: sources, in: folder))
    #expect(result.report.adjusted.contains { $0.contains("does not fit the rest of the file") })
    #expect(Set(result.project.groups.map(\.id)).count == 2)
    #expect(result.project.unitCount == project.unitCount)
  }

  /// Damaged files (bytes flipped, cut, repeated, deleted) never crash the importer: it either
  /// refuses with a message or makes a project that loads.
  @Test func damagedFilesNeverCrashTheImporter() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let (xml, sources) = Self.parts(of: project)
    let original = Array(xml.utf8)
    var random = SplitMix(seed: UInt64(ProcessInfo.processInfo.environment["STC_FUZZ_SEED"] ?? "") ?? 2026)
    var refused = 0
    var imported = 0
    let rounds = Int(ProcessInfo.processInfo.environment["STC_FUZZ_ROUNDS"] ?? "") ?? 300
    for round in 0..<rounds {
      var bytes = original
      for _ in 0...(random.next() % 4) {
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 5 {
        case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 40)))
        case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 30)], at: at)
        case 3: bytes = Array(bytes.prefix(at))
        default:
          // a digit in a position or a GUID changed
          if let digit = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) { bytes[digit] = 0x30 + UInt8(random.next() % 10) }
        }
        if bytes.isEmpty { bytes = [0x3C] }
      }
      let file = folder.write("fuzz-\(round).qdpx", try QDPXExport.zip([("project.qde", bytes)] + sources.map { ("sources/\($0.key)", $0.value) }))
      do {
        let result = try importQDPX(file)
        let saved = try ProjectFolder.create(with: result.project, at: folder.path + "/fuzz-\(round).stc")
        #expect(saved.inspect().problems.filter { $0.severity == .error }.isEmpty, "round \(round)")
        imported += 1
      } catch let error as STCError {
        #expect(!error.message.isEmpty)
        refused += 1
      }
    }
    #expect(refused > 0 && imported > 0)
  }
}

/// A small seeded generator for repeatable damage.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct QDCTests {
  @Test func aCodebookComesBackIntoAnEmptyProject() throws {
    let folder = TemporaryFolder()
    let project = try RichProject.make(in: folder)
    let file = folder.write("k.qdc", text: QDCExport(project).xml())
    var empty = Project(metadata: ProjectMetadata(title: "Ny", created: .t0))
    var ids = IDGenerator(seed: 1)
    let report = try QDCImport.read(file: file, into: &empty, ids: &ids)
    func tree(_ p: Project) -> [String] {
      p.groups.flatMap { g in
        g.subgroups.map { s in
          "\(g.name)/\(s.name): " + p.sortedCodes.filter { $0.subgroup == s.id }.map { "\($0.displayName) \($0.colour) \($0.description)" }.joined(separator: ", ")
        } + ["\(g.name): \(g.description)"]
      } + p.sortedCodes.filter { $0.subgroup == nil }.map { "\($0.displayName) \($0.colour)" }
    }
    #expect(tree(empty) == tree(project))
    #expect(report.imported.first == "3 new code(s), 2 new code group(s), 2 new subgroup(s)")
    // a second import changes nothing
    let before = empty
    let again = try QDCImport.read(file: file, into: &empty, ids: &ids)
    #expect(empty == before)
    #expect(again.imported == ["0 new code(s), 0 new code group(s), 0 new subgroup(s)", "3 code(s) the project already had were kept as they are"])
  }

  @Test func aCodebookFromAnotherProgramMergesByName() throws {
    let folder = TemporaryFolder()
    var (_, project) = try Fixture.project(in: folder)
    project.putCode(Code(id: "code-00000000000a", name: "tid", colour: .blue, created: .t0))
    let file = folder.write(
      "other.qdc",
      text: """
        <?xml version="1.0"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">
          <Codes>
            <Code guid="c0000000-0000-0000-0000-000000000001" name="Hverdag" isCodable="true">
              <Code guid="c0000000-0000-0000-0000-000000000002" name="Tid" isCodable="true" color="#1F77B4"/>
              <Code guid="c0000000-0000-0000-0000-000000000003" name="Mat +" isCodable="true"/>
            </Code>
          </Codes>
          <Sets><Set guid="80000000-0000-0000-0000-000000000001" name="S"/></Sets>
        </CodeBook>
        """)
    var ids = IDGenerator(seed: 1)
    let report = try QDCImport.read(file: file, into: &project, ids: &ids)
    #expect(project.groups.map(\.name) == ["Hverdag"])
    #expect(project.groups[0].subgroups.map(\.name) == ["Hverdag"])
    // the existing "tid" is reused (and sorted into the new subgroup); "Mat +" keeps its name,
    // as the codebook is not stc's
    #expect(project.codes.count == 2)
    #expect(project.code(named: "Tid")?.id == "code-00000000000a")
    #expect(project.code(named: "Tid")?.subgroup == project.groups[0].subgroups[0].id)
    #expect(project.code(named: "Mat +")?.valence == nil)
    #expect(report.notImported == ["Set “S” (line 9): stc has no sets."])
  }

  @Test func notACodebookIsRefused() throws {
    let folder = TemporaryFolder()
    var project = Project(metadata: ProjectMetadata(title: "x", created: .t0))
    var ids = IDGenerator(seed: 1)
    let project2 = folder.write("p.qdc", text: "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>")
    #expect(try #require(throws: STCError.self) { try QDCImport.read(file: project2, into: &project, ids: &ids) }.message.contains("stc import qdpx"))
    let zip = folder.write("z.qdc", try QDPXExport.zip([("project.qde", [])]))
    #expect(try #require(throws: STCError.self) { try QDCImport.read(file: zip, into: &project, ids: &ids) }.message.contains("zip archive"))
    let empty = folder.write("e.qdc", text: "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>")
    #expect(try #require(throws: STCError.self) { try QDCImport.read(file: empty, into: &project, ids: &ids) }.message.contains("holds no codes"))
  }
}

@Suite struct BrokenXMLTests {
  /// FoundationXML traps on attribute values that are not UTF-8; such files are refused first.
  @Test func xmlThatIsNotUTF8IsRefusedNotCrashedOn() throws {
    let bytes: [UInt8] = Array("<Project name=\"a\">\n<User name=\"".utf8) + [0xC3, 0x28] + Array("\"/></Project>".utf8)
    let error = try #require(throws: STCError.self) { try XMLTree.parse(Data(bytes), fileName: "p.qde") }
    #expect(error.message == "p.qde is not UTF-8 text (a broken character at line 2): the file is damaged, or was not written by the program it claims.")
    let utf16 = try #require(throws: STCError.self) { try XMLTree.parse(Data([0xFF, 0xFE, 0x3C, 0x00]), fileName: "q.qde") }
    #expect(utf16.message.contains("not UTF-8"))
  }

  /// Found by the fuzz tests: FoundationXML traps on an XML declaration without a version.
  @Test func anXMLDeclarationWithoutAVersionIsRefusedNotCrashedOn() throws {
    for declaration in ["<?xml?>", "<?xml encoding=\"utf-8\"?>", "<?xml version=\"1.0\""] {
      let bytes = Array((declaration + "\n<Project name=\"a\"/>").utf8)
      let error = try #require(throws: STCError.self) { try XMLTree.parse(Data(bytes), fileName: "p.qde") }
      #expect(error.message.hasPrefix("p.qde is not well-formed XML"), "\(declaration)")
    }
    let latin = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Project/>".utf8)
    #expect { try XMLTree.parse(Data(latin), fileName: "p.qde") } throws: { ($0 as! STCError).message.contains("ISO-8859-1") }
    #expect(try XMLTree.parse(Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project/>".utf8), fileName: "p.qde").name == "Project")
  }

  @Test func aWordFileWithBrokenCharactersIsRefused() throws {
    let archive = try Archive(accessMode: .create)
    let xml = Data(Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p w:x=\"".utf8) + [0xFF] + Array("\"/></w:body></w:document>".utf8))
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate,
      provider: { position, size in xml.subdata(in: Int(position)..<Int(position) + size) })
    let error = try #require(throws: STCError.self) { try DocxReader.text(of: archive.data!, fileName: "i3.docx") }
    #expect(error.message.hasPrefix("i3.docx (its document XML) is not UTF-8 text"))
  }
}
