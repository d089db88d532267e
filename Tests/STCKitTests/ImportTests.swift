import Foundation
import Testing

@testable import STCKit

@Suite struct ImportTests {
  @Test(arguments: [
    ("informant3.docx", 3), ("I3.txt", 3), ("intervju_05.txt", 5), ("P2-transkripsjon.md", 2),
    ("Informant 12.docx", 12), ("inf-007.txt", 7), ("deltaker4.txt", 4),
  ])
  func findsInformantNumbersInFileNames(name: String, number: Int) {
    #expect(TranscriptImporter.informantNumber(inFileName: name) == number)
  }

  @Test(arguments: ["fokusgruppe1.txt", "notater.txt", "kari.docx", "transcript.txt"])
  func findsNoNumberWhereThereIsNone(name: String) {
    #expect(TranscriptImporter.informantNumber(inFileName: name) == nil)
  }

  @Test(arguments: [
    ("Informant 3.docx", "informant-3"), ("Ærlig øyeblikk å.txt", "aerlig-oyeblikk-a"), ("Café.md", "cafe"),
    ("中文.txt", "transcript"), ("a__b.txt", "a__b"),
  ])
  func slugsAreSafeFileNames(name: String, slug: String) {
    #expect(TranscriptImporter.slug(name) == slug)
    #expect(TranscriptImporter.isSafeID(slug))
  }

  @Test func refusesUnknownTypesAndMissingInformants() {
    let folder = TemporaryFolder()
    let pdf = folder.write("informant1.pdf", text: "x")
    #expect { try TranscriptImporter.prepare(file: pdf) } throws: { ($0 as! STCError).message.contains(".txt, .md and .docx") }
    let anonymous = folder.write("notes.txt", text: "I: hei\n")
    #expect { try TranscriptImporter.prepare(file: anonymous) } throws: { ($0 as! STCError).message.contains("--informant") }
    #expect { try TranscriptImporter.prepare(file: folder.path + "/missing.txt") } throws: { ($0 as! STCError).kind == .noInput }
  }

  @Test func importsAllOrNothing() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    let before = project
    let good = try TranscriptImporter.prepare(file: folder.write("I5.txt", text: "I: Hei\nI5: Hei.\n"))
    let duplicate = PreparedTranscript(sourceFile: "kopi.txt", title: "Kopi", text: Fixture.interview, encoding: "utf-8", informant: 9)
    #expect { try projectFolder.importTranscripts([good, duplicate], into: &project) } throws: {
      ($0 as! STCError).message.contains("same text")
    }
    #expect(project == before)
    #expect(!FileManager.default.fileExists(atPath: projectFolder.transcriptFile("i5")))
    #expect(try projectFolder.load() == before)
  }

  @Test func focusGroupSpeakersBecomeInformants() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    let record = project.transcript("fokus")!
    #expect(record.informant == nil)
    #expect(record.speakers == [
      SpeakerAssignment(label: "Moderator", interviewer: true), SpeakerAssignment(label: "P1", informant: 7),
      SpeakerAssignment(label: "P2", informant: 8),
    ])
    #expect(project.informants.map(\.number) == [3, 7, 8])
    // Unmapped speakers get the next free numbers.
    let more = PreparedTranscript(
      sourceFile: "fokus2.txt", title: "F2", text: "M: Hei\nP1: a\nP2: b\n", encoding: "utf-8", informant: nil,
      speakerInformants: ["P2": 3])
    let records = try projectFolder.importTranscripts([more], into: &project)
    #expect(records[0].speakers.map(\.informant) == [nil, 9, 3])
    #expect(project.informants.map(\.number) == [3, 7, 8, 9])
  }

  @Test func idsStayUniqueAndFilesAreStoredNormalised() throws {
    let folder = TemporaryFolder()
    var (projectFolder, project) = try Fixture.project(in: folder)
    let a = try TranscriptImporter.prepare(file: folder.write("Informant 3.txt", text: "I: a\r\nI3: b"), informant: 3)
    let records = try projectFolder.importTranscripts([a], into: &project)
    #expect(records[0].id == "informant-3")
    let stored = try AtomicFile.read(projectFolder.transcriptFile("informant-3"))
    #expect(stored == Array("I: a\nI3: b\n".utf8))
    #expect(records[0].sha256 == ProjectFolder.sha256(stored))
  }
}
