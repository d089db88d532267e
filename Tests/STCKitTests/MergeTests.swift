import Foundation
import Testing

@testable import STCKit

@Suite struct MergeTests {
  /// Two copies of the demo that went their own ways.
  func copies() throws -> (TemporaryFolder, Project, Project) {
    let folder = TemporaryFolder()
    let base = try DemoProject.create(at: folder.path + "/a.stc").load()
    var other = base
    var ids = IDGenerator(seed: 501)
    // jonas renames a code, makes a new one in a new group, codes a new passage, writes a
    // condensate anna has not, and imports a transcript anna does not have.
    var lonely = other.code(named: "Ensomhet")!
    lonely.name = "Alene"
    _ = try other.apply(.updateCode(lonely), at: .t0)
    let span = other.texts["informant4"]!.span(lines: 19...19)
    _ = try other.apply(try other.codePassage(transcript: "informant4", span: span, codeNames: ["Uro"], coder: "jonas", ids: &ids, at: .t0), at: .t0)
    _ = try other.apply(try other.sortCode(other.code(named: "Uro")!.id, group: "Uro og angst", subgroup: "Uro om natta", ids: &ids), at: .t0)
    var falske = try other.subgroup(named: "Falske alarmer")
    falske.condensate = "Alarmene går hele tiden."
    _ = try other.apply(.updateSubgroup(falske), at: .t0)
    _ = try other.apply(.createMemo(Memo(id: "memo-uro", target: .code(other.code(named: "Uro")!.id), author: "jonas", text: "Ny kode", created: .t0)), at: .t0)
    // A unit both copies have, changed later in the second.
    var shared = other.sheets[CodingSheetID(coder: "jonas", transcript: "informant1")]!.first!
    shared.note = "Endret senere"
    _ = try other.apply(.updateMeaningUnit(shared), at: Timestamp(iso8601: "2027-01-01T00:00:00Z")!)
    let extra = PreparedTranscript(sourceFile: "informant7.txt", title: "Intervju 7", text: "I: Hei.\nI7: Hei.\n", encoding: "utf-8", informant: 7)
    var otherFolderProject = other
    let otherFolder = try ProjectFolder.create(with: other, at: folder.path + "/b.stc")
    _ = try otherFolder.importTranscripts([extra], into: &otherFolderProject, at: .t0)
    return (folder, base, otherFolderProject)
  }

  @Test func mapsJoinsAndReports() throws {
    let (_, base, other) = try copies()
    var mapping = ProjectMerge.defaultMapping(base: base, other: other)
    #expect(mapping[other.code(named: "Alene")!.id] == nil)
    mapping[other.code(named: "Alene")!.id] = base.code(named: "Ensomhet")!.id
    var ids = IDGenerator(seed: 9)
    let (merged, report) = try ProjectMerge.merge(base: base, other: other, mapping: mapping, ids: &ids)
    #expect(report == [
      "Added 1 transcript(s) only the second copy had: informant7.",
      "Added 1 code group(s) and 1 subgroup(s) of the second copy.",
      "Kept 1 condensate(s) or analytic text(s) written only in the second copy.",
      "Mapped 19 code(s) onto codes of the same name.",
      "Mapped 1 code(s) as you chose.",
      "Added 1 new code(s): Uro.",
      "Added 1 meaning unit(s) by jonas.",
      "Kept the later version of 1 meaning unit(s) changed in both copies.",
      "Added 1 theme(s) and memo(s) of the second copy.",
    ])
    #expect(merged.code(named: "Alene") == nil && merged.code(named: "Ensomhet") != nil)
    let uro = try #require(merged.code(named: "Uro"))
    #expect(merged.subgroup(uro.subgroup!)?.name == "Uro om natta")
    #expect(merged.memos.first { $0.id == "memo-uro" }?.target == .code(uro.id))
    #expect(try merged.subgroup(named: "Falske alarmer").condensate == "Alarmene går hele tiden.")
    #expect(merged.transcript("informant7") != nil && merged.informant(7) != nil)
    #expect(merged.allUnits.contains { $0.note == "Endret senere" })
    #expect(merged.unitCount == base.unitCount + 1)
    // The merged project is sound on disk.
    let folder = TemporaryFolder()
    let written = try ProjectFolder.create(with: merged, at: folder.path + "/m.stc")
    #expect(written.inspect().problems.isEmpty)
    let loaded = try written.load()
    #expect(loaded.sheets == merged.sheets)
    #expect(loaded.groups == merged.groups)
    #expect(loaded.codes == merged.codes)
    #expect(loaded.memos == merged.memos)
    #expect(loaded.themes == merged.themes)
    #expect(loaded.impressions == merged.impressions)
    #expect(loaded.transcripts == merged.transcripts)
    #expect(loaded.informants == merged.informants)
    #expect(loaded == merged)
    #expect(throws: STCError.self) { try ProjectFolder.create(with: merged, at: folder.path + "/m.stc") }
  }

  @Test func aTranscriptWithAnotherTextUnderTheSameNameIsRefused() throws {
    let folder = TemporaryFolder()
    var (aFolder, a) = try Fixture.project(in: folder)
    _ = aFolder
    let other = TemporaryFolder()
    var (bFolder, b) = try ProjectFolder.create(at: other.path + "/b.stc", metadata: ProjectMetadata(title: "B", created: .t0))
    _ = try bFolder.importTranscripts(
      [PreparedTranscript(sourceFile: "informant3.txt", title: "Annet", text: "I: noe annet\n", encoding: "utf-8", informant: 3)],
      into: &b, at: .t0)
    var ids = IDGenerator(seed: 1)
    #expect { try ProjectMerge.merge(base: a, other: b, mapping: [:], ids: &ids) } throws: {
      ($0 as! STCError).message.contains("different texts")
    }
    a = b
  }
}
