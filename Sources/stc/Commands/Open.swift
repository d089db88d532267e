import ArgumentParser
import Foundation
import STCKit
import STCTerminal

struct Open: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open a project (the default command).",
    discussion: """
      With no project named, opens the project in the current folder (or the one folder NAME.stc \
      in it), else a working copy of the demo project in your data folder, and says where it is.

      Examples:
        stc
        stc thesis.stc --coder anna --lang nb
      """)

  @Argument(help: "The project folder; see the discussion for the default.")
  var project: String?

  @OptionGroup var coder: CoderOption

  @Option(help: "The language of the workbench: en or nb (default: from LANG).")
  var lang: Language?

  @Flag(help: "Print the project's summary instead of opening the workbench.")
  var summary = false

  func execute() throws(STCError) {
    let folder: ProjectFolder
    var isDemo = false
    let environment = ProcessInfo.processInfo.environment
    let norwegian = (lang ?? Language.from(environment: environment)) == .nb
    if let project {
      folder = try ProjectFolder.locate(project).unlockedFromConsole(norwegian: norwegian)
    } else if let found = ProjectFolder.discover() {
      folder = try found.unlockedFromConsole(norwegian: norwegian)
    } else {
      let demo = try DataFolder.demo()
      folder = demo.folder
      isDemo = true
      Console.line(demo.created ? "Created a working copy of the demo project in \(folder.path)." : "Opening the demo project in \(folder.path).")
    }
    let interactive = !summary && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    // Opening for work takes the coder's lock and finishes a save that was interrupted; when
    // another stc holds the lock, the workbench opens read-only. A summary only reads.
    var lock: ProjectLock?
    var readOnly: String?
    if interactive {
      switch try ProjectLock.tryAcquire(folder, coder: try coder.resolve(), purpose: "workbench") {
      case .success(let taken): lock = taken
      case .failure(let held): readOnly = held.message
      }
    }
    defer { lock?.release() }
    let project: Project
    let known: FileStamps
    var recovery: String?
    if lock == nil {
      // Read-only, nothing is written, not even a journal finished. The stamps come before the
      // reading, so that a save slipping in between is seen, not missed.
      known = folder.stamps()
      project = try folder.load()
    } else {
      (project, known, recovery) = try folder.loadForWork()
    }
    // A pipe or a file gets the summary: the workbench needs a terminal.
    guard interactive else {
      Console.print(Reports.summary(project, folder: folder))
      Console.line("")
      Console.print(Reports.transcripts(project))
      return
    }
    var state = AppState(
      project: project, projectPath: folder.path, coder: try coder.resolve(),
      language: lang ?? Language.from(environment: environment), size: Size(width: 80, height: 24))
    if isDemo { state.status = StatusMessage(state.strings.demoAt(folder.path)) }
    if let recovery { state.status = StatusMessage(recovery, .success) }
    // Text that a session which died had not saved yet goes back into the editor.
    if lock != nil, let kept = folder.draft(of: state.coder) {
      switch kept {
      case .success(let draft):
        if !state.recover(draft) {
          state.status = StatusMessage(state.strings.unrecoveredDraft(folder.file(ProjectFolder.draftPath(state.coder))), .error)
        }
      case .failure(let error):
        state.status = StatusMessage(error.message, .error)
      }
    }
    if let readOnly {
      state.readOnly = readOnly
      state.status = StatusMessage(state.strings.readOnly(readOnly), .error)
    }
    var runner = WorkbenchRunner(state: state, folder: folder, known: known)
    runner.run(environment: environment)
  }
}

extension Language: ExpressibleByArgument {}
