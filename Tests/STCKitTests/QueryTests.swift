import Testing

@testable import STCKit

@Suite struct QueryTests {
  let folder = TemporaryFolder()
  var project: Project

  init() throws {
    project = try Fixture.project(in: folder).1
    var ids = IDGenerator(seed: 11)
    let plan: [(String, [String], CoderName, TranscriptID)] = [
      ("Jeg sover bedre nå.", ["Søvn"], "anna", "informant3"),
      ("Det var utrygt.", ["Utrygghet", "Søvn"], "anna", "informant3"),
      ("Det var utrygt.", ["Utrygghet"], "jonas", "informant3"),
      ("Jeg er sykepleier.", ["Rolle"], "anna", "fokus"),
      ("fortsatt P2 her.", ["Rolle", "Søvn"], "anna", "fokus"),
      ("Enig.", [], "anna", "fokus"),
    ]
    for (words, codes, coder, transcript) in plan {
      let span = Fixture.span(of: words, in: project, transcript)
      _ = try project.apply(
        try project.codePassage(transcript: transcript, span: span, codeNames: codes, coder: coder, ids: &ids, at: .t0), at: .t0)
    }
    for (code, subgroup) in [("Søvn", "Natt"), ("Utrygghet", "Natt"), ("Rolle", "Arbeid")] {
      _ = try project.apply(try project.sortCode(project.code(named: code)!.id, group: "Trygghet", subgroup: subgroup, ids: &ids), at: .t0)
    }
  }

  @Test func focusGroupUnitsBelongToTheirSpeaker() {
    let units = project.units(matching: UnitFilter(transcript: "fokus"))
    #expect(units.map { project.informantNumber(of: $0) } == [7, 8, 7])
  }

  @Test func filtersCombine() {
    let sleep = project.code(named: "Søvn")!.id
    #expect(project.units(matching: UnitFilter(code: sleep)).count == 3)
    #expect(project.units(matching: UnitFilter(code: sleep, coder: "jonas")).isEmpty)
    #expect(project.units(matching: UnitFilter(informant: 8)).count == 1)
    let natt = try! project.subgroup(named: "Natt").id
    #expect(project.units(matching: UnitFilter(subgroup: natt)).count == 4)
    #expect(project.units(matching: UnitFilter(group: project.groups[0].id)).count == 5)
    #expect(project.units(matching: UnitFilter(transcript: "informant3", coder: "anna")).map { project.quote(of: $0) }
      == ["Jeg sover bedre nå.", "Det var utrygt."])
  }

  @Test func supportCountsUnitsAndDistinctInformants() {
    let stats = project.statistics()
    let sleep = project.code(named: "Søvn")!.id
    #expect(stats.support(of: sleep) == Support(units: 3, informants: [3, 8]))
    let natt = try! project.subgroup(named: "Natt").id
    // "Det var utrygt." has two codes of Natt, and is counted once for the subgroup.
    #expect(stats.support(of: natt) == Support(units: 4, informants: [3, 8]))
    #expect(stats.support(of: project.groups[0].id) == Support(units: 5, informants: [3, 7, 8]))
    #expect(stats.uncodedUnits == 1)
    #expect(stats.informantCount == 3)
    #expect(project.statistics(coder: "jonas").support(of: natt) == Support(units: 1, informants: [3]))
  }

  @Test func searchFoldsLatinCaseOnly() {
    #expect(project.search("UTRYGT").map(\.line) == [2])
    #expect(project.search("CAFÉ").count == 1)
    #expect(project.search("utrygt", caseSensitive: true).count == 1)
    #expect(project.search("UTRYGT", caseSensitive: true).isEmpty)
    #expect(project.search("中文").first?.transcript == "informant3")
    #expect(project.search("p1", in: ["fokus"]).map(\.line) == [1, 4])
    #expect(project.search("").isEmpty)
  }

  @Test func suggestsCloseCodeNames() {
    #expect(project.suggestCodes(for: "søvnn") == ["Søvn"])
    #expect(project.suggestCodes(for: "trygg") == ["Utrygghet"])
    #expect(project.suggestCodes(for: "xyzzy").isEmpty)
  }

  @Test func progressCountsTheSteps() {
    let progress = ProjectProgress(project)
    #expect(progress.meaningUnits == 6 && progress.codes == 3 && progress.codesSorted == 3 && progress.subgroups == 2)
    #expect(progress.lines[2] == "3 Condensation       condensates written 0 of 2, golden quotations 0 of 2")
  }
}

@Suite struct JSONSyntaxCheckTests {
  @Test(arguments: [
    ("{}", nil), ("[1, 2.5e3, -1, true, null, \"a\\\"b\"]", nil),
    ("{\"a\": 1,}", "line 1, column 9"), ("{\n\"a\" 1}", "line 2, column 5"), ("[1\n,2", "line 2, column 3"),
    ("{\"a\": \"b\nc\"}", "line 1, column 9"), ("", "line 1, column 1"), ("{} x", "line 1, column 4"),
  ])
  func locatesErrors(text: String, position: String?) {
    let failure = JSONSyntaxCheck.firstError(in: Array(text.utf8))
    #expect(failure.map { "line \($0.line), column \($0.column)" } == position)
  }

  @Test func survivesDeepNesting() {
    let deep = String(repeating: "[", count: 10_000)
    #expect(JSONSyntaxCheck.firstError(in: Array(deep.utf8))?.message.contains("nested too deeply") == true)
  }
}
