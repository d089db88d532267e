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

    progress(Scenario.open.rawValue)
    var openTimes: [Double] = []
    var memory: [Double] = []
    for i in 0...max(3, runs / 2) {
      let outcome = try ChildProcess.run(executable, ["bench", "--child-open", path])
      guard outcome.status == 0 else { throw STCBenchError("the child that opens the project failed (status \(outcome.status))") }
      if i > 0 {
        openTimes.append(outcome.milliseconds)
        memory.append(outcome.peakMegabytes)
      }
    }
    record(.open, openTimes)

    progress(Scenario.openInProcess.rawValue)
    var loaded = project
    record(.openInProcess, try Stopwatch.time(runs: max(3, runs / 2)) { loaded = try folder.load() })
    guard loaded == project else { throw STCBenchError("the project read back differs from the one written") }

    progress(Scenario.saveOneChange.rawValue)
    record(.saveOneChange, try saveOneChange(folder, loaded))

    progress(Scenario.saveAll.rawValue)
    record(.saveAll, try Stopwatch.time(runs: max(3, runs / 2)) { try folder.saveAll(loaded) })

    progress(Scenario.keystroke.rawValue)
    let (keys, picker) = keystrokes(codes: spec.codes)
    record(.keystroke, keys)
    record(.pickerKeystroke, picker)

    progress(Scenario.agreement.rawValue)
    let coders = loaded.coders
    if coders.count >= 2 {
      record(
        .agreement,
        try Stopwatch.time(runs: runs) {
          _ = try AgreementCalculator.compare(
            CodingSide(project: loaded, coder: coders[0]), CodingSide(project: loaded, coder: coders[1]),
            options: AgreementOptions(unit: .line))
        })
    }

    progress(Scenario.markdown.rawValue)
    record(.markdown, Stopwatch.time(runs: max(3, runs / 2)) { _ = MarkdownExport(loaded, options: .init(language: .nb)).document() })

    progress(Scenario.qdpx.rawValue)
    record(.qdpx, try Stopwatch.time(runs: 3) { _ = try QDPXExport(loaded).archive() })

    results.append(Measurement(scenario: .memory, samples: memory))
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

  /// Keys on the coding screen of a 5,000-line transcript at 200×60: moving, paging and
  /// jumping (reduce, render, draw); then typing in the code picker (reduce, render).
  func keystrokes(codes: Int) -> (keys: [Double], picker: [Double]) {
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
    var picker: [Double] = []
    for i in 0..<(runs * 12) {
      let start = Stopwatch.now()
      _ = Workbench.reduce(&state, .input(.key(typed[i % typed.count])))
      _ = Workbench.render(state)
      picker.append(Stopwatch.now() - start)
    }
    return (keys, picker)
  }
}
