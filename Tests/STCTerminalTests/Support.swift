import Foundation
import STCKit
import Testing

@testable import STCTerminal

/// A demo project written once per test process, read-only for the tests.
enum DemoFixture {
  static let folder: ProjectFolder = {
    let path = NSTemporaryDirectory() + "stc-terminal-demo-" + UUID().uuidString + "/demo.stc"
    try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    return try! DemoProject.create(at: path)
  }()

  static let project: Project = try! folder.load()

  /// A workbench state on the demo, at a fixed time, with a seeded id generator.
  static func state(width: Int = 80, height: Int = 24, language: Language = .en, coder: CoderName = "anna") -> AppState {
    AppState(
      project: project, projectPath: folder.path, coder: coder, language: language, size: Size(width: width, height: height),
      ids: IDGenerator(seed: 42), clock: .fixed(Timestamp(iso8601: "2026-11-29T12:00:00Z")!))
  }
}

extension AppState {
  /// Sends keys through the reducer, collecting the effects.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += Workbench.reduce(&self, .input(.key(key))) }
    return effects
  }

  /// Types text, one character at a time.
  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    var effects: [Effect] = []
    for c in text { effects += Workbench.reduce(&self, .input(.key(.char(c)))) }
    return effects
  }

  /// The screen as text rows, trailing spaces removed.
  var rows: [String] {
    Workbench.render(self).0.rows.map { row in
      var row = row
      while row.hasSuffix(" ") { row.removeLast() }
      return row
    }
  }
}

/// Compares a rendered screen with the expected rows, printing both with `|` at the row ends
/// on failure so that trailing spaces show.
func expectScreen(_ state: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let actual = state.rows
  let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if actual != wanted {
    let show = { (rows: [String]) in rows.map { $0 + "|" }.joined(separator: "\n") }
    Issue.record("screen differs.\nExpected:\n\(show(wanted))\nActual:\n\(show(actual))", sourceLocation: sourceLocation)
  }
}

/// A small project whose transcript has æøå, CJK, an emoji, a combining accent and a long line.
enum WideFixture {
  static let transcript = """
    I: Hvordan opplever du nattevaktene?
    Informant 1: Blåbærsyltetøy og 中文 i samme setning, og en kaffe ☕ før jeg drar hjem om morgenen. Det var så fint å få sove.
    I: Café med e\u{301}?
    Informant 1: Ja, 👍.

    I: Takk.

    """

  static let folder: ProjectFolder = {
    let path = NSTemporaryDirectory() + "stc-terminal-wide-" + UUID().uuidString + "/wide.stc"
    try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let time = Timestamp(iso8601: "2026-11-01T10:00:00Z")!
    var (folder, project) = try! ProjectFolder.create(at: path, metadata: ProjectMetadata(title: "Søvn og 中文", created: time))
    _ = try! folder.importTranscripts(
      [PreparedTranscript(sourceFile: "informant1.txt", title: "Intervju én", text: transcript, encoding: "utf-8", informant: 1)],
      into: &project, at: time)
    return folder
  }()

  static func state(width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
    AppState(
      project: try! folder.load(), projectPath: folder.path, coder: "anna", language: language,
      size: Size(width: width, height: height), ids: IDGenerator(seed: 1), clock: .fixed(Timestamp(iso8601: "2026-11-29T12:00:00Z")!))
  }
}
