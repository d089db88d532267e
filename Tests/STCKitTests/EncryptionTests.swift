import Foundation
import Testing

@testable import STCKit

/// Encryption at rest: every file sealed, nothing plain on disk while working, the right
/// passphrase opens, a wrong one and a changed file are refused, an interrupted encrypt finishes.
/// (A cheap scrypt cost keeps the tests fast; the CLI tests use the real one.)
@Suite struct EncryptionTests {
  static let cheap = (n: 1 << 10, r: 8, p: 1)
  static let passphrase = "en lang og hemmelig frase"
  /// Words that are in the transcripts, a coding file, a code name and the log: none of them
  /// may be found in any file of an encrypted project.
  static let secrets = ["Jeg sover bedre", "utrygt", "Søvn", "kameraet", "Test æøå"]

  /// The project of `SaveJournalTests` (two coders' coding files sharing a code), encrypted.
  static func encrypted(_ folder: TemporaryFolder) throws -> (ProjectFolder, Project, Project, Set<ProjectFile>) {
    let (plain, before, after, touched) = try SaveJournalTests.setUp(folder)
    try plain.appendToLog([ChangeLogEntry(at: .t0, coder: "anna", summary: "Coded “Jeg sover bedre nå.” as Søvn")], coder: "anna")
    let cipher = try ProjectCipher.create(passphrase: passphrase, cost: cheap)
    let report = try plain.encrypt(with: cipher, coder: "anna")
    #expect(report.files >= 6)
    return (ProjectFolder(path: plain.path, cipher: cipher), before, after, touched)
  }

