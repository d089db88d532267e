import STCKit

/// The overview's own state: which transcript is chosen, and how far the list is scrolled.
public struct OverviewState: Equatable, Sendable {
  public var selected = 0
  public var scroll = 0
  public init() {}
}

/// The overview: the project's transcripts with informant, lines, read marks and meaning units
/// per coder, and the progress of the four steps. Enter opens a transcript.
enum OverviewScreen {
  static let progressRows = 6

  static func listRect(_ state: AppState) -> Rect {
    let body = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    // Research question, blank, heading, column titles; the progress block at the bottom.
    return Rect(x: 0, y: body.y + 4, width: body.width, height: max(1, body.height - 5 - progressRows))
  }

  static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    let strings = state.strings
    let project = state.project
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: "", into: &buffer, at: area.row(0))
    let question = project.metadata.researchQuestion
    if !question.isEmpty { buffer.write(" " + question, at: Point(x: 0, y: 1), style: .dim, maxWidth: area.width - 1) }
    let heading = buffer.write(" " + strings.transcriptsHeading, at: Point(x: 0, y: 3), style: .heading)
    if !project.coders.isEmpty {
      buffer.write(" " + strings.perCoderLegend, at: Point(x: heading, y: 3), style: .dim, maxWidth: area.width - heading)
    }

    let coders = Array(project.coders.prefix(3))
    let columns = Columns(width: area.width, coders: coders.count)
    var header = columns.row(
      title: strings.columnTranscript, informant: strings.columnInformant, lines: strings.columnLines,
      read: strings.columnRead, coders: coders.map(\.rawValue))
    header = " " + header
    buffer.write(header, at: Point(x: 0, y: 4), style: .dim, maxWidth: area.width)

    let list = listRect(state)
    let rows = list
    if project.transcripts.isEmpty {
      buffer.write(" " + strings.noTranscripts, at: Point(x: 0, y: rows.y), style: .dim, maxWidth: area.width - 1)
    }
    for (offset, index) in (state.overview.scroll..<project.transcripts.count).enumerated() where offset < rows.height {
      let record = project.transcripts[index]
      let informant = record.informant.map { project.informant($0)?.label ?? "Informant \($0)" }
        ?? "\(strings.focusGroup) (\(record.speakers.compactMap(\.informant).map(String.init).joined(separator: ",")))"
      let impression = project.impressions[record.id]
      let readTo = impression?.readTo[state.coder.rawValue] ?? 0
      let read = impression?.readBy.contains(state.coder) == true ? "✓" : readTo > 0 ? "\(readTo * 100 / max(1, record.lineCount))%" : "·"
      let counts = coders.map { coder in
        let units = project.sheets[CodingSheetID(coder: coder, transcript: record.id)] ?? []
        return "\(units.count)/\(Set(units.flatMap(\.codes)).count)"
      }
      let text = columns.row(
        title: record.title, informant: informant, lines: String(record.lineCount), read: read, coders: counts)
      let selected = index == state.overview.selected
      let rowRect = Rect(x: 0, y: rows.y + offset, width: area.width, height: 1)
      buffer.writeLine((selected ? "▸" : " ") + text, in: rowRect, style: selected ? .cursorLine : .normal)
    }

    let progress = ProjectProgress(project)
    let top = list.maxY + 2
    buffer.write(" " + strings.progressHeading, at: Point(x: 0, y: top), style: .heading)
    let lines = [
      strings.step1(read: progress.transcriptsRead, of: progress.transcripts, themes: progress.themes),
      strings.step2(units: progress.meaningUnits, codes: progress.codes, sorted: progress.codesSorted),
      strings.step3(condensates: progress.condensates, golden: progress.goldenQuotes, subgroups: progress.subgroups),
      strings.step4(analytic: progress.analyticTexts, done: progress.subgroupsDone, subgroups: progress.subgroups),
    ]
    for (i, line) in lines.enumerated() {
      buffer.write(" " + line, at: Point(x: 0, y: top + 1 + i), maxWidth: area.width - 1)
    }
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  /// Column widths of the transcript table for a window `width` wide.
  struct Columns {
    var title: Int
    let informant = 16
    let lines = 7
    let read = 5
    let coder = 9
    var coderCount: Int

    init(width: Int, coders: Int) {
      coderCount = coders
      title = max(12, width - 2 - informant - lines - read - coder * coders)
    }

    func row(title t: String, informant i: String, lines l: String, read r: String, coders c: [String]) -> String {
      fit(t, title) + fit(i, informant) + fit(l, lines) + fit(r, read) + c.map { fit($0, coder) }.joined()
    }

    /// `text` cut or padded to `width` columns, with one column of air.
    func fit(_ text: String, _ width: Int) -> String {
      let cut = text.fitted(to: width - 1)
      return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    let count = state.project.transcripts.count
    guard count > 0 else { return [] }
    let page = max(1, listRect(state).height)
    switch command {
    case .down: state.overview.selected = min(count - 1, state.overview.selected + 1)
    case .up: state.overview.selected = max(0, state.overview.selected - 1)
    case .pageDown: state.overview.selected = min(count - 1, state.overview.selected + page)
    case .pageUp: state.overview.selected = max(0, state.overview.selected - page)
    case .top: state.overview.selected = 0
    case .bottom: state.overview.selected = count - 1
    case .openTranscript:
      CodingScreen.open(&state, transcript: state.project.transcripts[state.overview.selected].id)
    case .impressions:
      state.overlay = .editor(EditorOverlay(.impression(state.project.transcripts[state.overview.selected].id), state: state))
    case .markRead:
      return CodingScreen.toggleRead(&state, state.project.transcripts[state.overview.selected].id)
    default: break
    }
    clampScroll(&state)
    return []
  }

  static func clampScroll(_ state: inout AppState) {
    let count = state.project.transcripts.count
    state.overview.selected = min(max(0, state.overview.selected), max(0, count - 1))
    let visible = max(1, listRect(state).height)
    if state.overview.selected < state.overview.scroll { state.overview.scroll = state.overview.selected }
    if state.overview.selected >= state.overview.scroll + visible { state.overview.scroll = state.overview.selected - visible + 1 }
    state.overview.scroll = min(max(0, state.overview.scroll), max(0, count - visible))
  }
}
