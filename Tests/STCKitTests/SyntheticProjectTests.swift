import Foundation
import Testing

@testable import STCKit

@Suite struct SyntheticProjectTests {
  static let spec = SyntheticProject(transcripts: 4, linesPerTranscript: 300, units: 400, coders: 2, codes: 60, seed: 5)

  @Test(arguments: [spec, SyntheticProject.Size.small.spec])
  func itIsSoundAndReadsBackTheSame(spec: SyntheticProject) throws {
    let folder = TemporaryFolder()
    let project = spec.make()
    let saved = try ProjectFolder.create(with: project, at: folder.path + "/s.stc")
    let inspection = saved.inspect()
    #expect(inspection.problems.isEmpty, "\(inspection.problems)")
    let back = try #require(inspection.project)
    #expect(back.metadata == project.metadata)
    #expect(back.informants == project.informants)
    #expect(back.transcripts == project.transcripts)
    #expect(back.texts == project.texts)
    #expect(back.themes == project.themes)
    #expect(back.codes == project.codes)
    #expect(back.groups == project.groups)
    #expect(back.memos == project.memos)
    #expect(back.sheets == project.sheets)
    #expect(back == project)
  }

  @Test func itHasWhatItPromises() {
    let project = Self.spec.make()
    #expect(project.transcripts.count == 4 && project.texts.values.allSatisfy { $0.lineCount == 300 })
    #expect(project.unitCount == 400 && project.coders == ["anna", "jonas"] && project.codes.count == 60)
    #expect(project.groups.count >= 1 && project.groups.allSatisfy { !$0.subgroups.isEmpty })
    let text = project.texts.values.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    #expect(text.contains("å") && text.contains("ø") && text.unicodeScalars.contains { $0.properties.isEmojiPresentation })
    #expect(project.transcripts.allSatisfy { $0.speakers.count == 2 })
  }

  @Test func theSameSeedGivesTheSameProject() {
    #expect(Self.spec.make() == Self.spec.make())
    var other = Self.spec
    other.seed = 6
    #expect(other.make() != Self.spec.make())
  }
}
