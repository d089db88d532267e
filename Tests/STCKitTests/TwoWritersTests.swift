import Foundation
import Testing

@testable import STCKit

/// Two coders' stc open on one project folder (a shared drive): each saves on top of what the
/// other saved, and nothing of either is overwritten.
@Suite struct TwoWritersTests {
  let folder = TemporaryFolder()
  let projectFolder: ProjectFolder

  init() throws {
    (projectFolder, _) = try Fixture.project(in: folder)
  }

  func code(_ name: String, _ id: CodeID) -> Code { Code(id: id, name: name, colour: .teal, created: .t0) }

  @Test func theirChangesAreKeptAndMineSavedOnTop() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    var jonas = try ProjectSession(folder: projectFolder, coder: "jonas")
    try anna.perform(.createCode(code("Søvn", "code-00000000000a")))
    #expect(anna.rebase == nil)
    // Jonas's project in memory has no “Søvn”; saving his theme must not drop it.
    #expect(jonas.project.code(named: "Søvn") == nil)
    try jonas.perform(.createTheme(Theme(id: "theme-00000000000b", title: "Trygghet"), at: 0))
    #expect(jonas.rebase?.changedOnDisk == ["project.json"])
    let onDisk = try projectFolder.load()
    #expect(onDisk.code(named: "Søvn") != nil && onDisk.themes.map(\.title) == ["Trygghet"])
    #expect(jonas.project == onDisk)
    // Undo works on the version saved: it takes the theme back and leaves Anna's code.
    try jonas.undo()
    let afterUndo = try projectFolder.load()
    #expect(afterUndo.themes.isEmpty && afterUndo.code(named: "Søvn") != nil)
    // Anna's next save finds Jonas's undo and goes on from there.
    try anna.perform(.createCode(code("Ro", "code-00000000000c")))
    #expect(anna.rebase?.changedOnDisk == ["project.json"])
    #expect(try projectFolder.load().codes.count == 2)
  }

  @Test func aChangeThatNoLongerAppliesIsNotMadeAndNothingOfTheirsIsLost() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    try anna.perform(.createCode(code("Søvn", "code-00000000000a")))
    var jonas = try ProjectSession(folder: projectFolder, coder: "jonas")
    try anna.perform(.deleteCode("code-00000000000a"))
    var renamed = jonas.project.codes["code-00000000000a"]!
    renamed.name = "Søvnløshet"
    let error = try #require(throws: STCError.self) { try jonas.perform(.updateCode(renamed)) }
    #expect(error.kind == .busy)
    #expect(error.message.hasPrefix("Someone else saved project.json meanwhile, and this change no longer applies"))
    #expect(try projectFolder.load().codes.isEmpty)
    #expect(jonas.project.codes.isEmpty && !jonas.history.canUndo)
  }

  /// A change to a coding file matters to `project.json` and the other way round: a meaning unit
  /// coded with a code that another coder deleted meanwhile is refused, not saved dangling.
  @Test func codingWithACodeDeletedMeanwhileIsRefused() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    try anna.perform(.createCode(code("Søvn", "code-00000000000a")))
    var jonas = try ProjectSession(folder: projectFolder, coder: "jonas")
    try anna.perform(.deleteCode("code-00000000000a"))
    let unit = MeaningUnit(
      id: "mu-00000000000d", transcript: "informant3", coder: "jonas",
      span: Fixture.span(of: "Jeg sover bedre nå.", in: jonas.project, "informant3"), codes: ["code-00000000000a"],
      created: .t0)
    #expect(throws: STCError.self) { try jonas.perform(.addMeaningUnit(unit)) }
    #expect(projectFolder.inspect().errors.isEmpty)
    #expect(try projectFolder.load().sheets.values.allSatisfy(\.isEmpty))

    // Anna coding in her own file is found by Jonas's next save too, and kept.
    try anna.perform(.createCode(code("Ro", "code-00000000000e")))
    var annas = unit
    annas.id = "mu-00000000000f"
    annas.coder = "anna"
    annas.codes = ["code-00000000000e"]
    try anna.perform(.addMeaningUnit(annas))
    try jonas.perform(.createTheme(Theme(id: "theme-00000000000b", title: "Trygghet"), at: 0))
    #expect(jonas.rebase?.changedOnDisk == ["coding", "coding/anna", "project.json"])
    #expect(jonas.project.unit("mu-00000000000f") != nil)
    #expect(projectFolder.inspect().errors.isEmpty)
  }

  /// A file system whose clock ticks coarsely can give a folder the same time before and after
  /// a save; the count of saves in the save lock still shows it. (The tick is imitated by
  /// putting the folders' times back.)
  @Test func aSaveWithinOneTickOfTheClockIsStillSeen() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    try anna.perform(.createCode(code("Søvn", "code-00000000000a")))
    try anna.perform(.createCode(code("Ro", "code-00000000000b")))
    var jonas = try ProjectSession(folder: projectFolder, coder: "jonas")
    func unit(_ id: MeaningUnitID, _ words: String, _ code: CodeID) -> MeaningUnit {
      MeaningUnit(
        id: id, transcript: "informant3", coder: "jonas", span: Fixture.span(of: words, in: jonas.project, "informant3"),
        codes: [code], created: .t0)
    }
    try jonas.perform(.addMeaningUnit(unit("mu-00000000000d", "Jeg sover bedre nå.", "code-00000000000b")))
    try anna.perform(.createCode(code("Uro", "code-00000000000c")))
    #expect(anna.rebase != nil)

    let folders = [projectFolder.codingFolder, projectFolder.codingFolder + "/jonas"]
    let times = folders.map { path -> timespec in
      var info = stat()
      stat(path, &info)
      return info.st_mtim
    }
    try jonas.perform(.addMeaningUnit(unit("mu-00000000000e", "utrygt", "code-00000000000a")))
    for (path, time) in zip(folders, times) {
      var both = [time, time]
      #expect(utimensat(AT_FDCWD, path, &both, 0) == 0)
    }
    // Anna would delete “Søvn”, which Jonas has just used: refused, not saved dangling.
    #expect(throws: STCError.self) { try anna.perform(.deleteCode("code-00000000000a")) }
    #expect(anna.rebase?.changedOnDisk == ["the project"])
    #expect(projectFolder.inspect().errors.isEmpty)
  }

  @Test func oneWriterAloneNeverRebases() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    for n in 1...5 {
      try anna.perform(.createCode(code("Kode \(n)", CodeID("code-00000000000\(n)"))))
      #expect(anna.rebase == nil)
    }
    try anna.undo()
    try anna.redo()
    let onDisk = try projectFolder.load()
    #expect(anna.rebase == nil && onDisk == anna.project)
  }

  /// The save lock keeps other processes out: a save waits while `flock(1)` holds the lock.
  @Test func aSaveWaitsForAnotherProcessThatHoldsTheSaveLock() throws {
    var anna = try ProjectSession(folder: projectFolder, coder: "anna")
    let started = folder.path + "/started", finished = folder.path + "/finished"
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = [
      projectFolder.path + "/.locks/.save.lock", "-c", "touch '\(started)'; sleep 0.5; touch '\(finished)'",
    ]
    try holder.run()
    while !FileManager.default.fileExists(atPath: started) { Thread.sleep(forTimeInterval: 0.01) }
    try anna.perform(.createCode(code("Søvn", "code-00000000000a")))
    // (the holder's last act before letting go; `isRunning` would lag behind the kernel)
    #expect(FileManager.default.fileExists(atPath: finished))
    holder.waitUntilExit()
  }

  /// Within one process the lock is taken once: a save inside `withSaveLock` (as the import
  /// commands do it) does not wait for itself.
  @Test func theSaveLockIsReentrantWithinAProcess() throws {
    let project = try projectFolder.withSaveLock { () throws(STCError) in
      var project = try projectFolder.load()
      project.metadata.title = "Ny tittel"
      try projectFolder.save(project, files: [.project])
      return project
    }
    #expect(try projectFolder.load() == project)
  }
}
