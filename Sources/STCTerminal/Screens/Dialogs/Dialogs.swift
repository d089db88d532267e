import STCKit

/// The `?` overlay: the keys of the current screen, from the one key table.
enum HelpOverlay {
  /// The lines of the overlay for `width` columns: a heading per scope, then each binding's
  /// keys and help, the help wrapped under itself.
  static func lines(_ state: AppState, scopes: [KeyScope], width: Int) -> [(String, Style)] {
    let bindings = scopes.flatMap { Keymap.default.bindings(in: $0) }
    let keyWidth = min(20, (bindings.map { DisplayWidth.of(Keymap.label($0.keys)) }.max() ?? 0) + 2)
    var lines: [(String, Style)] = []
    for scope in scopes {
      let bindings = Keymap.default.bindings(in: scope)
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append(("", .normal)) }
      lines.append((scope.title(state.language), .heading))
      for binding in bindings {
        let keys = Keymap.label(binding.keys)
        var prefix = keys + String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(keys)))
        for part in binding.command.text(state.language).help.wrapped(to: max(10, width - keyWidth)) {
          lines.append((prefix + part, .normal))
          prefix = String(repeating: " ", count: keyWidth)
        }
      }
    }
    return lines
  }

  static func render(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
    // The scopes the screen under the overlay would have.
    var under = state
    under.overlay = nil
    var scopes = under.scopes
    if state.screen == .coding, !scopes.contains(.selection) { scopes.insert(.selection, at: 1) }
    if state.screen == .coding, !scopes.contains(.panel) { scopes.insert(.panel, at: scopes.count - 1) }
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let inner = Chrome.box(area.inset(1), title: "\(state.strings.helpTitle) · \(state.strings.helpFooter)", into: &buffer)
    let all = lines(state, scopes: scopes, width: inner.width)
    let top = min(scroll, max(0, all.count - inner.height))
    for (offset, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
      buffer.write(line.0, at: Point(x: inner.x, y: inner.y + offset), style: line.1, maxWidth: inner.width)
    }
  }
}

/// Mouse input, when the user has turned the mouse on: a click moves the cursor, a drag selects,
/// the wheel scrolls.
enum MouseInput {
  static func handle(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
    guard state.overlay == nil else { return [] }
    switch state.screen {
    case .overview:
      let list = OverviewScreen.listRect(state)
      switch event.kind {
      case .press:
        let index = state.overview.scroll + event.at.y - list.y
        if list.contains(event.at), index < state.project.transcripts.count {
          if state.overview.selected == index { return OverviewScreen.reduce(&state, .openTranscript) }
          state.overview.selected = index
        }
      case .wheelDown: return OverviewScreen.reduce(&state, .down)
      case .wheelUp: return OverviewScreen.reduce(&state, .up)
      default: break
      }
      return []
    case .coding:
      guard let coding = state.coding, let text = state.project.texts[coding.transcript] else { return [] }
      let geometry = CodingGeometry(state, coding)
      switch event.kind {
      case .wheelDown, .wheelUp:
        CodingScreen.moveRows(&state, event.kind == .wheelDown ? 3 : -3)
        CodingScreen.ensureCursorVisible(&state)
        return []
      case .press, .drag, .release:
        if let panel = geometry.panel, panel.contains(event.at), event.kind == .press {
          state.coding!.focus = .panel
          return []
        }
        guard geometry.text.contains(event.at) || geometry.margin.contains(event.at) else { return [] }
        let rows = CodingScreen.visibleRows(coding, text: text, geometry: geometry)
        let y = event.at.y - geometry.text.y
        guard rows.indices.contains(y) else { return [] }
        let row = rows[y]
        let position = TextPosition(line: row.line, column: row.layout.column(atRow: row.row, x: event.at.x - geometry.text.x))
        if event.kind == .press {
          state.coding!.focus = .text
          state.coding!.selection = nil
          state.coding!.cursor = position
          state.coding!.preferredUnit = nil
        } else if position != state.coding!.cursor || state.coding!.selection != nil {
          if state.coding!.selection == nil {
            state.coding!.selection = TextSelection(mode: .text, anchor: state.coding!.cursor)
          }
          state.coding!.cursor = position
        }
        CodingScreen.clampCursor(&state)
        return []
      }
    default:
      // The other screens are lists: the wheel moves through them.
      switch event.kind {
      case .wheelDown: return Workbench.reduceScreen(&state, .down)
      case .wheelUp: return Workbench.reduceScreen(&state, .up)
      default: return []
      }
    }
  }
}
