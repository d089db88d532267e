import Foundation
import Testing

@testable import STCKit

@Suite struct PersistenceTests {
  let folder = TemporaryFolder()

  func mode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o777
  }

  /// A project with coding by two coders, a sorted codebook, a condensate, themes and memos.
  func codedProject() throws -> (ProjectFolder, Project) {
    var (projectFolder, project) = try Fixture.project(in: folder)
    var ids = IDGenerator(seed: 3)
    for (words, code, coder, transcript) in [
      ("Jeg sover bedre nå.", "Søvn", "anna", "informant3"), ("Det var utrygt.", "Utrygg", "jonas", "informant3"),
      ("Jeg er sykepleier.", "Rolle", "anna", "fokus"),
    ] as [(String, String, CoderName, TranscriptID)] {
      let span = Fixture.span(of: words, in: project, transcript)
      _ = try project.apply(
        try project.codePassage(transcript: transcript, span: span, codeNames: [code], coder: coder, note: "æ 中 👍", ids: &ids, at: .t0), at: .t0)
    }
    _ = try project.apply(try project.sortCode(project.code(named: "Søvn")!.id, group: "Trygghet", subgroup: "Natt", ids: &ids), at: .t0)
    var subgroup = project.groups[0].subgroups[0]
    subgroup.condensate = "Jeg sover \"bedre\"\nnå / endelig."
    subgroup.goldenQuote = project.allUnits.first { $0.coder == "anna" && $0.transcript == "informant3" }!.id
    _ = try project.apply(.updateSubgroup(subgroup), at: .t0)
    _ = try project.apply(.createTheme(Theme(id: "theme-1", title: "Trygghet", codeGroups: [project.groups[0].id]), at: 0), at: .t0)
    _ = try project.apply(.createMemo(Memo(id: "memo-1", target: .preconceptions("anna"), author: "anna", text: "x", created: .t0)), at: .t0)
    _ = try project.apply(.setImpression(Impression(note: "n", readBy: ["anna"]), for: "informant3"), at: .t0)
    try projectFolder.saveAll(project)
    return (projectFolder, project)
  }

  @Test func roundTripsEverything() throws {
    let (projectFolder, project) = try codedProject()
    let loaded = try projectFolder.load()
    #expect(loaded == project)
    #expect(loaded.coders == ["anna", "jonas"])
  }

  @Test func writesStableSortedJSON() throws {
    let (projectFolder, project) = try codedProject()
    let first = try AtomicFile.read(projectFolder.projectFile)
    try projectFolder.saveAll(try projectFolder.load())
    #expect(try AtomicFile.read(projectFolder.projectFile) == first)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"codeGroups\" : ["))
    #expect(text.contains("\"schemaVersion\" : 1"))
    #expect(text.hasSuffix("}\n"))
    let sheet = String(decoding: projectFolder.bytes(of: .sheet(CodingSheetID(coder: "anna", transcript: "informant3")), in: project), as: UTF8.self)
    #expect(sheet.contains("\"coder\" : \"anna\""))
    #expect(sheet.contains("\"note\" : \"æ 中 👍\""))
    #expect(!sheet.contains("\"transcript\" : \"informant3\",\n      "))
  }

  @Test func filesAreOwnerOnlyAndBackedUp() throws {
    let (projectFolder, project) = try codedProject()
    #expect(mode(projectFolder.path) == 0o700)
    #expect(mode(projectFolder.projectFile) == 0o600)
    #expect(mode(projectFolder.transcriptFile("informant3")) == 0o600)
    #expect(mode(projectFolder.codingFolder + "/anna") == 0o700)
    let sheetFile = projectFolder.sheetFile(CodingSheetID(coder: "anna", transcript: "informant3"))
    #expect(mode(sheetFile) == 0o600)
    let previous = try AtomicFile.read(projectFolder.projectFile)
    var changed = project
    _ = try changed.apply(.updateMetadata(ProjectMetadata(title: "Ny tittel", created: .t0)), at: .t0)
    try projectFolder.save(changed, files: [.project])
    #expect(try AtomicFile.read(projectFolder.backupFile("project.json")) == previous)
    #expect(try projectFolder.load().metadata.title == "Ny tittel")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: projectFolder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
    #expect(projectFolder.inspect().warnings.isEmpty)
    chmod(projectFolder.projectFile, 0o644)
    #expect(projectFolder.inspect().warnings.first?.message.contains("chmod") == true)
  }

  @Test func aSaveAfterOneChangeWritesOneFile() throws {
    var (projectFolder, project) = try codedProject()
    let unit = project.allUnits.first { $0.coder == "jonas" }!
    let applied = try project.apply(.removeCode(unit.codes[0], from: unit.id), at: .t0)
    #expect(applied.touched == [.sheet(unit.sheet)])
  }

  /// Breaks one file of a saved project and checks the message and that nothing was written.
  func expectLoadFailure(_ relative: String, _ content: String, mentions words: [String]) throws {
    let (projectFolder, _) = try codedProject()
    let path = projectFolder.file(relative)
    try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    #expect {
      try projectFolder.load()
    } throws: { error in
      let message = (error as! STCError).message
      let ok = words.allSatisfy { message.contains($0) } && message.contains("Nothing was changed")
      if !ok { Issue.record("message was: \(message)") }
      return ok
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
  }

  @Test func brokenJSONNamesLineAndColumn() throws {
    try expectLoadFailure("project.json", "{\n  \"schemaVersion\": 1,\n  \"project\": {\"title\": \"x\" \"created\": 1}\n}\n", mentions: ["project.json", "line 3, column 28", "comma may be missing"])
  }

  @Test func mergeConflictMarkersAreNamed() throws {
    try expectLoadFailure("project.json", "{\n<<<<<<< HEAD\n  \"a\": 1\n=======\n}\n", mentions: ["line 2", "merge conflict"])
  }

  @Test func newerSchemaIsRefused() throws {
    try expectLoadFailure("project.json", "{\"schemaVersion\": 99}", mentions: ["newer stc", "Update stc"])
  }

  @Test func missingFieldsNameTheirPath() throws {
    try expectLoadFailure(
      "project.json", "{\"schemaVersion\": 1, \"project\": {\"title\": \"x\", \"created\": \"2026-01-01T00:00:00Z\"}, \"codes\": [{\"id\": \"code-1\"}]}",
      mentions: ["“name” is missing in codes[0]"])
  }

  @Test func wrongTypesNameTheirPath() throws {
    try expectLoadFailure(
      "coding/anna/informant3.json",
      "{\"schemaVersion\": 1, \"coder\": \"anna\", \"transcript\": \"informant3\", \"meaningUnits\": [{\"id\": \"mu-1\", \"start\": \"0\", \"end\": 3, \"codes\": [], \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\"}]}",
      mentions: ["coding/anna/informant3.json", "meaningUnits[0].start"])
  }

  @Test func spansOutsideTheirTranscriptAreCaught() throws {
    try expectLoadFailure(
      "coding/anna/informant3.json",
      "{\"schemaVersion\": 1, \"coder\": \"anna\", \"transcript\": \"informant3\", \"meaningUnits\": [{\"id\": \"mu-1\", \"start\": 5, \"end\": 99999, \"codes\": [], \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\"}]}",
      mentions: ["mu-1", "outside"])
  }

  @Test func unknownCodesAreCaught() throws {
    try expectLoadFailure(
      "coding/anna/informant3.json",
      "{\"schemaVersion\": 1, \"coder\": \"anna\", \"transcript\": \"informant3\", \"meaningUnits\": [{\"id\": \"mu-1\", \"start\": 0, \"end\": 2, \"codes\": [\"code-gone\"], \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\"}]}",
      mentions: ["code-gone", "not in the codebook"])
  }

  @Test func aMisplacedCodingFileIsCaught() throws {
    try expectLoadFailure(
      "coding/anna/informant3.json",
      "{\"schemaVersion\": 1, \"coder\": \"jonas\", \"transcript\": \"informant3\", \"meaningUnits\": []}",
      mentions: ["jonas", "Move it back"])
  }

  @Test func anEditedTranscriptIsCaught() throws {
    try expectLoadFailure("transcripts/informant3.txt", "I: Endret tekst\n", mentions: ["SHA-256", "never be edited"])
  }

  @Test func validationListsEveryProblem() throws {
    let (projectFolder, _) = try codedProject()
    try Data("endret".utf8).write(to: URL(fileURLWithPath: projectFolder.transcriptFile("informant3")))
    try FileManager.default.removeItem(atPath: projectFolder.transcriptFile("fokus"))
    let problems = projectFolder.inspect().errors
    #expect(problems.count >= 2)
    #expect(problems.contains { $0.file == "transcripts/informant3.txt" })
    #expect(problems.contains { $0.file == "transcripts/fokus.txt" && $0.message.contains("missing") })
  }

  @Test func locatingProjects() throws {
    let (projectFolder, _) = try codedProject()
    #expect(try ProjectFolder.locate(folder.path + "/test") == projectFolder)
    #expect(try ProjectFolder.locate(folder.path + "/test.stc/") == projectFolder)
    #expect { try ProjectFolder.locate(folder.path + "/nope") } throws: { ($0 as! STCError).kind == .noInput }
    #expect { try ProjectFolder.locate(folder.path) } throws: { ($0 as! STCError).message.contains("no project.json") }
    #expect(ProjectFolder.discover(from: folder.path) == projectFolder)
    #expect(ProjectFolder.discover(from: projectFolder.codingFolder) == projectFolder)
  }

  @Test func creatingRefusesExistingFolders() throws {
    let (projectFolder, _) = try codedProject()
    #expect { try ProjectFolder.create(at: projectFolder.path, metadata: ProjectMetadata(title: "x", created: .t0)) } throws: {
      ($0 as! STCError).kind == .cannotCreate
    }
    try FileManager.default.createDirectory(atPath: folder.path + "/full", withIntermediateDirectories: false)
    folder.write("full/file.txt", text: "")
    #expect(throws: STCError.self) { try ProjectFolder.create(at: folder.path + "/full", metadata: ProjectMetadata(title: "x", created: .t0)) }
    #expect(throws: STCError.self) { try ProjectFolder.create(at: folder.path + "/new", metadata: ProjectMetadata(title: " ", created: .t0)) }
  }

  @Test func sessionSavesAndLogsEachChange() throws {
    let (projectFolder, _) = try codedProject()
    var session = try ProjectSession(folder: projectFolder, coder: "anna", ids: IDGenerator(seed: 9))
    try session.perform(.createGroup(CodeGroup(id: "group-new", name: "Ny gruppe"), at: 0), at: .t0)
    #expect(try projectFolder.load().group("group-new") != nil)
    try session.undo(at: .t0)
    #expect(try projectFolder.load().group("group-new") == nil)
    try session.redo(at: .t0)
    #expect(try projectFolder.load().group("group-new") != nil)
    let log = projectFolder.readLog()
    #expect(log.map(\.summary) == ["Created code group “Ny gruppe”", "Undid: Created code group “Ny gruppe”", "Redid: Created code group “Ny gruppe”"])
    #expect(mode(projectFolder.logFile("anna")) == 0o600)
  }

  @Test func aFailedSaveLeavesTheSessionAsItWas() throws {
    let (projectFolder, _) = try codedProject()
    var session = try ProjectSession(folder: projectFolder, coder: "zed")
    let before = session.project
    // A file where the coder's folder should be makes the save fail, even for root.
    FileManager.default.createFile(atPath: projectFolder.codingFolder + "/zed", contents: Data())
    let unit = MeaningUnit(id: "mu-new", transcript: "informant3", coder: "zed", span: TextSpan(start: 0, end: 2), created: .t0)
    #expect { try session.perform(.addMeaningUnit(unit)) } throws: { ($0 as! STCError).message.contains("not a folder") }
    #expect(session.project == before)
    #expect(!session.history.canUndo)
    #expect(try projectFolder.load() == before)
  }
}
