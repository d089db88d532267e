import Foundation
import STCKit

/// Proves that a save is all-or-nothing: a writer process changes a project as an analyst would
/// (coding passages, giving and taking codes, renaming, merging and deleting codes — some
/// changes touch one file, some many) and is killed with SIGKILL at a random moment; then the
/// project must open and equal the state before some change or after it, never a mix.
///
/// The writer is deterministic (seeded ids, a fixed clock), so the harness computes every state
/// the project may be in by replaying the same changes in memory.
public struct CrashTest {
  /// The stc executable, started as the writer (`stc bench --crash-writer`).
  public var executable: String
  /// Changes per writer.
  public var steps = 30
  /// Whether the project is encrypted: then every save writes sealed files, and the rounds
  /// check that a kill never leaves one that does not open. The key is cheap to derive (the
  /// cost is in the project's encryption.json), so that each writer starts at once.
  public var encrypted = false
  static let passphrase = "crash test passphrase"
  static let passphraseVariable = "STC_CRASH_TEST_PASSPHRASE"
  public var progress: (String) -> Void = { _ in }

  public init(executable: String) { self.executable = executable }

  /// The project every round starts from.
  static let base = SyntheticProject(transcripts: 4, linesPerTranscript: 150, units: 160, coders: 1, codes: 30, seed: 77)

  /// What the rounds found.
  public struct Outcome: Sendable {
    public var rounds = 0
    /// Rounds whose kill left an unfinished save behind (a journal), finished on opening.
    public var interruptedSaves = 0
    /// Rounds that ended with the state after the last change the writer reported.
    public var atLastReported = 0
    /// Rounds that ended one change further (killed after saving, before reporting).
    public var oneFurther = 0
    public var failures: [String] = []
  }

  /// Runs `rounds` writers in `workFolder`, killing each at a random moment.
  public func run(rounds: Int, seed: UInt64, in workFolder: String) throws -> Outcome {
    let template = workFolder + "/crash-base.stc"
    try? FileManager.default.removeItem(atPath: template)
    _ = try ProjectFolder.create(with: Self.base.make(), at: template)
    var cipher: ProjectCipher?
    if encrypted {
      cipher = try ProjectCipher.create(passphrase: Self.passphrase, cost: (n: 1 << 10, r: 8, p: 1))
      _ = try ProjectFolder(path: template).encrypt(with: cipher!, coder: "anna")
      setenv(Self.passphraseVariable, Self.passphrase, 1)
    }
    let original = try ProjectFolder(path: template, cipher: cipher).load()
    // One writer run to the end, to learn how long a run takes here.
    let calibration = workFolder + "/crash-calibration.stc"
    try? FileManager.default.removeItem(atPath: calibration)
    try FileManager.default.copyItem(atPath: template, toPath: calibration)
    let whole = try ChildProcess.run(executable, writerArguments(calibration, seed: seed))
    guard whole.status == 0 else { throw STCBenchError("the crash writer failed (status \(whole.status))") }
    var random = SyntheticProject.Random(seed: seed)
    var outcome = Outcome()
    var states: [UInt64: [Project]] = [:]
    for round in 0..<rounds {
      if round % 50 == 0 { progress("crash round \(round + 1) of \(rounds)") }
      let writerSeed = seed &+ UInt64(round % 8)
      let path = workFolder + "/crash-\(round % 4).stc"
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.copyItem(atPath: template, toPath: path)
      let delay = Double(random.next() % 10_000) / 10_000 * whole.milliseconds
      let reported = try ChildProcess.runAndKill(executable, writerArguments(path, seed: writerSeed), after: delay)
      let folder = ProjectFolder(path: path, cipher: cipher)
      if case .success? = folder.pendingSave() { outcome.interruptedSaves += 1 }
      let loaded: Project
      do {
        try folder.recover()
        loaded = try folder.load()
      } catch {
        outcome.failures.append("round \(round): the project does not open after the kill: \(error.message)")
        continue
      }
      if states[writerSeed] == nil { states[writerSeed] = Self.states(from: original, seed: writerSeed, steps: steps) }
      let possible = states[writerSeed]!
      guard let index = possible.firstIndex(of: loaded) else {
        outcome.failures.append("round \(round): the project is neither before nor after any change (killed after \(delay) ms)")
        continue
      }
      if index < reported {
        outcome.failures.append("round \(round): the writer reported \(reported) changes saved, but the project has \(index)")
        continue
      }
      if index == reported { outcome.atLastReported += 1 } else { outcome.oneFurther += 1 }
      outcome.rounds += 1
    }
    return outcome
  }

