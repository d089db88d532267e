/// The session's undo and redo stacks. Each entry holds the operation that takes the project back
/// (or forward) exactly.
public struct UndoHistory: Equatable, Sendable {
  struct Entry: Equatable, Sendable {
    var operation: Operation
    /// The change's English summary, for the log.
    var summary: String
    /// The change's name in the user's language, for the status line.
    var label: String
  }

  private var undoStack: [Entry] = []
  private var redoStack: [Entry] = []

  public init() {}

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }
  /// What undo would take back, for the status line.
  public var nextUndoSummary: String? { undoStack.last?.label }
  public var nextRedoSummary: String? { redoStack.last?.label }
  /// The operation undo would apply.
  public var undoOperation: Operation? { undoStack.last?.operation }
  /// The operation redo would apply.
  public var redoOperation: Operation? { redoStack.last?.operation }

  /// Records a change just applied; clears what could be redone. `label` names the change in
  /// the user's language (the applied operation's English summary by default).
  public mutating func record(_ applied: AppliedOperation, label: String? = nil) {
    undoStack.append(Entry(operation: applied.inverse, summary: applied.summary, label: label ?? applied.summary))
    redoStack.removeAll()
  }

  /// Takes back the last change. Returns what was applied (its files must be saved), with the
  /// log summary "Undid: …" and the taken-back change's label; nil when there is nothing to undo.
  public mutating func undo(_ project: inout Project, at time: Timestamp = .now()) throws(STCError)
    -> AppliedOperation?
  {
    guard let entry = undoStack.last else { return nil }
    let applied = try project.apply(entry.operation, at: time)
    undoStack.removeLast()
    redoStack.append(Entry(operation: applied.inverse, summary: entry.summary, label: entry.label))
    return AppliedOperation(
      inverse: applied.inverse, touched: applied.touched, summary: "Undid: \(entry.summary)", label: entry.label)
  }

  /// Does again the last change taken back, or returns nil when there is none.
  public mutating func redo(_ project: inout Project, at time: Timestamp = .now()) throws(STCError)
    -> AppliedOperation?
  {
    guard let entry = redoStack.last else { return nil }
    let applied = try project.apply(entry.operation, at: time)
    redoStack.removeLast()
    undoStack.append(Entry(operation: applied.inverse, summary: entry.summary, label: entry.label))
    return AppliedOperation(
      inverse: applied.inverse, touched: applied.touched, summary: "Redid: \(entry.summary)", label: entry.label)
  }
}
