import Foundation
import Testing

@testable import STCKit

/// A folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "stc-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes a file inside the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let file = "\(path)/\(name)"
    FileManager.default.createFile(atPath: file, contents: Data(bytes))
    return file
  }

  @discardableResult
  func write(_ name: String, text: String) -> String { write(name, Array(text.utf8)) }
}

/// Texts with the characters that break naive code: æøå, a combining accent, CJK and emoji.
enum Fixture {
  static let interview = """
    I: Hvordan har du det om natta?
    Informant 3: Jeg sover bedre nå. Før våknet jeg når de kom inn.
    Det var utrygt. Café med e\u{301} og 中文 og 👩‍💻 her.
    I: Og kameraet?
    Informant 3: Det er greit, tror jeg. Men jeg savner besøket.

    """

  static let focusGroup = """
    Moderator: Velkommen.
    P1: Jeg er sykepleier.
    P2: Og jeg er assistent.
    fortsatt P2 her.
    P1: Enig.

    """

  /// A project folder with one interview (informant 3) and one focus group (P1 → 7, P2 → 8).
  static func project(in folder: TemporaryFolder) throws -> (ProjectFolder, Project) {
    let created = Timestamp(iso8601: "2026-01-02T03:04:05Z")!
    var (projectFolder, project) = try ProjectFolder.create(
      at: folder.path + "/test.stc", metadata: ProjectMetadata(title: "Test æøå", created: created))
    let prepared = [
      PreparedTranscript(sourceFile: "informant3.txt", title: "Intervju 3", text: interview, encoding: "utf-8", informant: 3),
      PreparedTranscript(
        sourceFile: "fokus.txt", title: "Fokus", text: focusGroup, encoding: "utf-8", informant: nil,
        speakerInformants: ["P1": 7, "P2": 8]),
    ]
    _ = try projectFolder.importTranscripts(prepared, into: &project, at: created)
    return (projectFolder, project)
  }

  /// The span of `words` in a transcript's text.
  static func span(of words: String, in project: Project, _ transcript: TranscriptID) -> TextSpan {
    let text = project.texts[transcript]!
    let haystack = text.bytes
    let needle = Array(words.utf8)
    for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle {
      return TextSpan(start: i, end: i + needle.count)
    }
    fatalError("“\(words)” is not in \(transcript)")
  }
}

extension Timestamp {
  static let t0 = Timestamp(iso8601: "2026-02-01T10:00:00Z")!
}

extension Project: CustomTestStringConvertible {
  /// A summary instead of the whole project, so that a failed comparison stays readable.
  public var testDescription: String {
    let units = sheets.keys.sorted().map { "\($0): \(sheets[$0]!.map { "\($0.id)\($0.codes)" })" }
    return "Project(\(metadata.title); codes \(sortedCodes.map(\.name)); groups \(groups.map { "\($0.name)\($0.subgroups.map(\.name))" }); "
      + "themes \(themes.map(\.title)); memos \(memos.count); units \(units))"
  }
}
