import STCKit

/// Where the time for changes comes from: the system clock, or a fixed time in tests.
public enum Clock: Equatable, Sendable {
  case system
  case fixed(Timestamp)

  public func now() -> Timestamp {
    switch self {
    case .system: .now()
    case .fixed(let time): time
    }
  }
}

/// A short message in the status line, shown until the next key.
public struct StatusMessage: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case info, success, error }
  public var text: String
  public var kind: Kind

  public init(_ text: String, _ kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// Which screen fills the window.
public enum ScreenID: Equatable, Sendable {
  case overview, coding
  /// Step 1: preliminary themes and memos.
  case themes
  /// Step 2, the end of it: sorting the codebook.
  case codebook
  /// Step 3: a list of subgroups, then one subgroup's condensation.
  case condensation
  /// Step 4: a list of subgroups, then one subgroup's analytic text.
  case synthesis
  /// The results chapter, the tables and the CSV.
  case export
  /// Two coders' codings side by side, to agree on a third.
  case reconcile
}

/// A box over the current screen, which takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
  case help(scroll: Int)
  case picker(CodePickerState)
  case search(TextField)
  case unitList(UnitListState)
  case editor(EditorOverlay)
  case input(InputOverlay)
  case chooser(ChooserState)
  case confirm(ConfirmState)
}

/// Everything the workbench shows, as one value: the project plus one small state per screen.
public struct AppState: Equatable, Sendable {
  public var project: Project
  public var projectPath: String
  public var coder: CoderName
  public var language: Language
  /// No colours (NO_COLOR): codes are told apart by patterns and labels.
  public var monochrome: Bool
  public var size: Size
  public var screen: ScreenID = .overview
  public var overview = OverviewState()
  public var coding: CodingState?
  public var themes = ThemesState()
  public var codebook = CodebookState()
  public var steps = StepsState()
  public var export: ExportState?
  public var reconcile: ReconcileState?
  /// Where Esc in the coding view goes back to, after a jump to a meaning unit's context.
  public var returnScreen: ScreenID?
  public var overlay: Overlay?
  public var history = UndoHistory()
  public var status: StatusMessage?
  /// Files changed in memory whose save has not succeeded yet.
  public var unsaved: Set<ProjectFile> = []
  /// The operations applied since everything was last saved, in order: when someone else saved
  /// the same files meanwhile, they are applied again to that version (see `Action.rebased`).
  public var pending: [Operation] = []
  /// Why the last save failed, while something is unsaved.
  public var saveError: String?
  /// Set after a first `q` with unsaved changes: a second `q` quits anyway.
  public var quitWarned = false
  public var mouse = false
  /// Why the project is open read-only (another stc holds it for this coder); nil when it is
  /// open for work.
  public var readOnly: String?
  public var ids: IDGenerator
  public var clock: Clock

  public init(
    project: Project, projectPath: String, coder: CoderName, language: Language, monochrome: Bool = false,
    size: Size, ids: IDGenerator = IDGenerator(), clock: Clock = .system
  ) {
    self.project = project
    self.projectPath = projectPath
    self.coder = coder
    self.language = language
    self.monochrome = monochrome
    self.size = size
    self.ids = ids
    self.clock = clock
  }

  public var strings: Strings { Strings(language) }

  /// Whether the window is big enough for the workbench.
  public var isTooSmall: Bool { size.width < 80 || size.height < 24 }

  /// The key scopes in force, most specific first.
  public var scopes: [KeyScope] {
    switch overlay {
    case .help: return [.helpOverlay]
    case .picker: return [.picker]
    case .search, .input: return [.textField]
    case .editor: return [.editor]
    case .chooser: return [.chooser]
    case .confirm: return [.confirm]
    case .unitList: return [.unitList, .global]
    case nil: break
    }
    switch screen {
    case .overview: return [.overview, .global]
    case .themes: return [.themes, .global]
    case .export: return [.export, .global]
    case .reconcile: return [.reconcile, .global]
    case .codebook: return [.codebook, .global]
    case .condensation, .synthesis:
      guard let work = steps.work else { return [.subgroupList, .global] }
      if work.focus == .text { return [.editor] }
      return [screen == .condensation ? .condensation : .synthesis, .global]
    case .coding:
      guard let coding else { return [.global] }
      if coding.focus == .panel { return [.panel, .global] }
      return coding.selection != nil ? [.selection, .coding, .global] : [.coding, .global]
    }
  }
}

/// What happened: a key or other input, or the outcome of an effect.
public enum Action: Equatable, Sendable {
  case input(Input)
  case saved(Set<ProjectFile>)
  case saveFailed(Set<ProjectFile>, String)
  /// Someone else (another coder's stc on the same folder, a command) had saved in the project
  /// meanwhile: the project is now theirs with the pending operations on top, saved; `refused`
  /// says why pending operations that no longer applied were not made.
  case rebased(Project, refused: [String])
  /// Another stc saved in the project while this workbench had nothing to save: its version,
  /// read again.
  case reloaded(Project)
  /// The export files were written here.
  case exported([String])
  case exportFailed(String)
}

/// What the reducer asks the outside world to do. Plain data: tests compare them.
public enum Effect: Equatable, Sendable {
  /// Save these files of `state.project` atomically and log the change.
  case save(Set<ProjectFile>, log: String)
  case quit
  case suspend
  /// Repaint every cell (after Ctrl-L or a resume).
  case redraw
  /// Write the Markdown and CSV exports.
  case export(ExportRequest)
}