  func writerArguments(_ path: String, seed: UInt64) -> [String] {
    ["bench", "--crash-writer", path, "--seed", String(seed), "--runs", String(steps)]
  }

  /// Every state the writer can leave: before the first change, after each.
  static func states(from project: Project, seed: UInt64, steps: Int) -> [Project] {
    var workload = Workload(seed: seed)
    var project = project
    var states = [project]
    for _ in 0..<steps {
      guard let operation = workload.next(project), let applied = try? project.apply(operation, at: workload.clock)
      else { break }
      _ = applied
      states.append(project)
    }
    return states
  }

  /// The writer: makes `steps` changes, saving each as the workbench does, and reports each
  /// saved change on standard output.
  public static func runWriter(path: String, seed: UInt64, steps: Int) throws {
    var folder = ProjectFolder(path: path)
    if folder.isEncrypted { folder = try folder.unlocked(passphrase: ProcessInfo.processInfo.environment[passphraseVariable] ?? "") }
    var session = try ProjectSession(folder: folder, coder: "anna")
    var workload = Workload(seed: seed)
    for i in 0..<steps {
      guard let operation = workload.next(session.project) else { break }
      try session.perform(operation, at: workload.clock)
      FileHandle.standardOutput.write(Data("saved \(i + 1)\n".utf8))
    }
  }

  /// The changes, chosen from the project as it stands.
  struct Workload {
    var random: SyntheticProject.Random
    var ids: IDGenerator
    var clock: Timestamp

    init(seed: UInt64) {
      random = SyntheticProject.Random(seed: seed)
      ids = IDGenerator(seed: seed &+ 1000)
      clock = Timestamp(iso8601: "2026-06-01T08:00:00Z")!
    }

    mutating func pick<T>(_ items: [T]) -> T? {
      items.isEmpty ? nil : items[Int(random.next() % UInt64(items.count))]
    }

    mutating func next(_ project: Project) -> STCKit.Operation? {
      clock = Timestamp(secondsSince1970: clock.secondsSince1970 + 60)
      let codes = project.sortedCodes
      let units = project.sheets.keys.sorted().flatMap { project.sheets[$0]! }
      for _ in 0..<10 {
        switch random.next() % 6 {
        case 0:  // code a new passage (one coding file, and project.json when the code is new)
          guard let record = pick(project.transcripts), let text = project.texts[record.id] else { continue }
          let line = Int(random.next() % UInt64(text.lineCount))
          let name = random.next() % 3 == 0 ? "ny kode \(random.next() % 1000)" : (pick(codes)?.name ?? "kode")
          if let op = try? project.codePassage(
            transcript: record.id, span: text.span(lines: line...line), codeNames: [name], coder: "anna", ids: &ids,
            at: clock)
          {
            return op
          }
        case 1:  // give a unit another code (one coding file)
          guard let unit = pick(units), let code = pick(codes), !unit.codes.contains(code.id) else { continue }
          return .assignCode(code.id, to: unit.id)
        case 2:  // rename a code (project.json)
          guard var code = pick(codes) else { continue }
          code.name = "omdøpt \(random.next() % 100_000)"
          if project.code(named: code.name) != nil { continue }
          return .updateCode(code)
        case 3:  // merge two codes (project.json and every coding file that used the first)
          guard codes.count > 3, let source = pick(codes), let target = pick(codes), source.id != target.id else { continue }
          if let op = try? project.mergeCodes(source.id, into: target.id) { return op }
        case 4:  // delete a unit (one coding file)
          guard let unit = pick(units) else { continue }
          if let op = try? project.deleteMeaningUnit(unit.id) { return op }
        default:  // write a condensate (project.json)
          guard let group = pick(project.groups), var subgroup = pick(group.subgroups) else { continue }
          subgroup.condensate = "Jeg \(random.next())."
          return .updateSubgroup(subgroup)
        }
      }
      return nil
    }
  }
}
