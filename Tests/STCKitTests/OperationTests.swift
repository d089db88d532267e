import Testing

@testable import STCKit

@Suite struct OperationTests {
  let folder = TemporaryFolder()
  var project: Project
  var ids = IDGenerator(seed: 7)

  init() throws {
    project = try Fixture.project(in: folder).1
  }

  /// Applies an operation, checks that its inverse restores the project exactly, and applies it
  /// again.
  @discardableResult
  mutating func applyAndCheckInverse(_ operation: Operation) throws -> AppliedOperation {
    let before = project
    let applied = try project.apply(operation, at: .t0)
    var undone = project
    _ = try undone.apply(applied.inverse, at: .t0)
    #expect(undone == before, "the inverse of \(applied.summary) does not restore the project")
    return applied
  }

  mutating func code(_ name: String, words: String, transcript: TranscriptID = "informant3", coder: CoderName = "anna")
    throws -> MeaningUnit
  {
    let span = Fixture.span(of: words, in: project, transcript)
    let op = try project.codePassage(
      transcript: transcript, span: span, codeNames: [name], coder: coder, ids: &ids, at: .t0)
    try applyAndCheckInverse(op)
    return project.sheets[CodingSheetID(coder: coder, transcript: transcript)]!.first { $0.span == span }!
  }

