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

  /// Opens the project in `folder` for `coder`: takes the coder's lock (or throws "busy"), then
  /// finishes a save that was interrupted.
  public init(
    folder: ProjectFolder, coder: CoderName, purpose: String = "stc", ids: IDGenerator = IDGenerator()
  ) throws(STCError) {
    self.folder = folder
    self.lock = try ProjectLock.acquire(folder, coder: coder, purpose: purpose)
    self.recovery = try folder.recover()
    self.project = try folder.load()
    self.coder = coder
    self.ids = ids
  }

  /// Wraps a project already in memory (just created or imported).
  public init(folder: ProjectFolder, project: Project, coder: CoderName, ids: IDGenerator = IDGenerator()) {
    self.folder = folder
    self.project = project
    self.coder = coder
    self.ids = ids
  }

  /// Applies `operation`, saves what it touched and logs it. When the save fails, the change is
  /// taken back in memory too, and the error says why.
  @discardableResult
  public mutating func perform(_ operation: Operation, at time: Timestamp = .now()) throws(STCError) -> AppliedOperation {
    let applied = try project.apply(operation, at: time)
    do {
      try persist(applied, at: time)
    } catch {
      _ = try? project.apply(applied.inverse, at: time)
      throw error
    }
    history.record(applied)
    return applied
  }

  /// Undoes the last change of this session; nil when there is none.
  @discardableResult
  public mutating func undo(at time: Timestamp = .now()) throws(STCError) -> AppliedOperation? {
    guard let applied = try history.undo(&project, at: time) else { return nil }
    do {
      try persist(applied, at: time)
    } catch {
      _ = try? history.redo(&project, at: time)
      throw error
    }
    return applied
  }

  /// Does again the last undone change; nil when there is none.
  @discardableResult
  public mutating func redo(at time: Timestamp = .now()) throws(STCError) -> AppliedOperation? {
    guard let applied = try history.redo(&project, at: time) else { return nil }
    do {
      try persist(applied, at: time)
    } catch {
      _ = try? history.undo(&project, at: time)
      throw error
    }
    return applied
  }

  /// Saves what a change touched and logs it; the caller takes the change back if this throws.
  private func persist(_ applied: AppliedOperation, at time: Timestamp) throws(STCError) {
    try folder.save(project, files: applied.touched, at: time)
    try? folder.appendToLog([ChangeLogEntry(at: time, coder: coder, summary: applied.summary)], coder: coder)
  }

  /// Replaces the project after a change made outside operations (an import), which the caller
  /// has saved.
  mutating func replaceProject(_ project: Project) { self.project = project }
}
