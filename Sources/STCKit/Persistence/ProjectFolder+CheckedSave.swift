/// What a checked save did (see `ProjectFolder.save(_:files:known:replaying:at:)`).
public enum CheckedSave: Sendable {
  /// The files were written as they were in memory.
  case saved
  /// Someone else had changed files this save would have written: their version was read from
  /// disk, the unsaved operations applied to it, and that was saved.
  case rebased(Rebase)
}

/// A save made on top of changes someone else saved meanwhile: another coder's workbench on the
/// same folder, a command, a `git pull`.
public struct Rebase: Sendable {
  /// The project as it is now on disk: theirs with ours on top. The session continues with it.
  public var project: Project
  /// What had changed on disk: `project.json`, `coding/<coder>` (see `FileStamps`).
  public var changedOnDisk: [String]
  /// The unsaved operations that applied to their version, in order, as applied there.
  public var applied: [AppliedOperation]
  /// Why the others did not apply (a code they deleted, say); those changes are not made.
  public var refused: [STCError]
}

extension ProjectFolder {
  /// Opens the project for work as the only writer for a moment: finishes a save that was
  /// interrupted, reads the project and takes the stamps of the very files it read.
  public func loadForWork() throws(STCError) -> (project: Project, stamps: FileStamps, recovery: String?) {
    try withSaveLock { () throws(STCError) in
      let recovery = try recover()
      let project = try load()
      return (project, stamps(), recovery)
    }
  }

  /// Saves `files` of `project`, unless someone else saved in the folder since the session read
  /// or wrote it (`known`): then nothing of theirs is overwritten. Their version is read again,
  /// `pending` (the session's operations not saved yet, in order) is applied to it, and the
  /// result is saved. Any change counts, not only to `files`: a code deleted in `project.json`
  /// matters to a meaning unit coded with it in a coding file, and the other way round.
  /// `known` is brought up to date either way. Everything happens as the only writer of the
  /// folder (`withSaveLock`), so no other save slips in between.
  public func save(
    _ project: Project, files: Set<ProjectFile>, known: inout FileStamps, replaying pending: [Operation],
    at time: Timestamp = .now()
  ) throws(STCError) -> CheckedSave {
    try withSaveLock { () throws(STCError) -> CheckedSave in
      let changed = changedOnDisk(since: known)
      guard !changed.isEmpty else {
        try save(project, files: files, at: time)
        known = stamps()
        return .saved
      }
      try recover()
      var theirs = try load()
      var applied: [AppliedOperation] = []
      var refused: [STCError] = []
      var touched: Set<ProjectFile> = []
      for operation in pending {
        do throws(STCError) {
          let change = try theirs.apply(operation, at: time)
          applied.append(change)
          touched.formUnion(change.touched)
        } catch {
          refused.append(error)
        }
      }
      if !touched.isEmpty { try save(theirs, files: touched, at: time) }
      known = stamps()
      return .rebased(Rebase(project: theirs, changedOnDisk: changed, applied: applied, refused: refused))
    }
  }
}