  @Test mutating func codingAPassageCreatesCodeAndUnit() throws {
    let unit = try code("Søvn", words: "Jeg sover bedre nå.")
    #expect(project.code(named: "søvn")?.id == unit.codes.first)
    #expect(project.quote(of: unit) == "Jeg sover bedre nå.")
    #expect(project.informantNumber(of: unit) == 3)
    // The same passage again adds the new code to the same unit.
    let again = try code("Trygghet", words: "Jeg sover bedre nå.")
    #expect(again.id == unit.id && again.codes.count == 2)
    #expect(project.unitCount == 1)
    // And a third time with a code it has is refused.
    #expect(throws: STCError.self) {
      try project.codePassage(
        transcript: "informant3", span: unit.span, codeNames: ["Søvn"], coder: "anna", ids: &ids, at: .t0)
    }
  }

  @Test mutating func unitsAreCheckedAgainstTheirTranscript() throws {
    let text = project.texts["informant3"]!
    let bad = MeaningUnit(id: "mu-x", transcript: "informant3", coder: "anna", span: TextSpan(start: 0, end: text.byteCount + 5), created: .t0)
    #expect { try project.apply(.addMeaningUnit(bad)) } throws: { ($0 as! STCError).message.contains("outside") }
    let nowhere = MeaningUnit(id: "mu-y", transcript: "nope", coder: "anna", span: TextSpan(start: 0, end: 1), created: .t0)
    #expect(throws: STCError.self) { try project.apply(.addMeaningUnit(nowhere)) }
    let unknownCode = MeaningUnit(id: "mu-z", transcript: "informant3", coder: "anna", span: TextSpan(start: 0, end: 1), codes: ["code-nope"], created: .t0)
    #expect(throws: STCError.self) { try project.apply(.addMeaningUnit(unknownCode)) }
  }

  @Test mutating func renamingKeepsNamesUnique() throws {
    _ = try code("Søvn", words: "Jeg sover bedre nå.")
    _ = try code("Besøk", words: "Men jeg savner besøket.")
    var sleep = project.code(named: "Søvn")!
    sleep.name = "besøk"
    #expect { try project.apply(.updateCode(sleep)) } throws: { ($0 as! STCError).message.contains("already a code") }
    sleep.name = "Nattesøvn"
    let applied = try applyAndCheckInverse(.updateCode(sleep))
    #expect(applied.summary == "Renamed code “Søvn” to “Nattesøvn”")
    #expect(project.code(named: "søvn") == nil && project.code(named: "NATTESØVN") != nil)
  }

  @Test mutating func mergingMovesEveryUnit() throws {
    let a = try code("Utrygg", words: "Det var utrygt.")
    _ = try code("Utrygghet", words: "Før våknet jeg når de kom inn.")
    _ = try code("Utrygghet", words: "Det var utrygt.")
    let from = project.code(named: "Utrygg")!.id
    let into = project.code(named: "Utrygghet")!.id
    let memo = Memo(id: ids.make(), target: .code(from), author: "anna", text: "notat", created: .t0)
    try applyAndCheckInverse(.createMemo(memo))
    try applyAndCheckInverse(try project.mergeCodes(from, into: into))
    #expect(project.codes[from] == nil)
    #expect(project.unit(a.id)?.codes == [into])
    #expect(project.memo(memo.id)?.target == .code(into))
    #expect(project.units(matching: UnitFilter(code: into)).count == 2)
  }

  @Test mutating func deletingNeverLosesUnitsSilently() throws {
    let unit = try code("Søvn", words: "Jeg sover bedre nå.")
    let sleep = project.code(named: "Søvn")!.id
    #expect { try project.apply(.deleteCode(sleep)) } throws: { ($0 as! STCError).message.contains("1 meaning unit") }
    #expect(throws: STCError.self) { try project.deleteCode(sleep) }
    try applyAndCheckInverse(try project.deleteCode(sleep, force: true))
    #expect(project.unit(unit.id)?.codes == [])
    #expect(project.codes[sleep] == nil)
  }

  @Test mutating func sortingCreatesGroupsAndSubgroupsOnce() throws {
    _ = try code("Søvn", words: "Jeg sover bedre nå.")
    _ = try code("Besøk", words: "Men jeg savner besøket.")
    let sleep = project.code(named: "Søvn")!.id
    let visit = project.code(named: "Besøk")!.id
    try applyAndCheckInverse(try project.sortCode(sleep, group: "Trygghet", subgroup: "Natt", ids: &ids))
    try applyAndCheckInverse(try project.sortCode(visit, group: "trygghet", subgroup: "Besøket", ids: &ids))
    #expect(project.groups.count == 1)
    #expect(project.groups[0].subgroups.map(\.name) == ["Natt", "Besøket"])
    #expect(throws: STCError.self) { try project.sortCode(sleep, group: "Trygghet", subgroup: "natt", ids: &ids) }
    let natt = project.groups[0].subgroups[0].id
    // A subgroup with codes needs a target or force.
    #expect(throws: STCError.self) { try project.apply(.deleteSubgroup(natt)) }
    #expect(throws: STCError.self) { try project.deleteSubgroup(natt) }
    let besoket = project.groups[0].subgroups[1].id
    try applyAndCheckInverse(try project.deleteSubgroup(natt, moveCodesTo: besoket))
    #expect(project.codes[sleep]?.subgroup == besoket)
    let group = project.groups[0].id
    #expect(throws: STCError.self) { try project.deleteGroup(group) }
    try applyAndCheckInverse(try project.deleteGroup(group, force: true))
    #expect(project.groups.isEmpty && project.codes[sleep]?.subgroup == nil)
  }

  @Test mutating func groupsAndSubgroupsReorderAndMove() throws {
    let a = CodeGroup(id: "group-a", name: "A", subgroups: [Subgroup(id: "sub-1", name: "En")])
    let b = CodeGroup(id: "group-b", name: "B")
    try applyAndCheckInverse(.createGroup(a, at: 0))
    try applyAndCheckInverse(.createGroup(b, at: 5))
    #expect(throws: STCError.self) { try project.apply(.createGroup(CodeGroup(id: "group-c", name: "a"), at: 0)) }
    try applyAndCheckInverse(.moveGroup("group-b", to: 0))
    #expect(project.groups.map(\.name) == ["B", "A"])
    try applyAndCheckInverse(.moveSubgroup("sub-1", to: "group-b", at: 0))
    #expect(project.groups[0].subgroups.map(\.id) == ["sub-1"])
    var renamed = project.groups[1].header
    renamed.name = "Aa"
    renamed.introduction = "Innledning"
    try applyAndCheckInverse(.updateGroup(renamed))
    #expect(project.group("group-a")?.introduction == "Innledning")
  }

  @Test mutating func goldenQuotesAndCondensates() throws {
    let unit = try code("Søvn", words: "Jeg sover bedre nå.")
    try applyAndCheckInverse(try project.sortCode(unit.codes[0], group: "G", subgroup: "S", ids: &ids))
    var subgroup = project.groups[0].subgroups[0]
    subgroup.condensate = "Jeg sover bedre."
    subgroup.goldenQuote = unit.id
    subgroup.analyticText = "Informantene sover bedre."
    subgroup.status = .done
    let applied = try applyAndCheckInverse(.updateSubgroup(subgroup))
    #expect(applied.summary.contains("condensate") && applied.summary.contains("golden quotation"))
    // The golden quotation cannot simply vanish: deleting its unit clears it in the same step.
    #expect(throws: STCError.self) { try project.apply(.deleteMeaningUnit(unit.id)) }
    try applyAndCheckInverse(try project.deleteMeaningUnit(unit.id))
    #expect(project.groups[0].subgroups[0].goldenQuote == nil)
    var missing = project.groups[0].subgroups[0]
    missing.goldenQuote = "mu-nope"
    #expect(throws: STCError.self) { try project.apply(.updateSubgroup(missing)) }
  }

  @Test mutating func themesImpressionsMemosInformants() throws {
    let t1 = Theme(id: "theme-1", title: "Trygghet", note: "a")
    let t2 = Theme(id: "theme-2", title: "Ensomhet", note: "b")
    try applyAndCheckInverse(.createTheme(t1, at: 0))
    try applyAndCheckInverse(.createTheme(t2, at: 1))
    try applyAndCheckInverse(.moveTheme("theme-2", to: 0))
    try applyAndCheckInverse(try project.mergeThemes("theme-1", into: "theme-2"))
    #expect(project.themes.map(\.title) == ["Ensomhet"])
    #expect(project.themes[0].note == "b\n\na")
    try applyAndCheckInverse(.setImpression(Impression(note: "Sterk", readBy: ["jonas", "anna"]), for: "informant3"))
    #expect(project.impressions["informant3"]?.readBy == ["anna", "jonas"])
    #expect(throws: STCError.self) { try project.apply(.setImpression(Impression(), for: "nope")) }
    let memo = Memo(id: "memo-1", target: .preconceptions("anna"), author: "anna", text: "Jeg tror …", created: .t0)
    try applyAndCheckInverse(.createMemo(memo))
    #expect(throws: STCError.self) { try project.apply(.createMemo(Memo(id: "memo-2", target: .code("code-nope"), author: nil, text: "", created: .t0))) }
    var informant = project.informant(3)!
    informant.attributes["rolle"] = "sykepleier"
    try applyAndCheckInverse(.updateInformant(informant))
    #expect(project.informant(3)?.attributes == ["rolle": "sykepleier"])
  }

  @Test mutating func aFailingBatchChangesNothing() throws {
    let before = project
    let good = Operation.createGroup(CodeGroup(id: "group-x", name: "X"), at: 0)
    let bad = Operation.deleteCode("code-nope")
    #expect(throws: STCError.self) { try project.apply(.batch("both", [good, bad])) }
    #expect(project == before)
  }

  @Test mutating func undoAndRedoWalkTheHistory() throws {
    var history = UndoHistory()
    let start = project
    let span = Fixture.span(of: "Det var utrygt.", in: project, "informant3")
    let op = try project.codePassage(transcript: "informant3", span: span, codeNames: ["Utrygg"], coder: "anna", ids: &ids, at: .t0)
    history.record(try project.apply(op, at: .t0))
    let coded = project
    var group = CodeGroup(id: "group-1", name: "G")
    history.record(try project.apply(.createGroup(group, at: 0), at: .t0))
    group.name = "G2"
    history.record(try project.apply(.updateGroup(group), at: .t0))
    #expect(history.nextUndoSummary == "Renamed code group “G” to “G2”")
    _ = try history.undo(&project, at: .t0)
    _ = try history.undo(&project, at: .t0)
    #expect(project == coded)
    _ = try history.undo(&project, at: .t0)
    #expect(project == start)
    #expect(try history.undo(&project) == nil)
    _ = try history.redo(&project, at: .t0)
    #expect(project == coded)
    _ = try history.redo(&project, at: .t0)
    _ = try history.redo(&project, at: .t0)
    #expect(project.groups.map(\.name) == ["G2"])
    #expect(!history.canRedo)
  }

  /// Random sequences of edits, undone one by one, come back to where they started.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  mutating func randomEditsUndoExactly(seed: UInt64) throws {
    var random = IDGenerator(seed: seed)
    var stack: [(Project, Operation)] = []
    let words = ["Jeg sover bedre nå.", "Det var utrygt.", "Men jeg savner besøket.", "Det er greit, tror jeg."]
    let names = ["Søvn", "Utrygghet", "Besøk", "Kamera", "Tvil"]
    func pick(_ n: Int) -> Int { Int(random.make(MemoKind.self).rawValue.suffix(4), radix: 16)! % n }
    for _ in 0..<40 {
      var op: Operation?
      switch pick(6) {
      case 0, 1:
        let span = Fixture.span(of: words[pick(words.count)], in: project, "informant3")
        op = try? project.codePassage(
          transcript: "informant3", span: span, codeNames: [names[pick(names.count)]], coder: pick(2) == 0 ? "anna" : "jonas",
          ids: &ids, at: .t0)
      case 2:
        let codes = project.sortedCodes
        if codes.count >= 2 { op = try? project.mergeCodes(codes[pick(codes.count)].id, into: codes[pick(codes.count)].id) }
      case 3:
        if let code = project.sortedCodes.first {
          op = try? project.sortCode(code.id, group: ["A", "B"][pick(2)], subgroup: ["x", "y"][pick(2)], ids: &ids)
        }
      case 4:
        if let unit = project.allUnits.min(by: { $0.id < $1.id }) { op = try? project.deleteMeaningUnit(unit.id) }
      default:
        if let code = project.sortedCodes.last { op = try? project.deleteCode(code.id, force: true) }
      }
      guard let op else { continue }
      let before = project
      let applied = try project.apply(op, at: .t0)
      stack.append((before, applied.inverse))
    }
    #expect(stack.count > 10)
    while let (before, inverse) = stack.popLast() {
      _ = try project.apply(inverse, at: .t0)
      #expect(project == before)
    }
  }
}

