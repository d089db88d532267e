import Foundation
import STCKit
import STCTerminal

/// Runs every scenario on a generated project and reports the figures.
public struct BenchSuite {
  public var size: SyntheticProject.Size
  /// How many times the quick scenarios run; slow ones run fewer times.
  public var runs: Int
  /// The stc executable, started as a child to time a whole process opening the project.
  public var executable: String
  /// Draws a frame as the terminal would (ncurses writing to /dev/null), or nothing.
  public var draw: (ScreenBuffer, Frame) -> Void
  /// Called before each scenario, for progress on standard error.
  public var progress: (String) -> Void = { _ in }
  /// The scenarios to run, by key (see `Scenario.key`); all when nil.
  public var only: Set<String>?

  func wanted(_ scenario: Scenario) -> Bool { only?.contains(scenario.key) ?? true }

  public init(size: SyntheticProject.Size, runs: Int, executable: String, draw: @escaping (ScreenBuffer, Frame) -> Void) {
    self.size = size
    self.runs = runs
    self.executable = executable
    self.draw = draw
  }

  /// Generates the project in `workFolder` and measures.
  public func run(in workFolder: String) throws -> BenchReport {
    progress("generating the \(size.rawValue) project")
    let spec = size.spec
    let project = spec.make()
    let path = workFolder + "/bench-\(size.rawValue).stc"
    try? FileManager.default.removeItem(atPath: path)
    let folder = try ProjectFolder.create(with: project, at: path)
    var results: [Measurement] = []
    func record(_ scenario: Scenario, _ samples: [Double]) {
      results.append(Measurement(scenario: scenario, samples: samples))
    }

    var openTimes: [Double] = []
    var memory: [Double] = []
    if wanted(.open) { progress(Scenario.open.rawValue) }
    for i in 0...max(3, runs / 2) where wanted(.open) {
      let outcome = try ChildProcess.run(executable, ["bench", "--child-open", path])
      guard outcome.status == 0 else { throw STCBenchError("the child that opens the project failed (status \(outcome.status))") }
      if i > 0 {
        openTimes.append(outcome.milliseconds)
        memory.append(outcome.peakMegabytes)
      }
    }
    if wanted(.open) { record(.open, openTimes) }

    progress("loading it")
    var loaded = project
    let loads = try Stopwatch.time(runs: wanted(.openInProcess) ? max(3, runs / 2) : 1) { loaded = try folder.load() }
    if wanted(.openInProcess) { record(.openInProcess, loads) }
    guard loaded == project else { throw STCBenchError("the project read back differs from the one written") }

    if wanted(.saveAll) {
      progress(Scenario.saveOneChange.rawValue)
      record(.saveOneChange, try saveOneChange(folder, loaded))
      progress(Scenario.saveAll.rawValue)
      record(.saveAll, try Stopwatch.time(runs: max(3, runs / 2)) { try folder.saveAll(loaded) })
      progress(Scenario.saveOnTop.rawValue)
      record(.saveOnTop, try saveOnTop(folder, loaded))
      progress(Scenario.keepDraft.rawValue)
      // A condensate of about 1,500 characters growing by one per keystroke: written atomically
      // and synced each time, as the workbench does before it draws the next frame.
      var text = String(repeating: "Jeg følte meg trygg om natta, og det var godt å vite at noen så til meg. ", count: 20)
      record(.keepDraft, try Stopwatch.time(runs: runs * 4) {
        text.append("ø")
        try folder.keepDraft(Draft(target: "{}", title: "bench", text: text, saved: .now()), coder: loaded.coders[0])
      })
      folder.discardDraft(coder: loaded.coders[0])
    }

    if wanted(.keystroke) {
      progress(Scenario.keystroke.rawValue)
      let (keys, filter, picker) = keystrokes(codes: spec.codes)
      record(.keystroke, keys)
      record(.pickerKeystroke, filter)
      record(.pickerFrame, picker)
    }

    let coders = loaded.coders
    if coders.count >= 2 && wanted(.agreement) {
      progress(Scenario.agreement.rawValue)
      record(
        .agreement,
        try Stopwatch.time(runs: runs) {
          _ = try AgreementCalculator.compare(
            CodingSide(project: loaded, coder: coders[0]), CodingSide(project: loaded, coder: coders[1]),
            options: AgreementOptions(unit: .line))
        })
    }

    if wanted(.markdown) {
      progress(Scenario.markdown.rawValue)
      record(.markdown, Stopwatch.time(runs: max(3, runs / 2)) { _ = MarkdownExport(loaded, options: .init(language: .nb)).document() })
    }
    if wanted(.qdpx) {
      progress(Scenario.qdpx.rawValue)
      record(.qdpx, try Stopwatch.time(runs: 3) { _ = try QDPXExport(loaded).archive() })
    }
    if wanted(.memory) { results.append(Measurement(scenario: .memory, samples: memory)) }
    try? FileManager.default.removeItem(atPath: path)
    return BenchReport(size: size, spec: spec, lines: loaded.transcripts.reduce(0) { $0 + $1.lineCount }, results: results)
  }

