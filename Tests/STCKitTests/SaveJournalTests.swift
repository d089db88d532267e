import Foundation
import Testing

@testable import STCKit

@Suite struct SaveJournalTests {
  /// A project with two coding files that share a code, and the save that deletes the code
  /// (project.json and both coding files change).
  static func setUp(_ folder: TemporaryFolder) throws -> (ProjectFolder, Project, Project, Set<ProjectFile>) {
    var (projectFolder, project) = try Fixture.project(in: folder)
    var ids = IDGenerator(seed: 3)
    for (coder, words) in [("anna", "Jeg sover bedre nå."), ("ola", "Det var utrygt.")] {
      let op = try project.codePassage(
        transcript: "informant3", span: Fixture.span(of: words, in: project, "informant3"), codeNames: ["Søvn"],
        coder: CoderName(stringLiteral: coder), ids: &ids, at: .t0)
      _ = try project.apply(op, at: .t0)
    }
    try projectFolder.saveAll(project)
    var after = project
    let applied = try after.apply(try project.deleteCode(project.code(named: "Søvn")!.id, force: true), at: .t0)
    #expect(applied.touched.count == 3)
    return (projectFolder, project, after, applied.touched)
  }

  @Test func aSaveOfSeveralFilesLeavesNoJournalBehind() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _, after, touched) = try Self.setUp(folder)
    try projectFolder.save(after, files: touched)
    #expect(projectFolder.pendingSave() == nil)
    #expect(try projectFolder.load() == after)
  }

  /// Killed after the journal was written but before (or while) the files were replaced: the
  /// project reads as after the save, and opening it for work finishes the save.
  @Test func anInterruptedSaveIsReadAsFinishedAndFinishedOnRecovery() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, after, touched) = try Self.setUp(folder)
    let contents = touched.sorted().map { (path: $0.description, bytes: projectFolder.bytes(of: $0, in: after)) }
    try AtomicFile.write(SaveJournal(at: .t0, files: contents).encoded(), to: projectFolder.journalFile)
    // only the first file was replaced before the "crash"
    try AtomicFile.write(contents[0].bytes, to: projectFolder.file(contents[0].path))
    #expect(try projectFolder.load() == after)
    let inspection = projectFolder.inspect()
    #expect(inspection.warnings.contains { $0.message.contains("a save was interrupted") })
    let message = try #require(try projectFolder.recover())
    #expect(message.contains("Finished a save that was interrupted") && message.contains("3 files"))
    #expect(projectFolder.pendingSave() == nil)
    #expect(try projectFolder.load() == after)
    #expect(try projectFolder.recover() == nil)
    _ = before
  }

  @Test func aDamagedJournalIsSetAsideNeverApplied() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, after, touched) = try Self.setUp(folder)
    let contents = touched.sorted().map { (path: $0.description, bytes: projectFolder.bytes(of: $0, in: after)) }
    var journal = SaveJournal(at: .t0, files: contents).encoded()
    journal[journal.count - 10] ^= 0xFF  // a flipped byte in the last file's contents
    try AtomicFile.write(journal, to: projectFolder.journalFile)
    #expect(try projectFolder.load() == before)
    #expect(projectFolder.inspect().warnings.contains { $0.message.contains("do not match their checksum") })
    let message = try #require(try projectFolder.recover())
    #expect(message.contains("journal is damaged"))
    #expect(FileManager.default.fileExists(atPath: projectFolder.path + "/.journal-damaged"))
    #expect(try projectFolder.load() == before)
  }

  @Test(arguments: ["../outside.json", "coding/anna/../../x.json", "transcripts/informant3.txt", ".backup/project.json"])
  func aJournalCannotWriteOutsideTheProjectFiles(path: String) throws {
    let journal = SaveJournal(at: .t0, files: [(path, Array("{}".utf8))]).encoded()
    guard case .failure(let damage) = SaveJournal.decode(journal) else {
      Issue.record("a journal naming \(path) was accepted")
      return
    }
    #expect(damage.reason.contains("outside the project"))
  }
}
