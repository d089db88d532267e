import Testing

@testable import STCKit

@Suite struct ReconciliationTests {
  /// anna and jonas on the fixture interview: one exact agreement, one difference of codes, one of
  /// bounds, and one unit each that the other does not have.
  func project() throws -> (TemporaryFolder, Project) {
    let folder = TemporaryFolder()
    var project = try Fixture.project(in: folder).1
    var ids = IDGenerator(seed: 21)
    let plan: [(CoderName, String, [String])] = [
      ("anna", "Jeg sover bedre nå.", ["Søvn"]), ("jonas", "Jeg sover bedre nå.", ["Søvn"]),
      ("anna", "Det var utrygt.", ["Utrygg"]), ("jonas", "Det var utrygt.", ["Frykt"]),
      ("anna", "Men jeg savner besøket.", ["Savn"]), ("jonas", "jeg savner besøket.", ["Savn"]),
      ("anna", "Det er greit, tror jeg.", ["Greit"]),
      ("jonas", "Og kameraet?", ["Kamera"]),
    ]
    for (coder, words, codes) in plan {
      let span = Fixture.span(of: words, in: project, "informant3")
      _ = try project.apply(try project.codePassage(transcript: "informant3", span: span, codeNames: codes, coder: coder, ids: &ids, at: .t0), at: .t0)
    }
    return (folder, project)
  }

  @Test func placesAreSortedAndNamed() throws {
    let (_, project) = try project()
    let (agreed, places) = Reconciliation.compare(project, "anna", "jonas")
    #expect(agreed.count == 1)
    #expect(places.map(\.kind) == [.differentCodes, .onlySecond, .onlyFirst, .otherBounds])
    #expect(places.map { project.texts["informant3"]!.text(of: $0.span) } == [
      "Det var utrygt.", "Og kameraet?", "Det er greit, tror jeg.", "Men jeg savner besøket.",
    ])
    // The other way round, the kinds swap.
    #expect(Reconciliation.compare(project, "jonas", "anna").disagreements.map(\.kind).filter { $0 == .onlyFirst }.count == 1)
  }

  @Test func agreedUnitsAreTakenOverOnce() throws {
    var (_, project) = try project()
    var ids = IDGenerator(seed: 3)
    let (operation, count) = Reconciliation.takeOverAgreed(project, "anna", "jonas", into: "consensus", ids: &ids, at: .t0)
    #expect(count == 1)
    _ = try project.apply(try #require(operation), at: .t0)
    let consensus = try #require(project.sheets[CodingSheetID(coder: "consensus", transcript: "informant3")])
    #expect(consensus.map { project.quote(of: $0) } == ["Jeg sover bedre nå."])
    #expect(Reconciliation.takeOverAgreed(project, "anna", "jonas", into: "consensus", ids: &ids, at: .t0).count == 0)
    // The originals are untouched.
    #expect(project.sheets[CodingSheetID(coder: "anna", transcript: "informant3")]?.count == 4)
  }

  @Test func keepingFirstSecondOrBoth() throws {
    var (_, project) = try project()
    var ids = IDGenerator(seed: 8)
    let places = Reconciliation.compare(project, "anna", "jonas").disagreements
    let codes = places[0]
    _ = try project.apply(try Reconciliation.keep(.both, of: codes, into: "consensus", ids: &ids, at: .t0), at: .t0)
    let merged = project.sheets[CodingSheetID(coder: "consensus", transcript: "informant3")]!
    #expect(merged.count == 1)
    #expect(Set(merged[0].codes.compactMap { project.codes[$0]?.name }) == ["Utrygg", "Frykt"])
    #expect(Reconciliation.isSettled(codes, in: project, into: "consensus"))
    #expect(!Reconciliation.isSettled(places[3], in: project, into: "consensus"))
    _ = try project.apply(try Reconciliation.keep(.second, of: places[3], into: "consensus", ids: &ids, at: .t0), at: .t0)
    #expect(project.sheets[CodingSheetID(coder: "consensus", transcript: "informant3")]!.map { project.quote(of: $0) }.contains("jeg savner besøket."))
    #expect(throws: STCError.self) { try Reconciliation.keep(.first, of: places[1], into: "consensus", ids: &ids, at: .t0) }
    let open = Reconciliation.compare(project, "anna", "jonas").disagreements.filter { !Reconciliation.isSettled($0, in: project, into: "consensus") }
    #expect(open.count == 2)
  }
}
