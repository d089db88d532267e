import STCKit

/// The export screen's own state: the options, and the document as they make it.
public struct ExportState: Equatable, Sendable {
  public var options: MarkdownExport.Options
  /// The part the cursor is on, in the row of parts.
  public var partCursor = 0
  public var scroll = 0
  /// The document's lines, remade whenever an option or the project changes.
  public var preview: [String] = []
  /// The files last written.
  public var written: [String] = []

  init(_ project: Project) {
    options = MarkdownExport.Options(language: project.metadata.language)
  }
}

/// Exports: choose the parts and options, read a preview of the chapter, and write the
/// Markdown and the CSV into the project's exports folder; or write the project for other QDA
/// programs (REFI-QDA .qdpx and .qdc).
enum ExportScreen {
  static func open(_ state: inout AppState) {
    if state.export == nil { state.export = ExportState(state.project) }
    state.screen = .export
    refresh(&state)
  }

  static func refresh(_ state: inout AppState) {
    guard let options = state.export?.options else { return }
    state.export!.preview = MarkdownExport(state.project, options: options).document()
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    guard let export = state.export else { return }
    let s = state.strings
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: s.exportTitle, into: &buffer, at: area.row(0))
    // The parts flow onto a second row in a narrow window.
    var y = 1
    var x = buffer.write(" " + s.partsLabel + ":", at: Point(x: 0, y: y), style: .bold)
    for (i, part) in MarkdownExport.Part.allCases.enumerated() {
      let on = export.options.parts.contains(part)
      let text = (on ? "[x] " : "[ ] ") + s.partName(part.rawValue)
      if x + 1 + DisplayWidth.of(text) > area.width {
        y += 1
        x = 7
      }
      x = buffer.write(" ", at: Point(x: x, y: y))
      x = buffer.write(text, at: Point(x: x, y: y), style: i == export.partCursor ? .cursorLine : .normal)
    }
    let options = export.options
    let line2 = s.exportOptions(
      language: options.language.rawValue, pseudonymize: options.pseudonymize, names: state.project.names.count,
      condensates: options.condensatesInChapter)
    for part in line2.wrapped(to: area.width - 2) {
      y += 1
      buffer.write(" " + part, at: Point(x: 0, y: y))
    }
    let folder = ProjectFolder(path: state.projectPath)
    let paths = export.written.isEmpty ? ExportFiles.paths(of: folder, ExportRequest(markdown: options)) : export.written
    let files = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
    let line3 = export.written.isEmpty ? s.willWrite(files) : s.wrote(files)
    buffer.write(" " + line3, at: Point(x: 0, y: y + 1), style: export.written.isEmpty ? .dim : .success, maxWidth: area.width - 1)
    buffer.write("   " + ExportFiles.folder(of: folder), at: Point(x: 0, y: y + 2), style: .dim, maxWidth: area.width - 1)
    buffer.writeLine(" " + s.preview + " " + String(repeating: "─", count: max(0, area.width - 12)), in: area.row(y + 3), style: .dim)
    let body = Rect(x: 1, y: y + 4, width: area.width - 2, height: area.height - y - 5)
    let lines = wrappedPreview(export, width: body.width)
    let top = min(export.scroll, max(0, lines.count - body.height))
    for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
      buffer.write(line, at: Point(x: body.x, y: body.y + offset), style: line.hasPrefix("#") ? .heading : .normal, maxWidth: body.width)
    }
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  static func wrappedPreview(_ export: ExportState, width: Int) -> [String] {
    export.preview.flatMap { line in line.isEmpty ? [""] : line.wrapped(to: max(10, width)) }
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard var export = state.export else { return [] }
    let parts = MarkdownExport.Part.allCases
    let page = max(1, state.size.height - 8)
    var changed = false
    switch command {
    case .down: export.scroll += 1
    case .up: export.scroll = max(0, export.scroll - 1)
    case .pageDown: export.scroll += page
    case .pageUp: export.scroll = max(0, export.scroll - page)
    case .top: export.scroll = 0
    case .left: export.partCursor = max(0, export.partCursor - 1)
    case .right: export.partCursor = min(parts.count - 1, export.partCursor + 1)
    case .toggle:
      let part = parts[export.partCursor]
      if export.options.parts.contains(part) {
        export.options.parts.removeAll { $0 == part }
      } else {
        export.options.parts = parts.filter { export.options.parts.contains($0) || $0 == part }
      }
      changed = true
    case .language:
      export.options.language = export.options.language == .nb ? .en : .nb
      changed = true
    case .pseudonymize:
      export.options.pseudonymize.toggle()
      changed = true
    case .condensatesInChapter:
      export.options.condensatesInChapter.toggle()
      changed = true
    case .writeExport:
      state.export = export
      return [.export(ExportRequest(markdown: export.options))]
    case .writeExchange:
      state.export = export
      return [.export(ExportRequest(markdown: export.options, kind: .exchange))]
    case .back:
      state.screen = .overview
    default:
      break
    }
    let maxScroll = max(0, wrappedPreview(export, width: state.size.width - 2).count - (state.size.height - 9))
    export.scroll = min(export.scroll, maxScroll)
    if changed { export.written = [] }
    state.export = export
    if changed { refresh(&state) }
    return []
  }
}

import Foundation