@Suite struct StepThreeAndFourTests {
  @Test func splittingACodeMovesTheChosenUnits() throws {
    let folder = TemporaryFolder()
    var project = try Fixture.project(in: folder).1
    var ids = IDGenerator(seed: 5)
    for words in ["Jeg sover bedre nå.", "Det var utrygt.", "Men jeg savner besøket."] {
      let span = Fixture.span(of: words, in: project, "informant3")
      _ = try project.apply(
        try project.codePassage(transcript: "informant3", span: span, codeNames: ["Natt"], coder: "anna", ids: &ids, at: .t0), at: .t0)
    }
    let natt = project.code(named: "Natt")!.id
    _ = try project.apply(try project.sortCode(natt, group: "G", subgroup: "S", ids: &ids), at: .t0)
    let moving = project.units(matching: UnitFilter(code: natt)).prefix(2).map(\.id)
    let before = project
    let applied = try project.apply(try project.splitCode(natt, units: Array(moving), into: "Søvn", ids: &ids, at: .t0), at: .t0)
    let sleep = try #require(project.code(named: "Søvn"))
    #expect(sleep.subgroup == project.codes[natt]?.subgroup)
    #expect(project.units(matching: UnitFilter(code: sleep.id)).map(\.id) == Array(moving))
    #expect(project.units(matching: UnitFilter(code: natt)).count == 1)
    #expect(applied.summary == "Split 2 meaning units of “Natt” into “Søvn”")
    _ = try project.apply(applied.inverse, at: .t0)
    #expect(project == before)
    #expect(throws: STCError.self) { try project.splitCode(natt, units: [], into: "X", ids: &ids, at: .t0) }
  }

