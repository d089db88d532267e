import STCKit

/// The workbench's one reducer and one render function: the whole TUI as pure functions of
/// state, so that every screen and key sequence can be tested without a terminal.
public enum Workbench {
  /// Applies an action to the state and returns what the outside world must do.
  public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .saved(let files):
      state.unsaved.subtract(files)
      if state.unsaved.isEmpty {
        state.saveError = nil
        state.pending = []
      }
      return []
    case .rebased(let project, let refused):
      state.project = project
      state.unsaved = []
      state.pending = []
      state.saveError = nil
      state.status = refused.isEmpty
        ? StatusMessage(state.strings.rebased, .success)
        : StatusMessage(state.strings.rebasedRefused(refused.count, refused[0]), .error)
      afterChange(&state)
      return []
    case .reloaded(let project):
      state.project = project
      state.status = StatusMessage(state.strings.reloaded)
      afterChange(&state)
      return []
    case .saveFailed(let files, let message):
      state.unsaved.formUnion(files)
      state.saveError = message
      state.status = StatusMessage(state.strings.notSaved(message), .error)
      return []
    case .exported(let paths):
      state.export?.written = paths
      state.status = StatusMessage(state.strings.exportDone, .success)
      return []
    case .exportFailed(let message):
      state.status = StatusMessage(message, .error)
      return []
    case .input(let input):
      return handle(&state, input)
    }
  }

  static func handle(_ state: inout AppState, _ input: Input) -> [Effect] {
    switch input {
    case .resize(let size):
      state.size = size
      if state.screen == .coding {
        CodingScreen.clampCursor(&state)
        CodingScreen.ensureCursorVisible(&state)
      }
      OverviewScreen.clampScroll(&state)
      return []
    case .mouse(let event):
      return state.mouse ? MouseInput.handle(&state, event) : []
    case .paste(let text):
      return paste(&state, text)
    case .key(let key):
      if key != .char("q") { state.quitWarned = false }
      state.status = nil
      if state.isTooSmall, Keymap.default.command(for: key, in: [.global]) != .quit, key != .ctrl("c") { return [] }
      return handleKey(&state, key)
    }
  }

  static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
    switch state.overlay {
    case .picker(var picker):
      picker.field.paste(text)
      picker.selected = 0
      state.overlay = .picker(picker)
    case .editor(let overlay):
      return EditorOverlay.reduce(&state, overlay, .paste(text))
    case .input(let overlay):
      return InputOverlay.reduce(&state, overlay, .paste(text))
    case .chooser(let chooser):
      return Chooser.reduce(&state, chooser, .paste(text))
    case .search(var field):
      field.paste(text)
      state.overlay = .search(field)
    case nil where state.steps.work?.focus == .text && [.condensation, .synthesis].contains(state.screen):
      return SubgroupWorkScreen.edit(&state, .paste(text), step: state.screen == .condensation ? 3 : 4)
    default:
      break
    }
    return []
  }

  static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .ctrl("c") { return quit(&state) }
    switch state.overlay {
    case .picker(let picker):
      return CodePicker.reduce(&state, picker, input: .key(key))
    case .editor(let overlay):
      return EditorOverlay.reduce(&state, overlay, .key(key))
    case .input(let overlay):
      return InputOverlay.reduce(&state, overlay, .key(key))
    case .chooser(let chooser):
      return Chooser.reduce(&state, chooser, .key(key))
    case .confirm(let confirm):
      return ConfirmState.reduce(&state, confirm, key)
    case .search(var field):
      switch Keymap.default.command(for: key, in: [.textField]) {
      case .accept:
        state.overlay = nil
        runSearch(&state, field.text)
      case .dismiss:
        state.overlay = nil
      default:
        _ = field.handle(key)
        state.overlay = .search(field)
      }
      return []
    case .help(let scroll):
      switch Keymap.default.command(for: key, in: [.helpOverlay]) {
      case .close: state.overlay = nil
      case .down: state.overlay = .help(scroll: scroll + 1)
      case .up: state.overlay = .help(scroll: max(0, scroll - 1))
      default: break
      }
      return []
    case .unitList(let list):
      guard let command = Keymap.default.command(for: key, in: state.scopes) else { return [] }
      if KeyScope.global == scope(of: command, key: key, in: state.scopes) { return global(&state, command) }
      return UnitList.reduce(&state, list, command)
    case nil:
      break
    }
    let step = state.screen == .condensation ? 3 : 4
    if state.steps.work?.focus == .text && [.condensation, .synthesis].contains(state.screen) {
      return SubgroupWorkScreen.edit(&state, .key(key), step: step)
    }
    guard let command = Keymap.default.command(for: key, in: state.scopes) else { return [] }
    if scope(of: command, key: key, in: state.scopes) == .global { return global(&state, command) }
    return reduceScreen(&state, command)
  }

  /// Hands a command to the screen on show.
  static func reduceScreen(_ state: inout AppState, _ command: Command) -> [Effect] {
    let step = state.screen == .condensation ? 3 : 4
    switch state.screen {
    case .overview: return OverviewScreen.reduce(&state, command)
    case .coding: return CodingScreen.reduce(&state, command)
    case .themes: return ThemesScreen.reduce(&state, command)
    case .export: return ExportScreen.reduce(&state, command)
    case .reconcile: return ReconcileScreen.reduce(&state, command)
    case .codebook: return CodebookScreen.reduce(&state, command)
    case .condensation, .synthesis:
      if state.steps.work == nil { return SubgroupList.reduce(&state, command) }
      return SubgroupWorkScreen.reduce(&state, command, step: step)
    }
  }

  /// Goes to the screen of a step of the method.
  static func goToStep(_ state: inout AppState, _ screen: ScreenID) -> [Effect] {
    let effects = state.screen == .coding ? CodingScreen.recordReading(&state) : []
    let open = state.steps.work?.subgroup
    state.screen = screen
    state.returnScreen = nil
    if screen != .themes { CodebookScreen.refresh(&state) }
    if let open, screen == .condensation || screen == .synthesis { SubgroupList.openWork(&state, open) }
    return effects
  }

  /// The scope whose binding gave `command` for `key`.
  static func scope(of command: Command, key: Key, in scopes: [KeyScope]) -> KeyScope? {
    scopes.first { scope in Keymap.default.bindings.contains { $0.scope == scope && $0.command == command && $0.keys.contains(key) } }
  }

  static func global(_ state: inout AppState, _ command: Command) -> [Effect] {
    let strings = state.strings
    switch command {
    case .quit: return quit(&state)
    case .help: state.overlay = .help(scroll: 0)
    case .undo, .redo:
      do {
        let operation = command == .undo ? state.history.undoOperation : state.history.redoOperation
        let applied = command == .undo ? try state.history.undo(&state.project, at: state.clock.now())
          : try state.history.redo(&state.project, at: state.clock.now())
        guard let applied, let operation else {
          state.status = StatusMessage(command == .undo ? strings.nothingToUndo : strings.nothingToRedo)
          return []
        }
        state.unsaved.formUnion(applied.touched)
        state.pending.append(operation)
        let label = applied.label ?? applied.summary
        state.status = StatusMessage(command == .undo ? strings.undid(label) : strings.redid(label), .success)
        afterChange(&state)
        return [.save(state.unsaved, log: applied.summary)]
      } catch {
        state.status = StatusMessage(error.message, .error)
      }
    case .toggleMouse:
      state.mouse.toggle()
      state.status = StatusMessage(state.mouse ? strings.mouseTurnedOn : strings.mouseTurnedOff)
    case .redraw: return [.redraw]
    case .save:
      if state.unsaved.isEmpty {
        state.status = StatusMessage(strings.allSaved)
        return []
      }
      return [.save(state.unsaved, log: "")]
    case .suspend: return [.suspend]
    case .stepOne: return goToStep(&state, .themes)
    case .stepTwo: return goToStep(&state, .codebook)
    case .stepThree: return goToStep(&state, .condensation)
    case .stepFour: return goToStep(&state, .synthesis)
    case .export:
      let effects = state.screen == .coding ? CodingScreen.recordReading(&state) : []
      ExportScreen.open(&state)
      return effects
    case .reconcile:
      let effects = state.screen == .coding ? CodingScreen.recordReading(&state) : []
      ReconcileScreen.open(&state)
      return effects
    default: break
    }
    return []
  }

  /// Quits, unless changes are unsaved: then the first `q` warns and a second one quits.
  static func quit(_ state: inout AppState) -> [Effect] {
    if state.screen == .coding && state.unsaved.isEmpty {
      let reading = CodingScreen.recordReading(&state)
      if !reading.isEmpty { return reading + [.quit] }
    }
    if !state.unsaved.isEmpty && !state.quitWarned {
      state.quitWarned = true
      state.status = StatusMessage(state.strings.unsavedQuit(state.saveError ?? ""), .error)
      return []
    }
    return [.quit]
  }

  /// Applies an operation as the analyst's change: records it for undo under `message` (in the
  /// user's language), marks its files unsaved, and asks for them to be saved at once. The log
  /// gets the engine's English summary.
  static func perform(_ state: inout AppState, _ operation: Operation, message: String, undoable: Bool = true) -> [Effect] {
    if let why = state.readOnly {
      // A bookmark (how far the coder has read) is not worth an error message.
      if undoable { state.status = StatusMessage(state.strings.readOnly(why), .error) }
      return []
    }
    do {
      let applied = try state.project.apply(operation, at: state.clock.now())
      if undoable { state.history.record(applied, label: message) }
      state.unsaved.formUnion(applied.touched)
      state.pending.append(operation)
      state.status = StatusMessage(message, .success)
      afterChange(&state)
      return [.save(state.unsaved, log: applied.summary)]
    } catch {
      state.status = StatusMessage(error.message, .error)
      return []
    }
  }

  /// Writes the text of an editor to its target, as one undoable change.
  static func save(_ state: inout AppState, text: String, to target: TextTarget) -> [Effect] {
    guard let operation = target.operation(text, in: state.project, coder: state.coder, ids: &state.ids, at: state.clock.now())
    else { return [] }
    return perform(&state, operation, message: state.strings.savedText(target.title(state)))
  }

  /// Keeps screen state in step after the project changed.
  static func afterChange(_ state: inout AppState) {
    CodingScreen.refreshTotals(&state)
    if [.codebook, .condensation, .synthesis].contains(state.screen) { CodebookScreen.refresh(&state) }
    let rows = CodebookScreen.rows(state).count
    state.codebook.selected = min(state.codebook.selected, max(0, rows - 1))
    state.themes.selected = min(state.themes.selected, max(0, state.project.themes.count - 1))
    if let work = state.steps.work, state.project.subgroup(work.subgroup) == nil { state.steps.work = nil }
    if state.screen == .export { ExportScreen.refresh(&state) }
    if state.screen == .reconcile { ReconcileScreen.refresh(&state) }
    if let coding = state.coding, let preferred = coding.preferredUnit, state.project.unit(preferred) == nil {
      state.coding!.preferredUnit = nil
    }
    if let adjusting = state.coding?.adjusting, state.project.unit(adjusting) == nil {
      state.coding!.adjusting = nil
      state.coding!.selection = nil
    }
  }

  static func runSearch(_ state: inout AppState, _ query: String) {
    guard let coding = state.coding, let text = state.project.texts[coding.transcript] else { return }
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    guard let search = TextSearch(trimmed) else {
      state.coding!.search = nil
      return
    }
    state.coding!.search = SearchState(query: trimmed, matches: search.matches(in: text), current: nil)
    CodingScreen.jumpToMatch(&state, forward: true)
    CodingScreen.ensureCursorVisible(&state, centre: true)
  }

  /// Draws the whole screen for `state`.
  public static func render(_ state: AppState) -> (ScreenBuffer, Frame) {
    var buffer = ScreenBuffer(size: state.size)
    guard !state.isTooSmall else {
      Chrome.tooSmall(state, into: &buffer)
      return (buffer, Frame(mouse: state.mouse))
    }
    var cursor: Point?
    switch state.screen {
    case .overview: OverviewScreen.render(state, into: &buffer)
    case .coding: cursor = CodingScreen.render(state, into: &buffer)
    case .themes: ThemesScreen.render(state, into: &buffer)
    case .export: ExportScreen.render(state, into: &buffer)
    case .reconcile: ReconcileScreen.render(state, into: &buffer)
    case .codebook: CodebookScreen.render(state, into: &buffer)
    case .condensation, .synthesis:
      let step = state.screen == .condensation ? 3 : 4
      if state.steps.work == nil {
        SubgroupList.render(state, step: step, into: &buffer)
      } else {
        cursor = SubgroupWorkScreen.render(state, step: step, into: &buffer)
      }
    }
    switch state.overlay {
    case .help(let scroll): HelpOverlay.render(state, scroll: scroll, into: &buffer)
    case .picker(let picker): cursor = CodePicker.render(state, picker, into: &buffer)
    case .editor(let overlay): cursor = EditorOverlay.render(state, overlay, into: &buffer)
    case .input(let overlay): cursor = InputOverlay.render(state, overlay, into: &buffer)
    case .chooser(let chooser): cursor = Chooser.render(state, chooser, into: &buffer)
    case .confirm(let confirm): ConfirmState.render(state, confirm, into: &buffer)
    case .unitList(let list): UnitList.render(state, list, into: &buffer)
    case .search, nil: break
    }
    return (buffer, Frame(cursor: cursor, mouse: state.mouse))
  }
}
