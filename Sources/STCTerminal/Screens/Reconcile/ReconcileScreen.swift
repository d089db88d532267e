import STCKit

/// The reconcile screen's own state.
public struct ReconcileState: Equatable, Sendable {
  public var first: CoderName
  public var second: CoderName
  /// The agreed coding, written without touching either original.
  public var into: CoderName = "consensus"
  public var selected = 0
  public var places: [Disagreement] = []
  /// The coder to go back to after editing the agreed coding in the coding view.
  public var actingFor: CoderName?
  /// Overall κ by line, for the heading.
  public var kappa: Double?
}

/// Two coders' codings side by side, place by place: keep the first's, the second's, both, or
/// edit the agreed coding by hand; with how many places are left to discuss.
enum ReconcileScreen {
  static func open(_ state: inout AppState) {
    let coders = state.project.coders.filter { $0 != (state.reconcile?.into ?? "consensus") }
    guard coders.count >= 2 else {
      state.status = StatusMessage(state.strings.needTwoCoders, .error)
      return
    }
    if state.reconcile == nil || !coders.contains(state.reconcile!.first) || !coders.contains(state.reconcile!.second) {
      // The coder at work against the next one, or the first two.
      let first = coders.contains(state.coder) ? state.coder : coders[0]
      let second = coders.first { $0 != first }!
      state.reconcile = ReconcileState(first: first, second: second)
    }
    state.screen = .reconcile
    refresh(&state)
  }

  /// Recomputes the places after a change, and puts the coder back after an edit.
  static func refresh(_ state: inout AppState) {
    guard var reconcile = state.reconcile else { return }
    if let coder = reconcile.actingFor {
      state.coder = coder
      reconcile.actingFor = nil
    }
    reconcile.places = Reconciliation.compare(state.project, reconcile.first, reconcile.second).disagreements
    reconcile.selected = min(reconcile.selected, max(0, reconcile.places.count - 1))
    reconcile.kappa = try? AgreementCalculator.compare(
      CodingSide(project: state.project, coder: reconcile.first), CodingSide(project: state.project, coder: reconcile.second)
    ).overall.cohensKappa
    state.reconcile = reconcile
  }

