import Foundation
import STCKit
import STCTerminal

/// Runs the workbench in the terminal: draw, read a key, reduce, carry out the effects.
struct WorkbenchRunner {
  var state: AppState
  let folder: ProjectFolder
  /// The unsaved text last kept on disk, to write the draft only when it changed.
  private var keptDraft: (target: String, text: String)?
  /// The project's files as this workbench last read or wrote them, to find out that another
  /// stc saved them meanwhile.
  private var known: FileStamps
  /// The stamps of the project when it last failed to open, so that it is not read again
  /// every few seconds until something changes.
  private var unreadable: FileStamps?

  init(state: AppState, folder: ProjectFolder, known: FileStamps) {
    self.state = state
    self.folder = folder
    self.known = known
    if case .success(let draft)? = folder.draft(of: state.coder) { keptDraft = (draft.target, draft.text) }
  }

  /// Runs until the user quits. Every change is saved as soon as it is made.
  mutating func run(environment: [String: String]) {
    let backend = NcursesBackend(environment: environment)
    state.size = backend.size
    state.monochrome = backend.monochrome
    var needsDrawing = true
    running: while true {
      if needsDrawing {
        let (buffer, frame) = Workbench.render(state)
        backend.draw(buffer, frame: frame)
      }
      guard let input = backend.read() else {
        needsDrawing = takeInOutsideChanges()
        continue
      }
      needsDrawing = true
      var queue: [Action] = [.input(input)]
      while !queue.isEmpty {
        let action = queue.removeFirst()
        for effect in Workbench.reduce(&state, action) {
          switch effect {
          case .save(let files, let log):
            queue.append(save(files, log: log))
          case .quit:
            break running
          case .suspend:
            backend.suspend()
            queue.append(.input(.resize(backend.size)))
          case .redraw:
            backend.invalidate()
          case .export(let request):
            do {
              queue.append(.exported(try ExportFiles.write(request, of: state.project, into: folder)))
            } catch {
              queue.append(.exportFailed(error.message))
            }
          }
        }
      }
      keepDraft()
    }
    backend.end()
  }

  /// While the workbench waits for a key: when another stc (another coder's workbench, a
  /// command) saved in the project, nothing of this one waits to be saved and no dialog is open
  /// (its choices were made from the project as it was), reads the project again so that the
  /// screen shows their work. Returns whether it did. A project that does not open now is left
  /// to the next save to report, and not read again until it changes.
  mutating func takeInOutsideChanges() -> Bool {
    guard state.pending.isEmpty, state.unsaved.isEmpty, state.overlay == nil else { return false }
    let now = folder.stamps()
    guard now != known, now != unreadable else { return false }
    do {
      // Stamps taken before reading: a save slipping in between is seen next time, not missed.
      let project = try folder.load()
      known = now
      _ = Workbench.reduce(&state, .reloaded(project))
      return true
    } catch {
      unreadable = now
      return false
    }
  }

  /// Writes the text typed but not saved yet to the coder's draft before the next frame, so
  /// that what is on the screen is on disk; removes the draft once the text is saved.
  mutating func keepDraft() {
    guard state.readOnly == nil else { return }
    let draft = state.draft(at: .now())
    if let draft {
      guard keptDraft?.target != draft.target || keptDraft?.text != draft.text else { return }
      do {
        try folder.keepDraft(draft, coder: state.coder)
        keptDraft = (draft.target, draft.text)
      } catch {
        state.status = StatusMessage(state.strings.draftNotKept(error.message), .error)
      }
    } else if keptDraft != nil, state.unsaved.isEmpty {
      folder.discardDraft(coder: state.coder)
      keptDraft = nil
    }
  }

  /// Saves files of the current project atomically and logs the change; reports the outcome.
  /// When another stc saved some of them meanwhile, the pending operations are saved on top of
  /// its version instead of overwriting it.
  mutating func save(_ files: Set<ProjectFile>, log: String) -> Action {
    let outcome: CheckedSave
    do {
      outcome = try folder.save(state.project, files: files, known: &known, replaying: state.pending)
    } catch {
      return .saveFailed(files, error.message)
    }
    if !log.isEmpty {
      try? folder.appendToLog([ChangeLogEntry(at: .now(), coder: state.coder, summary: log)], coder: state.coder)
    }
    guard case .rebased(let rebase) = outcome else { return .saved(files) }
    return .rebased(rebase.project, refused: rebase.refused.map(\.message))
  }
}
