/// The session's undo and redo stacks. Each entry holds the operation that takes the project back
/// (or forward) exactly.
public struct UndoHistory: Equatable, Sendable {
  struct Entry: Equatable, Sendable {
    var operation: Operation
    var summary: String
  }

  private var undoStack: [Entry] = []
  private var redoStack: [Entry] = []

  public init() {}

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }
  /// What undo would take back, for the status line.
  public var nextUndoSummary: String? { undoStack.last?.summary }
  public var nextRedoSummary: String? { redoStack.last?.summary }

  /// Records a change just applied; clears what could be redone.
  public mutating func record(_ applied: AppliedOperation) {
    undoStack.append(Entry(operation: applied.inverse, summary: applied.summary))
    redoStack.removeAll()
  }

  /// Takes back the last change. Returns what was applied (its files must be saved), or nil when
  /// there is nothing to undo.
  public mutating func undo(_ project: inout Project, at time: Timestamp = .now()) throws(STCError)
    -> AppliedOperation?
  {
    guard let entry = undoStack.last else { return nil }
    let applied = try project.apply(entry.operation, at: time)
    undoStack.removeLast()
    redoStack.append(Entry(operation: applied.inverse, summary: entry.summary))
    return AppliedOperation(inverse: applied.inverse, touched: applied.touched, summary: "Undid: \(entry.summary)")
  }

  /// Does again the last change taken back, or returns nil when there is none.
  public mutating func redo(_ project: inout Project, at time: Timestamp = .now()) throws(STCError)
    -> AppliedOperation?
  {
    guard let entry = redoStack.last else { return nil }
    let applied = try project.apply(entry.operation, at: time)
    redoStack.removeLast()
    undoStack.append(Entry(operation: applied.inverse, summary: entry.summary))
    return AppliedOperation(inverse: applied.inverse, touched: applied.touched, summary: "Redid: \(entry.summary)")
  }
}