  static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    guard let reconcile = state.reconcile else { return }
    let s = state.strings
    let project = state.project
    let area = Rect(state.size)
    Chrome.titleBar(state, detail: s.reconcileTitle(reconcile.first.rawValue, reconcile.second.rawValue, reconcile.into.rawValue), into: &buffer, at: area.row(0))
    let open = reconcile.places.filter { !Reconciliation.isSettled($0, in: project, into: reconcile.into) }.count
    buffer.write(" " + s.placesLeft(reconcile.places.count, open, reconcile.kappa), at: Point(x: 0, y: 1), style: .heading, maxWidth: area.width - 1)
    let body = Rect(x: 0, y: 2, width: area.width, height: area.height - 3)
    let (listBox, detailBox) = body.splitLeft(min(34, body.width / 3))
    let list = Chrome.box(listBox, title: s.placesTitle, into: &buffer)
    if reconcile.places.isEmpty {
      buffer.write(s.noPlaces, at: Point(x: list.x, y: list.y), style: .success, maxWidth: list.width)
      Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
      return
    }
    let top = max(0, min(reconcile.selected - list.height / 2, reconcile.places.count - list.height))
    for (offset, place) in reconcile.places.dropFirst(top).prefix(list.height).enumerated() {
      let index = top + offset
      let settled = Reconciliation.isSettled(place, in: project, into: reconcile.into)
      let text = (index == reconcile.selected ? "▸" : " ") + (settled ? "✓ " : "  ") + "\(place.transcript):\(project.texts[place.transcript]!.lineLabel(place.span)) " + s.kindShort(place.kind)
      buffer.writeLine(text, in: Rect(x: list.x, y: list.y + offset, width: list.width, height: 1),
        style: index == reconcile.selected ? .cursorLine : settled ? .dim : .normal)
    }
    renderPlace(state, reconcile, reconcile.places[reconcile.selected], in: detailBox, into: &buffer)
    Chrome.statusLine(state, into: &buffer, at: area.row(area.height - 1))
  }

  /// One place: each coder's codes, then the lines around it with a bar per coder.
  static func renderPlace(_ state: AppState, _ reconcile: ReconcileState, _ place: Disagreement, in box: Rect, into buffer: inout ScreenBuffer) {
    let s = state.strings
    let project = state.project
    let text = project.texts[place.transcript]!
    let inner = Chrome.box(box, title: "\(place.transcript):\(text.lineLabel(place.span)) · \(s.kindLong(place.kind))", into: &buffer)
    guard inner.height > 4 else { return }
    var y = inner.y
    for (coder, unit, mark) in [(reconcile.first, place.first, "a"), (reconcile.second, place.second, "b")] {
      let codes = unit.map { $0.codes.compactMap { project.codes[$0]?.displayName }.joined(separator: ", ") } ?? s.noUnitThere
      buffer.write("\(mark) \(coder): ", at: Point(x: inner.x, y: y), style: .bold)
      buffer.write(codes.isEmpty ? s.noCodes : codes, at: Point(x: inner.x + DisplayWidth.of(coder.rawValue) + 4, y: y), maxWidth: inner.width - DisplayWidth.of(coder.rawValue) - 4)
      y += 1
    }
    let agreed = project.sheets[CodingSheetID(coder: reconcile.into, transcript: place.transcript)]?.filter { $0.span.overlaps(place.span) } ?? []
    let settledCodes = agreed.flatMap(\.codes).compactMap { project.codes[$0]?.displayName }
    buffer.write("c \(reconcile.into): " + (agreed.isEmpty ? s.notYet : settledCodes.joined(separator: ", ")), at: Point(x: inner.x, y: y), style: agreed.isEmpty ? .dim : .success, maxWidth: inner.width)
    y += 2
    let lines = text.lines(of: place.span)
    let first = max(0, lines.lowerBound - 2)
    let last = min(text.lineCount - 1, lines.upperBound + 2)
    let numberWidth = String(last + 1).count
    for line in first...last where y < inner.maxY {
      let range = text.lineRange(line)
      let lineSpan = TextSpan(start: range.lowerBound, end: max(range.upperBound, range.lowerBound + 1))
      let inA = place.first.map { $0.span.overlaps(lineSpan) } ?? false
      let inB = place.second.map { $0.span.overlaps(lineSpan) } ?? false
      let colourA = project.codes[place.first?.codes.first ?? CodeID("")]?.colour ?? .grey
      let colourB = project.codes[place.second?.codes.first ?? CodeID("")]?.colour ?? .grey
      buffer.write(inA ? "a" : " ", at: Point(x: inner.x, y: y), style: .code(colourA))
      buffer.write(inB ? "b" : " ", at: Point(x: inner.x + 1, y: y), style: .otherCoder(colourB))
      buffer.write(String(line + 1), at: Point(x: inner.x + 3, y: y), style: .lineNumber)
      let x = inner.x + 4 + numberWidth
      buffer.write(text.line(line), at: Point(x: x, y: y), style: inA || inB ? .normal : .dim, maxWidth: inner.maxX - x)
      y += 1
    }
  }

  static func reduce(_ state: inout AppState, _ command: Command) -> [Effect] {
    guard var reconcile = state.reconcile else { return [] }
    let s = state.strings
    let place = reconcile.places.indices.contains(reconcile.selected) ? reconcile.places[reconcile.selected] : nil
    switch command {
    case .down: reconcile.selected = min(max(0, reconcile.places.count - 1), reconcile.selected + 1)
    case .up: reconcile.selected = max(0, reconcile.selected - 1)
    case .top: reconcile.selected = 0
    case .bottom: reconcile.selected = max(0, reconcile.places.count - 1)
    case .back:
      state.screen = .overview
      return []
    case .takeOverAgreed:
      let (operation, count) = Reconciliation.takeOverAgreed(
        state.project, reconcile.first, reconcile.second, into: reconcile.into, ids: &state.ids, at: state.clock.now())
      guard let operation else {
        state.status = StatusMessage(s.nothingAgreedToTake)
        return []
      }
      let effects = Workbench.perform(&state, operation, message: s.tookOver(count, reconcile.into.rawValue))
      refresh(&state)
      return effects
    case .keepFirst, .keepSecond, .keepBoth:
      guard let place else { return [] }
      let choice: Reconciliation.Choice = command == .keepFirst ? .first : command == .keepSecond ? .second : .both
      do {
        let operation = try Reconciliation.keep(choice, of: place, into: reconcile.into, ids: &state.ids, at: state.clock.now())
        let effects = Workbench.perform(&state, operation, message: s.kept(place.transcript.rawValue, state.project.texts[place.transcript]!.lineLabel(place.span)))
        state.reconcile?.selected = min(reconcile.selected + 1, max(0, reconcile.places.count - 1))
        refresh(&state)
        return effects
      } catch {
        state.status = StatusMessage(error.message, .error)
        return []
      }
    case .editConsensus:
      guard let place, let text = state.project.texts[place.transcript] else { return [] }
      reconcile.actingFor = state.coder
      state.reconcile = reconcile
      state.coder = reconcile.into
      let effects = CodingScreen.open(&state, transcript: place.transcript, at: CodingScreen.position(ofByte: place.span.start, in: text))
      state.coding?.showOtherCoders = true
      state.returnScreen = .reconcile
      state.status = StatusMessage(s.editingAs(reconcile.into.rawValue))
      return effects
    default:
      break
    }
    state.reconcile = reconcile
    return []
  }
}
