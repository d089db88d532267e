import Foundation
import Testing

@testable import STCKit

@Suite struct CodingFileFormatTests {
  /// Random coding documents, with the notes that break naive writers.
  static func documents(count: Int) -> [CodingDocument] {
    var random = SplitMix(seed: 11)
    let pieces = ["a", "æøå", "\"", "\\", "/", "\n", "\t", "\r", "\u{8}", "\u{c}", "\u{1}", "\u{1f}", "\u{7f}", "\u{2028}", "😀", "中文", "e\u{301}", " "]
    return (0..<count).map { n in
      let units = (0..<Int(random.next() % 5)).map { u in
        let start = Int(random.next() % 100_000)
        let note: String? = random.next() % 3 == 0 ? nil : (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        return CodingDocument.StoredUnit(
          id: MeaningUnitID("mu-\(n)-\(u)"), start: start, end: start + 1 + Int(random.next() % 500),
          codes: (0..<Int(random.next() % 4)).map { CodeID("code-\($0)-\(random.next() % 1000)") }, note: note,
          created: Timestamp(secondsSince1970: Int64(random.next() % 4_000_000_000)),
          modified: Timestamp(secondsSince1970: Int64(random.next() % 4_000_000_000)))
      }
      return CodingDocument(schemaVersion: Project.schemaVersion, coder: n % 2 == 0 ? "anna" : "Åse.k_2", transcript: TranscriptID("t-\(n)"), meaningUnits: units)
    }
  }

  @Test func writesWhatJSONEncoderWritesByteForByte() {
    for document in Self.documents(count: 400) {
      #expect(CodingFileFormat.write(document) == ProjectFolder.encode(document))
    }
  }

  @Test func readsWhatItWritesAndWhatJSONEncoderWritesInAnyLayout() throws {
    let compact = JSONEncoder()
    for document in Self.documents(count: 400) {
      #expect(CodingFileFormat.read(CodingFileFormat.write(document)) == document)
      #expect(CodingFileFormat.read(Array(try compact.encode(document))) == document)
    }
    // keys in another order, escapes the writer never uses
    let shuffled = """
      {"transcript":"t","schemaVersion":1,"meaningUnits":[{"start":1,"note":"a\\/b \\u00e6 \\ud83d\\ude00","modified":"2026-01-01T00:00:00Z","id":"mu-1","end":5,"created":"2026-01-01T00:00:00Z","codes":[]}],"coder":"kari"}
      """
    let read = try #require(CodingFileFormat.read(Array(shuffled.utf8)))
    #expect(read.meaningUnits.first?.note == "a/b æ 😀")
  }

  @Test(arguments: [
    #"{"coder":"anna","meaningUnits":[],"schemaVersion":2,"transcript":"t"}"#,  // a newer schema
    #"{"coder":"anna","meaningUnits":[],"schemaVersion":1,"transcript":"t","extra":1}"#,  // an unknown key
    #"{"coder":"anna","meaningUnits":[{"id":"mu","start":1.5,"end":2,"codes":[],"created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}],"schemaVersion":1,"transcript":"t"}"#,
    #"{"coder":"anna","meaningUnits":[{"id":"mu","start":1,"end":2,"codes":[],"created":"yesterday","modified":"2026-01-01T00:00:00Z"}],"schemaVersion":1,"transcript":"t"}"#,
    #"{"coder":"anna","meaningUnits":[{"id":"mu","start":1,"end":2,"created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}],"schemaVersion":1,"transcript":"t"}"#,  // no codes
    #"{"coder":"an na","meaningUnits":[],"schemaVersion":1,"transcript":"t"}"#,  // not a coder name
    #"{"coder":"anna","meaningUnits":[],"schemaVersion":1,"transcript":"t"} x"#,  // trailing text
    "{\"coder\":\"anna\",\"meaningUnits\":[],\"schemaVersion\":1,\"transcript\":\"t\u{1}\"}",  // a raw control character
    #"{"coder":"anna","meaningUnits":[],"schemaVersion":1,"transcript":"\ud800"}"#,  // a lone surrogate
    #"{"coder":"anna","meaningUnits":["#,
  ])
  func givesUpOnAnythingElse(json: String) {
    #expect(CodingFileFormat.read(Array(json.utf8)) == nil)
  }

  @Test func theLoaderStillReportsBrokenFilesWithTheirLine() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    project.insertUnit(
      MeaningUnit(id: "mu-1", transcript: "informant3", coder: "kari", span: TextSpan(start: 0, end: 5), created: .t0))
    try projectFolder.saveAll(project)
    #expect(try projectFolder.load() == project)
    let file = projectFolder.sheetFile(CodingSheetID(coder: "kari", transcript: "informant3"))
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"end\" : 5", with: "\"end\" : 5,,")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let problems = projectFolder.inspect().problems.map(\.message).joined()
    #expect(problems.contains("the JSON is broken at line 9, column 17"), "\(problems)")
  }
}
