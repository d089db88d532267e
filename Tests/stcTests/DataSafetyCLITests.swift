import Foundation
import STCKit
import Testing

/// Data safety, end to end: the crash harness kills a writer process 200 times while it saves.
@Suite struct CrashCLITests {
  @Test func killedWritersNeverLeaveAMixedProject() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let result = try cli.run(["bench", "--crash", "--runs", "200", "--allow-debug", "--work-folder", cli.work + "/crash"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("crash test: 200 of 200 kills left a project that opens"), "\(result.stdout)")
  }

  @Test func killedWritersNeverLeaveAnEncryptedProjectThatDoesNotOpen() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let result = try cli.run(["bench", "--crash", "--encrypted", "--runs", "100", "--allow-debug", "--work-folder", cli.work + "/crash"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("crash test (encrypted project): 100 of 100 kills left a project that opens"), "\(result.stdout)")
  }
}

@Suite struct LockAndBackupCLITests {
  @Test func aSecondStcForTheSameCoderIsToldWhoHasTheProject() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    // This test process plays the workbench that has the project open for anna.
    let lock = try ProjectLock.acquire(ProjectFolder(path: cli.work + "/demo.stc"), coder: "anna", purpose: "workbench")
    let error = try cli.fails(75, "memo", "demo.stc", "add", "--text", "Et notat")
    #expect(error.contains("This project is open for anna in another stc: workbench (process \(getpid())"))
    #expect(error.contains("Close it there first"))
    // another coder may work, and reading needs no lock
    #expect(try cli.run(["memo", "demo.stc", "add", "--text", "Jonas sitt notat", "--coder", "jonas"]).status == 0)
    #expect(try cli.ok("codes", "demo.stc").contains("Trygghet"))
    lock.release()
    try cli.ok("memo", "demo.stc", "add", "--text", "Et notat")
  }

  @Test func backupsAreListedAndRestored() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("init", "t", "--title", "Først")
    try cli.ok("memo", "t.stc", "add", "--text", "En")
    try cli.ok("memo", "t.stc", "add", "--text", "To")
    let list = try cli.ok("backups", "t.stc")
    #expect(list.contains("project.json") && list.contains("Readable"))
    #expect(list.contains("stc restore t.stc FILE --version N"))
    try cli.ok("restore", "t.stc", "project.json", "--version", "2")
    let memos = try cli.ok("memo", "t.stc", "list")
    #expect(!memos.contains("En") && !memos.contains("To"), "\(memos)")
    try cli.ok("restore", "t.stc", "project.json")
    #expect(try cli.ok("memo", "t.stc", "list").contains("To"))
    #expect(try cli.fails(66, "restore", "t.stc", "coding/anna/none.json").contains("There is no backup"))
    #expect(try cli.fails(64, "restore", "t.stc", "../etc/passwd").contains("not a project file"))
  }
}