  @Test func aTickedUnitIsUntickedWhenDeleted() throws {
    let folder = TemporaryFolder()
    var project = try Fixture.project(in: folder).1
    var ids = IDGenerator(seed: 6)
    let span = Fixture.span(of: "Det var utrygt.", in: project, "informant3")
    _ = try project.apply(
      try project.codePassage(transcript: "informant3", span: span, codeNames: ["Utrygg"], coder: "anna", ids: &ids, at: .t0), at: .t0)
    let code = project.code(named: "Utrygg")!.id
    _ = try project.apply(try project.sortCode(code, group: "G", subgroup: "S", ids: &ids), at: .t0)
    let unit = project.units(matching: UnitFilter())[0].id
    var subgroup = project.groups[0].subgroups[0]
    subgroup.recontextualised = [unit]
    _ = try project.apply(.updateSubgroup(subgroup), at: .t0)
    #expect(throws: STCError.self) { try project.apply(.deleteMeaningUnit(unit)) }
    _ = try project.apply(try project.deleteMeaningUnit(unit), at: .t0)
    #expect(project.groups[0].subgroups[0].recontextualised.isEmpty)
    subgroup.recontextualised = ["mu-gone"]
    #expect(throws: STCError.self) { try project.apply(.updateSubgroup(subgroup)) }
  }
}
