import Foundation
import STCSamples
import Testing

@testable import STCKit

@Suite struct DemoProjectTests {
  @Test func theDemoIsCompleteAndSound() throws {
    let folder = TemporaryFolder()
    let demo = try DemoProject.create(at: folder.path + "/demo.stc")
    let inspection = demo.inspect()
    #expect(inspection.problems.isEmpty)
    let project = try #require(inspection.project)
    #expect(project.transcripts.count == 9)
    #expect(project.coders == ["anna", "jonas"])
    #expect(project.groups.count == 4)
    #expect(project.groups.allSatisfy { !$0.subgroups.isEmpty })
    let progress = ProjectProgress(project)
    #expect(progress.condensates >= 3 && progress.analyticTexts >= 2 && progress.goldenQuotes >= 2)
    #expect(progress.themes == 6 && progress.transcriptsRead >= 6)
    #expect(project.memos.contains { $0.target == .preconceptions("anna") })
    #expect(project.informant(2)?.attributes["rolle"] == "helsefagarbeider")
    let focus = try #require(project.transcript("fokusgruppe"))
    #expect(focus.speakers.filter { !$0.interviewer }.compactMap(\.informant) == [7, 8, 9, 10])
  }

  @Test func theDemoIsTheSameEveryTime() throws {
    let folder = TemporaryFolder()
    let a = try DemoProject.create(at: folder.path + "/a.stc")
    let b = try DemoProject.create(at: folder.path + "/b.stc")
    for file in ["project.json", "coding/anna/informant1.json", "coding/jonas/informant3.json"] {
      #expect(try AtomicFile.read(a.file(file)) == AtomicFile.read(b.file(file)))
    }
  }

  @Test func samplesMeetTheBrief() throws {
    for file in SampleTranscripts.all {
      let text = try TextDecoding.decode(file.bytes, fileName: file.name).text
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      if file.name.hasPrefix("informant") { #expect((80...250).contains(lines), "\(file.name) has \(lines) lines") }
      #expect(TranscriptText(bytes: Array(text.utf8)).turns.labels.count >= 2, "\(file.name) has no speaker turns")
    }
  }
}
