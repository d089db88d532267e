import Foundation
import Testing

@testable import STCKit

@Suite struct ProjectLockTests {
  @Test func aSecondOpenerFindsTheLockAndWhoHoldsIt() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _) = try Fixture.project(in: folder)
    let first = try ProjectLock.acquire(projectFolder, coder: "anna", purpose: "workbench")
    guard case .failure(let held) = try ProjectLock.tryAcquire(projectFolder, coder: "anna", purpose: "stc code") else {
      Issue.record("the lock was taken twice")
      return
    }
    #expect(held.holder?.pid == getpid() && held.holder?.purpose == "workbench")
    #expect(held.message.hasPrefix("This project is open for anna in another stc: workbench (process \(getpid())"))
    let error = try #require(throws: STCError.self) { try ProjectLock.acquire(projectFolder, coder: "anna", purpose: "x") }
    #expect(error.kind == .busy && error.exitCode == 75)
    // another coder is not kept out
    let other = try ProjectLock.acquire(projectFolder, coder: "ola", purpose: "workbench")
    other.release()
    first.release()
    let again = try ProjectLock.acquire(projectFolder, coder: "anna", purpose: "stc code")
    #expect(again.tookOverFrom == nil)
    again.release()
  }

  @Test func aLockLeftByAProcessThatEndedIsTakenOver() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _) = try Fixture.project(in: folder)
    try AtomicFile.makeFolder(projectFolder.path + "/.locks")
    let gone = ProjectLock.Holder(pid: 999_999, host: "laptop", user: "kari", since: .t0, purpose: "workbench")
    try AtomicFile.write(Array(try JSONEncoder().encode(gone)), to: projectFolder.path + "/.locks/anna.lock")
    let lock = try ProjectLock.acquire(projectFolder, coder: "anna", purpose: "workbench")
    #expect(lock.tookOverFrom == gone)
    lock.release()
  }

  @Test func aSessionHoldsTheLockWhileItLives() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _) = try Fixture.project(in: folder)
    var session: ProjectSession? = try ProjectSession(folder: projectFolder, coder: "anna")
    #expect(throws: STCError.self) { try ProjectSession(folder: projectFolder, coder: "anna") }
    #expect(session?.lock != nil)
    session = nil
    #expect(try ProjectSession(folder: projectFolder, coder: "anna").lock != nil)
  }
}

@Suite struct BackupTests {
  @Test func theLastFiveVersionsOfEachFileAreKeptAndCanBeRestored() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    var titles: [String] = [project.metadata.title]
    for n in 1...7 {
      project.metadata.title = "Versjon \(n)"
      titles.append(project.metadata.title)
      try projectFolder.save(project, files: [.project])
    }
    let kept = projectFolder.backups().filter { $0.file == "project.json" }
    #expect(kept.map(\.version) == [1, 2, 3, 4, 5])
    #expect(kept.allSatisfy { $0.problem == nil })
    // backup 1 is the version before the current one
    func title(ofBackup version: Int) throws -> String {
      let bytes = try AtomicFile.read(AtomicFile.backupPath(projectFolder.backupFile("project.json"), version: version))
      guard case .success(let document) = ProjectFolder.decodeVersioned(ProjectDocument.self, from: bytes) else { return "?" }
      return document.project.title
    }
    #expect(try (1...5).map(title(ofBackup:)) == ["Versjon 6", "Versjon 5", "Versjon 4", "Versjon 3", "Versjon 2"])
    // restoring version 3 brings "Versjon 4" back, and the replaced version becomes backup 1
    let problems = try projectFolder.restore("project.json", version: 3)
    #expect(problems.filter { $0.severity == .error }.isEmpty)
    #expect(try projectFolder.load().metadata.title == "Versjon 4")
    #expect(try title(ofBackup: 1) == "Versjon 7")
    _ = try projectFolder.restore("project.json", version: 1)
    #expect(try projectFolder.load().metadata.title == "Versjon 7")
  }

  @Test func aBackupThatCannotBeReadIsNotRestored() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    project.metadata.title = "Ny"
    try projectFolder.save(project, files: [.project])
    try AtomicFile.write(Array("{ broken".utf8), to: projectFolder.backupFile("project.json"))
    #expect(projectFolder.backups().first?.problem != nil)
    let error = try #require(throws: STCError.self) { try projectFolder.restore("project.json", version: 1) }
    #expect(error.message.contains("cannot be read") && error.message.contains("not restored"))
    #expect(try projectFolder.load().metadata.title == "Ny")
    #expect(throws: STCError.self) { try projectFolder.restore("transcripts/informant3.txt", version: 1) }
    #expect(throws: STCError.self) { try projectFolder.restore("project.json", version: 9) }
  }
}
