import ArgumentParser
import CNcurses
import Foundation
import STCBench
import STCKit
import STCTerminal

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure stc's speed and memory on a generated project (run it from a release build).",
    discussion: """
      Generates a project of the chosen size (see `stc generate`) in a temporary folder and \
      times: opening it (a whole `stc` process, and in process), saving after one change and \
      saving everything, a keystroke on the coding screen of a 5,000-line transcript at 200×60 \
      (reduce, render and ncurses drawing into /dev/null), a keystroke in the code picker, \
      agreement between two coders, the Markdown and .qdpx exports, and the peak memory of a \
      process with the project open. Prints min, median and p99 for each; at the large size, \
      whether the target was met. The exit status is 1 when a target at the large size is missed.

      Build for release first: timings of a debug build say little.

      Examples:
        swift build -c release && .build/release/stc bench --size large
        .build/release/stc bench --size medium --json > medium.json
      """)

  @Option(help: "The size of the generated project: small, medium or large.")
  var size: SyntheticProject.Size = .small

  @Flag(help: "Print the figures as JSON.")
  var json = false

  @Option(help: "How many times the quick scenarios run (slow ones run fewer times); with --crash, how many kills (default 1,000).")
  var runs: Int?

  @Option(help: "Where to generate the project (default: a temporary folder).")
  var workFolder: String?

  @Option(help: "Only these scenarios, comma-separated: open, load, save, keys, agreement, markdown, qdpx.")
  var only: String?

  @Flag(help: "Run even from a debug build (for the test suite's smoke test).")
  var allowDebug = false

  @Flag(help: "Instead of timing: kill a writer process with SIGKILL at random moments while it saves (--runs times, default 1,000) and check that the project always opens, before or after a change, never a mix.")
  var crash = false

  @Flag(help: "With --crash: the project is encrypted, so every save writes sealed files.")
  var encrypted = false

  @Option(help: "The seed of the crash test's changes and moments.")
  var seed: UInt64 = 1

  @Option(help: .hidden)
  var childOpen: String?

  @Option(help: .hidden)
  var crashWriter: String?

  func run() throws {
    do {
      try measure()
    } catch let error as STCError {
      Console.error(error.message)
      throw ExitCode(error.exitCode)
    } catch let error as STCBenchError {
      Console.error(error.description)
      throw ExitCode(70)
    }
  }

  func measure() throws {
    if let childOpen {
      // The child of the "whole process" scenario: open the project and exit.
      _ = try ProjectFolder(path: childOpen).load()
      return
    }
    if let crashWriter {
      // The child of the crash test: change the project until killed.
      try CrashTest.runWriter(path: crashWriter, seed: seed, steps: runs ?? 30)
      return
    }
    #if DEBUG
      if !allowDebug {
        throw STCError.usage("This is a debug build, whose timings say little: build for release (`swift build -c release`) and run .build/release/stc bench.")
      }
    #endif
    let runs = self.runs ?? (crash ? 1_000 : 20)
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    let folder = workFolder ?? NSTemporaryDirectory() + "stc-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if workFolder == nil { try? FileManager.default.removeItem(atPath: folder) } }
    if crash {
      var test = CrashTest(executable: Self.executablePath())
      test.encrypted = encrypted
      test.progress = { Console.error("… \($0)") }
      let outcome = try test.run(rounds: runs, seed: seed, in: folder)
      Console.line(
        "crash test\(encrypted ? " (encrypted project)" : ""): \(outcome.rounds) of \(runs) kills left a project that opens and equals a state before or after "
          + "a change (\(outcome.atLastReported) at the last change reported, \(outcome.oneFurther) one change further; "
          + "\(outcome.interruptedSaves) interrupted a save of several files, finished on opening).")
      for failure in outcome.failures.prefix(20) { Console.line("FAILED \(failure)") }
      if !outcome.failures.isEmpty { throw ExitCode(1) }
      return
    }
    let backend = NcursesBackend(headless: Size(width: 200, height: 60))
    defer { if backend != nil { endwin() } }
    var suite = BenchSuite(size: size, runs: runs, executable: Self.executablePath()) { buffer, frame in
      backend?.draw(buffer, frame: frame)
    }
    suite.progress = { Console.error("… \($0)") }
    if let only {
      let keys = Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      let known = Set(Scenario.allCases.map(\.key))
      if let unknown = keys.subtracting(known).first {
        throw STCError.usage("“\(unknown)” is not a scenario: choose from \(known.sorted().joined(separator: ", ")).")
      }
      suite.only = keys
    }
    let report = try suite.run(in: folder)
    if backend == nil { Console.error("note: ncurses could not make a screen for xterm-256color; frames were not drawn.") }
    FileHandle.standardOutput.write(Data((json ? report.json : report.table).utf8))
    if size == .large && !report.allTargetsMet { throw ExitCode(1) }
  }

  /// This program's own path, to start it again as the child that opens the project.
  static func executablePath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }
}