  /// Every file under the project folder, with its bytes.
  static func everyFile(_ folder: ProjectFolder) -> [(String, [UInt8])] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)!
    var files: [(String, [UInt8])] = []
    while let relative = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: folder.file(relative), isDirectory: &isFolder)
      if !isFolder.boolValue { files.append((relative, Array(FileManager.default.contents(atPath: folder.file(relative)) ?? Data()))) }
    }
    return files
  }

  /// No secret word in any file, and every data file sealed.
  static func expectNothingPlain(_ folder: ProjectFolder, sourceLocation: SourceLocation = #_sourceLocation) {
    for (relative, bytes) in everyFile(folder) {
      for secret in secrets {
        let needle = Array(secret.utf8)
        let found = bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        #expect(!found, "“\(secret)” is readable in \(relative)", sourceLocation: sourceLocation)
      }
      if relative.hasPrefix("transcripts/") || relative.hasPrefix("coding/") || relative == "project.json" || relative.hasPrefix(".backup/") {
        #expect(ProjectCipher.isSealed(bytes), "\(relative) is not sealed", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func everyFileIsSealedAndTheProjectOpensWithItsPassphrase() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, _, _) = try Self.encrypted(folder)
    Self.expectNothingPlain(projectFolder)
    #expect(try projectFolder.load() == before)
    #expect(projectFolder.readLog().map(\.summary) == ["Coded “Jeg sover bedre nå.” as Søvn"])
    let opened = try ProjectFolder(path: projectFolder.path).unlocked(passphrase: Self.passphrase)
    #expect(try opened.load() == before)
    #expect(projectFolder.inspect().problems.isEmpty)
  }

  @Test func aWrongOrMissingPassphraseIsRefusedWithAClearError() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _, after, touched) = try Self.encrypted(folder)
    let wrong = try #require(throws: STCError.self) { try ProjectFolder(path: projectFolder.path).unlocked(passphrase: "not the passphrase") }
    #expect(wrong.kind == .noPermission && wrong.message.contains("not the passphrase of test"))
    let locked = ProjectFolder(path: projectFolder.path)
    let missing = try #require(throws: STCError.self) { try locked.load() }
    #expect(missing.kind == .noPermission && missing.message.contains("is encrypted"))
    // A locked folder never writes: nothing plain reaches the encrypted project.
    #expect(throws: STCError.self) { try locked.save(after, files: touched) }
    #expect(throws: STCError.self) { try locked.appendToLog([ChangeLogEntry(at: .t0, coder: "anna", summary: "Søvn")], coder: "anna") }
    Self.expectNothingPlain(projectFolder)
  }

  @Test func workOnAnEncryptedProjectWritesNothingPlain() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _, after, touched) = try Self.encrypted(folder)
    // a session's change, a backup restored, a save of several files (through the journal)
    var session = try ProjectSession(folder: projectFolder, coder: "anna")
    var renamed = try #require(session.project.code(named: "Søvn"))
    renamed.name = "Søvn og uro"
    try session.perform(.updateCode(renamed), at: .t0)
    Self.expectNothingPlain(projectFolder)
    #expect(projectFolder.backups().allSatisfy { $0.problem == nil })
    _ = try projectFolder.restore("project.json", version: 1)
    #expect(try projectFolder.load().code(named: "Søvn og uro") == nil)
    try projectFolder.save(after, files: touched)
    #expect(try projectFolder.load() == after)
    Self.expectNothingPlain(projectFolder)
    // a draft of unsaved text is sealed too, and reads back
    let draft = Draft(target: "{}", title: "Condensate", text: "Jeg sover bedre nå, utrygt før.", saved: .t0)
    try projectFolder.keepDraft(draft, coder: "anna")
    Self.expectNothingPlain(projectFolder)
    #expect(try projectFolder.draft(of: "anna")?.get() == draft)
    #expect(ProjectFolder(path: projectFolder.path).draft(of: "anna").map { (try? $0.get()) == nil } == true)
    // every file stc made (backups, locks, drafts, encryption.json) is private
    let enumerator = FileManager.default.enumerator(atPath: projectFolder.path)!
    var checked = 0
    while let relative = enumerator.nextObject() as? String {
      var info = stat()
      lstat(projectFolder.file(relative), &info)
      let isFolder = info.st_mode & S_IFMT == S_IFDIR
      #expect(info.st_mode & 0o777 == (isFolder ? 0o700 : 0o600), "\(relative) is \(String(info.st_mode & 0o777, radix: 8))")
      checked += 1
    }
    #expect(checked > 20)
    projectFolder.discardDraft(coder: "anna")
    #expect(projectFolder.draft(of: "anna") == nil)
    // an interrupted save's journal holds sealed files only
    let contents = touched.sorted().map { (path: $0.description, bytes: projectFolder.bytes(of: $0, in: after)) }
    let seal = try projectFolder.sealer()
    try AtomicFile.write(
      SaveJournal(at: .t0, files: contents.map { ($0.path, seal($0.bytes, $0.path)) }).encoded(), to: projectFolder.journalFile)
    Self.expectNothingPlain(projectFolder)
    #expect(try projectFolder.load() == after)
  }

  @Test func aChangedOrMovedFileIsRefused() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _, _, _) = try Self.encrypted(folder)
    let sheet = projectFolder.file("coding/anna/informant3.json")
    var bytes = try AtomicFile.read(sheet)
    let original = bytes
    bytes[bytes.count - 20] ^= 1
    try AtomicFile.write(bytes, to: sheet)
    #expect(projectFolder.inspect().errors.contains { $0.message.contains("cannot be decrypted") })
    // the right bytes under another name do not open either (the path is authenticated)
    try AtomicFile.write(original, to: sheet)
    try FileManager.default.moveItem(atPath: sheet, toPath: projectFolder.file("coding/anna/fokus.json"))
    #expect(projectFolder.inspect().errors.contains { $0.file == "coding/anna/fokus.json" && $0.message.contains("cannot be decrypted") })
    var index = try AtomicFile.read(projectFolder.projectFile)
    index[40] ^= 0x80
    try AtomicFile.write(index, to: projectFolder.projectFile)
    let error = try #require(throws: STCError.self) { try projectFolder.load() }
    #expect(error.message.contains("project.json cannot be decrypted"), "\(error.message)")
  }

  @Test func anInterruptedEncryptionOpensAndFinishes() throws {
    let folder = TemporaryFolder()
    let (plain, before, _, _) = try SaveJournalTests.setUp(folder)
    let cipher = try ProjectCipher.create(passphrase: Self.passphrase, cost: Self.cheap)
    // "killed" after encryption.json and the first transcript
    try AtomicFile.write(ProjectFolder.encode(cipher.settings), to: plain.encryptionFile)
    let first = "transcripts/informant3.txt"
    try AtomicFile.write(cipher.seal(try AtomicFile.read(plain.file(first)), as: first), to: plain.file(first))
    let unlocked = ProjectFolder(path: plain.path, cipher: cipher)
    #expect(try unlocked.load() == before)
    #expect(unlocked.inspect().warnings.contains { $0.message.contains("still in plain text") })
    _ = try unlocked.encrypt(with: cipher, coder: "anna")
    Self.expectNothingPlain(unlocked)
    #expect(unlocked.inspect().problems.isEmpty)
    #expect(try unlocked.load() == before)
    // another passphrase cannot "finish" it
    let other = try ProjectCipher.create(passphrase: "en annen lang frase", cost: Self.cheap)
    #expect(throws: STCError.self) { try unlocked.encrypt(with: other, coder: "anna") }
  }

  @Test func decryptingGivesThePlainProjectBack() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, _, _) = try Self.encrypted(folder)
    let report = try projectFolder.decrypt(coder: "anna")
    #expect(report.files >= 6)
    let plain = ProjectFolder(path: projectFolder.path)
    #expect(!plain.isEncrypted)
    #expect(try plain.load() == before)
    #expect(plain.readLog().count == 1)
    #expect(Self.everyFile(plain).allSatisfy { !ProjectCipher.isSealed($0.1) })
  }

  @Test func encryptingNeedsEveryoneOutAndASoundProject() throws {
    let folder = TemporaryFolder()
    let (plain, _, _, _) = try SaveJournalTests.setUp(folder)
    let cipher = try ProjectCipher.create(passphrase: Self.passphrase, cost: Self.cheap)
    let held = try ProjectLock.acquire(plain, coder: "ola", purpose: "workbench")
    let busy = try #require(throws: STCError.self) { try plain.encrypt(with: cipher, coder: "anna") }
    #expect(busy.kind == .busy)
    held.release()
    try AtomicFile.write(Array("{".utf8), to: plain.file("coding/ola/informant3.json"))
    let damaged = try #require(throws: STCError.self) { try plain.encrypt(with: cipher, coder: "anna") }
    #expect(damaged.message.contains("nothing was changed"))
    #expect(!plain.isEncrypted)
    #expect(throws: STCError.self) { try ProjectCipher.create(passphrase: "kort", cost: Self.cheap) }
  }

  @Test func aMergeOfEncryptedCopiesIsEncrypted() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, _, _) = try Self.encrypted(folder)
    let merged = try ProjectFolder.create(with: before, at: folder.path + "/merged.stc", cipher: projectFolder.cipher)
    Self.expectNothingPlain(merged)
    #expect(try ProjectFolder(path: merged.path).unlocked(passphrase: Self.passphrase).load() == before)
  }

  static let newPassphrase = "en ny og enda lengre frase"

  @Test func changingThePassphraseSealsEveryFileWithTheNewKey() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, _, _) = try Self.encrypted(folder)
    let newCipher = try ProjectCipher.create(passphrase: Self.newPassphrase, cost: Self.cheap)
    let report = try projectFolder.changePassphrase(to: newCipher, coder: "anna")
    #expect(report.files >= 6)
    let locked = ProjectFolder(path: projectFolder.path)
    #expect(!locked.isChangingPassphrase)
    #expect(throws: STCError.self) { try locked.unlocked(passphrase: Self.passphrase) }
    let opened = try locked.unlocked(passphrase: Self.newPassphrase)
    #expect(try opened.load() == before)
    #expect(opened.readLog().map(\.summary) == ["Coded “Jeg sover bedre nå.” as Søvn"])
    #expect(opened.inspect().problems.isEmpty)
    Self.expectNothingPlain(opened)
    // every sealed file and log line opens with the new key, none with the old one
    let old = try #require(projectFolder.cipher)
    for (relative, bytes) in Self.everyFile(opened) where ProjectCipher.isSealed(bytes) {
      let logical = ProjectFolder.sealedPath(of: relative)
      #expect((try? newCipher.open(bytes, as: logical)) != nil, "\(relative) does not open with the new key")
      #expect((try? old.open(bytes, as: logical)) == nil, "\(relative) still opens with the old key")
    }
  }

  /// Killed half way: files under both keys. The project refuses to open (saying what to do)
  /// and to be written; running the change again with the same two passphrases finishes it.
  @Test func anInterruptedPassphraseChangeRefusesToOpenAndFinishes() throws {
    let folder = TemporaryFolder()
    let (projectFolder, before, _, _) = try Self.encrypted(folder)
    let old = try #require(projectFolder.cipher)
    let newCipher = try ProjectCipher.create(passphrase: Self.newPassphrase, cost: Self.cheap)
    try AtomicFile.write(ProjectFolder.encode(newCipher.settings), to: projectFolder.nextEncryptionFile)
    for relative in ["project.json", "transcripts/informant3.txt"] {
      let stored = try AtomicFile.read(projectFolder.file(relative))
      try AtomicFile.write(newCipher.seal(try old.open(stored, as: relative), as: relative), to: projectFolder.file(relative))
    }
    let halfway = try ProjectFolder(path: projectFolder.path).unlocked(passphrase: Self.passphrase)
    let refused = try #require(throws: STCError.self) { try halfway.load() }
    #expect(refused.message.contains("was interrupted") && refused.message.contains("stc passphrase"))
    #expect(throws: STCError.self) { try halfway.save(before, files: [.project]) }
    #expect(throws: STCError.self) { try halfway.decrypt(coder: "anna") }
    // finishing needs the same new passphrase
    let other = try ProjectCipher.create(passphrase: "en helt annen frase", cost: Self.cheap)
    #expect(throws: STCError.self) { try halfway.changePassphrase(to: other, coder: "anna") }
    let next = try #require(try halfway.nextEncryptionSettings())
    let resumed = try ProjectCipher.unlock(next, passphrase: Self.newPassphrase, project: halfway.name)
    _ = try halfway.changePassphrase(to: resumed, coder: "anna")
    let opened = try ProjectFolder(path: projectFolder.path).unlocked(passphrase: Self.newPassphrase)
    #expect(try opened.load() == before)
    #expect(opened.inspect().problems.isEmpty)
    Self.expectNothingPlain(opened)
  }
}
