import Foundation
import Testing

@testable import STCKit

@Suite struct AgreementStatisticsTests {
  func close(_ a: Double?, _ b: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let a else {
      Issue.record("undefined, expected \(b)", sourceLocation: sourceLocation)
      return
    }
    #expect(abs(a - b) < 0.0005, "\(a) is not \(b)", sourceLocation: sourceLocation)
  }

  /// Cohen's kappa, the worked example of Wikipedia's article: 50 items, 20 yes/yes, 5 yes/no,
  /// 10 no/yes, 15 no/no: p₀ = 0.7, pₑ = 0.5, κ = 0.4. (α is 0.4 here too.)
  @Test func cohensWorkedExample() {
    let table = AgreementTable(both: 20, onlyFirst: 5, onlySecond: 10, neither: 15)
    close(table.percentAgreement, 70)
    close(table.cohensKappa, 0.4)
    close(table.krippendorffsAlpha, 0.4)
  }

  /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example A: binary data,
  /// two observers, ten units, no missing values: α = 0.095. Observer A: 0 1 0 0 0 0 0 0 1 0;
  /// B: 1 1 1 0 0 1 0 0 0 0. κ computed by hand: p₀ = 0.6, pₑ = 0.56, κ = 0.0909.
  @Test func krippendorffsWorkedExample() {
    let table = AgreementTable(both: 1, onlyFirst: 1, onlySecond: 3, neither: 5)
    close(table.krippendorffsAlpha, 0.0952)
    close(table.cohensKappa, 0.0909)
    close(table.percentAgreement, 60)
  }

  @Test func undefinedFiguresAreNil() {
    #expect(AgreementTable.zero.percentAgreement == nil && AgreementTable.zero.cohensKappa == nil)
    let unused = AgreementTable(both: 0, onlyFirst: 0, onlySecond: 0, neither: 12)
    #expect(unused.percentAgreement == 100 && unused.cohensKappa == nil && unused.krippendorffsAlpha == nil)
    let everywhere = AgreementTable(both: 12, onlyFirst: 0, onlySecond: 0, neither: 0)
    #expect(everywhere.cohensKappa == nil && everywhere.krippendorffsAlpha == nil)
    let oneSided = AgreementTable(both: 0, onlyFirst: 4, onlySecond: 0, neither: 6)
    close(oneSided.cohensKappa, 0)
    #expect(oneSided.krippendorffsAlpha! < 0)
    let note = CodeAgreement(code: "X", table: unused, first: "anna", second: "jonas").notes
    #expect(note == ["neither coder used this code here, so κ and α are undefined"])
    #expect(CodeAgreement(code: "X", table: oneSided, first: "anna", second: "jonas").notes[0].hasPrefix("only anna used this code"))
  }
}

@Suite struct AgreementCalculatorTests {
  /// A five-line transcript; anna codes lines 1–2 with "X", jonas lines 2–3.
  func project() throws -> (TemporaryFolder, Project) {
    let folder = TemporaryFolder()
    let time = Timestamp.t0
    var (projectFolder, project) = try ProjectFolder.create(at: folder.path + "/p.stc", metadata: ProjectMetadata(title: "A", created: time))
    let text = "I: en æ\nI1: to\nI: tre\nI1: fire\nI: fem\n"
    _ = try projectFolder.importTranscripts(
      [PreparedTranscript(sourceFile: "i1.txt", title: "T", text: text, encoding: "utf-8", informant: 1)], into: &project, at: time)
    var ids = IDGenerator(seed: 4)
    let t = project.texts["i1"]!
    for (coder, lines, code) in [("anna", 0...1, "X"), ("jonas", 1...2, "X"), ("jonas", 4...4, "Y")] as [(CoderName, ClosedRange<Int>, String)] {
      _ = try project.apply(
        try project.codePassage(transcript: "i1", span: t.span(lines: lines), codeNames: [code], coder: coder, ids: &ids, at: time), at: time)
    }
    return (folder, project)
  }

  @Test func linesComputedByHand() throws {
    let (_, project) = try project()
    let report = try AgreementCalculator.compare(CodingSide(project: project, coder: "anna"), CodingSide(project: project, coder: "jonas"))
    #expect(report.unitsCompared == 5)
    let x = try #require(report.codes.first { $0.code == "X" })
    #expect(x.table == AgreementTable(both: 1, onlyFirst: 1, onlySecond: 1, neither: 2))
    // p₀ = 3/5; pₑ = (2·2 + 3·3)/25 = 0.52; κ = 0.08/0.48; α = 1 − 9·2/(4·6) = 0.25.
    #expect(abs(x.cohensKappa! - 1.0 / 6.0) < 1e-9)
    #expect(abs(x.krippendorffsAlpha! - 0.25) < 1e-9)
    let y = try #require(report.codes.first { $0.code == "Y" })
    #expect(y.table == AgreementTable(both: 0, onlyFirst: 0, onlySecond: 1, neither: 4))
    #expect(y.notes[0].hasPrefix("only jonas used this code"))
    #expect(report.overall.table == AgreementTable(both: 1, onlyFirst: 1, onlySecond: 2, neither: 6))
  }

  @Test func charactersCountUnicodeScalars() throws {
    let (_, project) = try project()
    let report = try AgreementCalculator.compare(
      CodingSide(project: project, coder: "anna"), CodingSide(project: project, coder: "jonas"),
      options: AgreementOptions(unit: .character, codes: ["x"]))
    // The text has 38 scalars (æ is one); anna covers "I: en æ\nI1: to" (14), jonas "I1: to\nI: tre" (13),
    // both "I1: to" (6).
    #expect(report.unitsCompared == 38)
    #expect(report.codes.map(\.table) == [AgreementTable(both: 6, onlyFirst: 8, onlySecond: 7, neither: 17)])
  }

  @Test func twoCopiesOfAProject() throws {
    let (folder, project) = try project()
    // A copy where jonas coded the same; codes are matched by name, whatever their ids.
    var copy = project
    var ids = IDGenerator(seed: 77)
    let line = project.texts["i1"]!.span(lines: 0...1)
    _ = try copy.apply(try copy.codePassage(transcript: "i1", span: line, codeNames: ["Z"], coder: "jonas", ids: &ids, at: .t0), at: .t0)
    let report = try AgreementCalculator.compare(
      CodingSide(project: project, coder: "anna"), CodingSide(project: copy, coder: "jonas"), options: AgreementOptions(codes: ["X", "Z"]))
    #expect(report.codes.map(\.code) == ["X", "Z"])
    _ = folder
    #expect(throws: STCError.self) {
      try AgreementCalculator.compare(CodingSide(project: project, coder: "anna"), CodingSide(project: project, coder: "anna"))
    }
    #expect(throws: STCError.self) {
      try AgreementCalculator.compare(
        CodingSide(project: project, coder: "anna"), CodingSide(project: project, coder: "jonas"), options: AgreementOptions(codes: ["Nope"]))
    }
  }

  @Test func theDemoCodersAgreeSomewhat() throws {
    let folder = TemporaryFolder()
    let project = try DemoProject.create(at: folder.path + "/d.stc").load()
    let report = try AgreementCalculator.compare(CodingSide(project: project, coder: "anna"), CodingSide(project: project, coder: "jonas"))
    #expect(report.transcripts == ["informant1", "informant2", "informant3"])
    #expect(report.overall.cohensKappa! > 0.3 && report.overall.cohensKappa! < 0.6)
    let text = Reports.agreement(report)
    #expect(text.contains("Falske alarmer                    2     0          0           100.0 %  1.00  1.00"))
    #expect(!text.contains("nan") && !text.contains("-0.00"))
  }
}