  /// A coder gives a meaning unit a code and takes it away again; each change is saved (its
  /// coding file, fsync included) and logged, as in the workbench.
  func saveOneChange(_ folder: ProjectFolder, _ project: Project) throws -> [Double] {
    let coder = project.coders[0]
    var session = ProjectSession(folder: folder, project: project, coder: coder)
    guard let unit = project.allUnits.first(where: { $0.coder == coder }),
      let code = project.sortedCodes.first(where: { !unit.codes.contains($0.id) })
    else { throw STCBenchError("the project has no meaning unit to change") }
    var add = true
    return try Stopwatch.time(runs: runs * 2) {
      _ = try session.perform(add ? .assignCode(code.id, to: unit.id) : .removeCode(code.id, from: unit.id))
      add.toggle()
    }
  }

  /// Two coders at work in the same folder, saving in turn: each save of the first finds the
  /// second's save on disk, reads the project again and saves its change on top. Only the
  /// first coder's saves are timed.
  func saveOnTop(_ folder: ProjectFolder, _ project: Project) throws -> [Double] {
    var sessions = project.coders.prefix(2).map { ProjectSession(folder: folder, project: project, coder: $0) }
    let changes = try sessions.map { session -> (STCKit.Operation, STCKit.Operation) in
      guard let unit = project.allUnits.first(where: { $0.coder == session.coder }),
        let code = project.sortedCodes.first(where: { !unit.codes.contains($0.id) })
      else { throw STCBenchError("the project has no meaning unit of \(session.coder) to change") }
      return (.assignCode(code.id, to: unit.id), .removeCode(code.id, from: unit.id))
    }
    guard sessions.count == 2 else { throw STCBenchError("saving on top needs two coders") }
    var times: [Double] = []
    for run in 0..<max(3, runs / 4) {
      _ = try sessions[1].perform(run % 2 == 0 ? changes[1].0 : changes[1].1)
      let start = Stopwatch.now()
      _ = try sessions[0].perform(run % 2 == 0 ? changes[0].0 : changes[0].1)
      times.append(Stopwatch.now() - start)
      guard sessions[0].rebase != nil else { throw STCBenchError("the second coder's save was not found") }
    }
    return times
  }

  /// Keys on the coding screen of a 5,000-line transcript at 200×60: moving, paging and
  /// jumping (reduce, render, draw); then typing in the code picker: the filter alone (reduce,
  /// which ranks the codes), and the whole frame (reduce, render, draw).
  func keystrokes(codes: Int) -> (keys: [Double], filter: [Double], picker: [Double]) {
    let project = SyntheticProject(transcripts: 1, linesPerTranscript: 5_000, units: 2_000, coders: 2, codes: codes, seed: 9).make()
    var state = AppState(
      project: project, projectPath: "/nonexistent/bench.stc", coder: project.coders[0], language: .nb,
      size: Size(width: 200, height: 60), ids: IDGenerator(seed: 3), clock: .system)
    _ = Workbench.reduce(&state, .input(.key(.enter)))
    func frame() {
      let (buffer, frame) = Workbench.render(state)
      draw(buffer, frame)
    }
    frame()
    let pattern: [Key] = Array(repeating: .char("j"), count: 12) + [.char(" "), .char("}"), .char("k"), .char("G"), .char("g")]
    var keys: [Double] = []
    for i in 0..<(runs * 30) {
      let key = pattern[i % pattern.count]
      let start = Stopwatch.now()
      _ = Workbench.reduce(&state, .input(.key(key)))
      frame()
      keys.append(Stopwatch.now() - start)
    }
    _ = Workbench.reduce(&state, .input(.key(.char("c"))))
    frame()
    let typed: [Key] = "tryggh".map { .char($0) } + Array(repeating: .backspace, count: 6)
    var filter: [Double] = []
    var picker: [Double] = []
    for i in 0..<(runs * 24) {
      let start = Stopwatch.now()
      _ = Workbench.reduce(&state, .input(.key(typed[i % typed.count])))
      frame()
      picker.append(Stopwatch.now() - start)
      if case .picker(let open)? = state.overlay {
        let ranking = Stopwatch.now()
        _ = open.listed
        filter.append(Stopwatch.now() - ranking)
      }
    }
    return (keys, filter, picker)
  }
}
