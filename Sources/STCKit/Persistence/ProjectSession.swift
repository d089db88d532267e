/// An open project with its folder and the coder at work: applies operations, saves the files
/// they touch at once, logs them, and keeps the undo history.
public struct ProjectSession: Sendable {
  public let folder: ProjectFolder
  public private(set) var project: Project
  public let coder: CoderName
  public private(set) var history = UndoHistory()
  /// Makes ids for new objects.
  public var ids: IDGenerator

  /// What opening found and finished: a save that was interrupted (see `SaveJournal`).
  public private(set) var recovery: String?
  /// The lock this session holds on the project for its coder, while it lives.
  public private(set) var lock: ProjectLock?
  /// The files as this session last read or wrote them: a save finds out from them that
  /// someone else saved meanwhile (see `ProjectFolder.save(_:files:known:replaying:at:)`).
  private var known: FileStamps
  /// What the last save found when someone else had saved meanwhile; nil when nobody had.
  public private(set) var rebase: Rebase?

  /// Opens the project in `folder` for `coder`: takes the coder's lock (or throws "busy"), then
  /// finishes a save that was interrupted.
  public init(
    folder: ProjectFolder, coder: CoderName, purpose: String = "stc", ids: IDGenerator = IDGenerator()
  ) throws(STCError) {
    self.folder = folder
    self.lock = try ProjectLock.acquire(folder, coder: coder, purpose: purpose)
    (self.project, self.known, self.recovery) = try folder.loadForWork()
    self.coder = coder
    self.ids = ids
  }

  /// Wraps a project already in memory (just created or imported).
  public init(folder: ProjectFolder, project: Project, coder: CoderName, ids: IDGenerator = IDGenerator()) {
    self.folder = folder
    self.project = project
    self.coder = coder
    self.ids = ids
    self.known = folder.stamps()
  }

  /// Applies `operation`, saves what it touched and logs it. When the save fails, the change is
  /// taken back in memory too, and the error says why. When someone else saved the same files
  /// meanwhile, the change is made on top of their version (see `rebase`), or, when it no
  /// longer applies there, not made at all: an error says why, and the session goes on with
  /// their version.
  @discardableResult
  public mutating func perform(_ operation: Operation, at time: Timestamp = .now()) throws(STCError) -> AppliedOperation {
    let applied = try project.apply(operation, at: time)
    let outcome: Result<AppliedOperation, STCError>
    do {
      outcome = try persist(applied, replaying: operation, at: time)
    } catch {
      _ = try? project.apply(applied.inverse, at: time)
      throw error
    }
    let saved = try outcome.get()
    history.record(saved)
    return saved
  }

  /// Undoes the last change of this session; nil when there is none.
  @discardableResult
  public mutating func undo(at time: Timestamp = .now()) throws(STCError) -> AppliedOperation? {
    let operation = history.undoOperation
    guard let applied = try history.undo(&project, at: time), let operation else { return nil }
    let outcome: Result<AppliedOperation, STCError>
    do {
      outcome = try persist(applied, replaying: operation, at: time)
    } catch {
      _ = try? history.redo(&project, at: time)
      throw error
    }
    return try outcome.get()
  }

  /// Does again the last undone change; nil when there is none.
  @discardableResult
  public mutating func redo(at time: Timestamp = .now()) throws(STCError) -> AppliedOperation? {
    let operation = history.redoOperation
    guard let applied = try history.redo(&project, at: time), let operation else { return nil }
    let outcome: Result<AppliedOperation, STCError>
    do {
      outcome = try persist(applied, replaying: operation, at: time)
    } catch {
      _ = try? history.undo(&project, at: time)
      throw error
    }
    return try outcome.get()
  }

  /// Saves what a change touched and logs it; throws when nothing was saved (the caller takes
  /// the change back). When someone else had saved meanwhile, the session goes on with their
  /// version, and the result is the change as made there, or why it no longer applies (then
  /// there is nothing to take back).
  private mutating func persist(_ applied: AppliedOperation, replaying operation: Operation, at time: Timestamp)
    throws(STCError) -> Result<AppliedOperation, STCError>
  {
    let outcome = try folder.save(project, files: applied.touched, known: &known, replaying: [operation], at: time)
    var saved = applied
    rebase = nil
    if case .rebased(let rebase) = outcome {
      self.rebase = rebase
      project = rebase.project
      guard let again = rebase.applied.first else {
        return .failure(
          .busy(
            "Someone else saved \(rebase.changedOnDisk.joined(separator: ", ")) meanwhile, and "
              + "this change no longer applies to their version: \(rebase.refused.first?.message ?? "") Nothing was "
              + "changed; look again."))
      }
      saved = AppliedOperation(inverse: again.inverse, touched: again.touched, summary: applied.summary, label: applied.label)
    }
    try? folder.appendToLog([ChangeLogEntry(at: time, coder: coder, summary: saved.summary)], coder: coder)
    return .success(saved)
  }

  /// Replaces the project after a change made outside operations (an import), which the caller
  /// has saved.
  mutating func replaceProject(_ project: Project) { self.project = project }
}
