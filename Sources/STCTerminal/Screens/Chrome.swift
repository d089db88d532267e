import STCKit

/// The frame around every screen: the title bar at the top and the status line at the bottom.
enum Chrome {
  /// Draws the title bar: stc, the project, and `detail` (the transcript, the line).
  static func titleBar(
    _ state: AppState, detail: String, showProject: Bool = true, into buffer: inout ScreenBuffer, at rect: Rect
  ) {
    let right = (state.readOnly == nil ? "" : "[\(state.strings.readOnlyMark)] ") + "\(state.coder) · \(state.language.rawValue) "
    let parts = [showProject ? state.project.metadata.title : nil, detail.isEmpty ? nil : detail].compactMap { $0 }
    let left = " \(state.strings.appName) · " + parts.joined(separator: " › ")
    buffer.writeLine(left, in: rect, style: .titleBar)
    let width = DisplayWidth.of(right)
    if rect.width > width + DisplayWidth.of(left) {
      buffer.write(right, at: Point(x: rect.maxX - width, y: rect.y), style: .titleBar)
    }
  }

  /// Draws the status line: the message or the key hints on the left; save state and mouse on
  /// the right.
  static func statusLine(_ state: AppState, mode: String? = nil, into buffer: inout ScreenBuffer, at rect: Rect) {
    let strings = state.strings
    buffer.fill(rect, style: .statusBar)
    var right: String
    var rightStyle = Style.statusBar
    if let error = state.saveError, !state.unsaved.isEmpty {
      right = strings.notSaved(error)
      rightStyle = .error
    } else {
      right = strings.saved
    }
    right = " \(right) │ \(state.mouse ? strings.mouseOn : strings.mouseOff) "
    let rightWidth = DisplayWidth.of(right)
    var x = rect.x
    if let mode {
      x = buffer.write(" \(mode) ", at: Point(x: x, y: rect.y), style: .key)
    }
    let available = max(0, rect.width - rightWidth - (x - rect.x))
    if let status = state.status {
      let style: Style = status.kind == .error ? .error : status.kind == .success ? .success : .statusBar
      buffer.write(" " + status.text, at: Point(x: x, y: rect.y), style: style, maxWidth: available)
    } else {
      var hintX = x + 1
      let hints = state.scopes.flatMap { scope in Keymap.default.bindings(in: scope).filter(\.inStatusBar) }
      var shown = Set<Command>()
      for binding in hints where shown.insert(binding.command).inserted {
        let key = binding.keys[0].description
        let title = binding.command.text(state.language).title
        guard hintX + DisplayWidth.of(key) + DisplayWidth.of(title) + 2 <= x + available else { break }
        hintX = buffer.write(key, at: Point(x: hintX, y: rect.y), style: .key)
        hintX = buffer.write(" \(title)  ", at: Point(x: hintX, y: rect.y), style: .statusBar)
      }
    }
    if rect.width > rightWidth {
      buffer.write(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), style: rightStyle)
    }
  }

  /// The message shown instead of the workbench when the window is too small.
  static func tooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
    let area = Rect(state.size)
    guard !area.isEmpty else { return }
    let message = state.size.width >= 30 ? state.strings.tooSmall(state.size) : state.strings.tooSmallShort
    let lines = message.wrapped(to: area.width)
    let top = max(0, (area.height - lines.count) / 2)
    for (i, text) in lines.prefix(area.height).enumerated() {
      let x = max(0, (area.width - DisplayWidth.of(text)) / 2)
      buffer.write(text, at: Point(x: x, y: top + i), style: .warning)
    }
  }

  /// Draws a box with a title, clears its inside, and returns the inside.
  @discardableResult
  static func box(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) -> Rect {
    guard rect.width >= 4, rect.height >= 3 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    buffer.fill(rect)
    let horizontal = String(repeating: "─", count: rect.width - 2)
    buffer.write("┌" + horizontal + "┐", at: Point(x: rect.x, y: rect.y), style: .dim)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      buffer.write("│", at: Point(x: rect.x, y: y), style: .dim)
      buffer.write("│", at: Point(x: rect.maxX - 1, y: y), style: .dim)
    }
    buffer.write("└" + horizontal + "┘", at: Point(x: rect.x, y: rect.maxY - 1), style: .dim)
    buffer.write(" \(title.fitted(to: rect.width - 6)) ", at: Point(x: rect.x + 2, y: rect.y), style: .heading)
    return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
  }
}
