import STCKit
import Testing

@testable import STCTerminal

/// Steps 1 to 4 in the workbench, driven by keys.
@Suite struct StepScreensTests {
  @Test func themesAreAddedWrittenOrderedLinkedMergedAndDeleted() throws {
    var state = WideFixture.state()
    state.press(.char("1"))
    #expect(state.rows[2] == " Preliminary themes (0)")
    state.press(.char("a"))
    state.type("Søvn")
    state.press(.enter, .char("a"))
    state.type("Utrygghet")
    state.press(.enter)
    #expect(state.project.themes.map(\.title) == ["Søvn", "Utrygghet"])
    #expect(state.rows[2] == " Preliminary themes (2) — Malterud suggests 4–8")
    state.press(.enter)
    state.type("Hvem sover?")
    state.press(.escape)
    #expect(state.project.themes[1].note == "Hvem sover?")
    state.press(.char("K"))
    #expect(state.project.themes.map(\.title) == ["Utrygghet", "Søvn"])
    #expect(state.themes.selected == 0)
    // Linking needs code groups.
    state.press(.char("L"))
    #expect(state.status?.text.contains("no code groups yet") == true)
    state.project = try codebookWithGroups(state.project)
    state.press(.char("L"), .char(" "), .down, .char(" "), .enter)
    #expect(state.project.themes[0].codeGroups.count == 2)
    #expect(state.rows[3].contains("→ Natt, Dag"))
    state.press(.char("M"), .enter)
    #expect(state.project.themes.map(\.title) == ["Søvn"])
    #expect(state.project.themes[0].note == "Hvem sover?")
    state.press(.char("d"), .char("j"))
    #expect(state.project.themes.isEmpty)
    state.press(.char("u"))
    #expect(state.project.themes.map(\.title) == ["Søvn"])
  }

  @Test func memosAreWrittenFromStepOne() {
    var state = WideFixture.state(language: .nb)
    state.press(.char("1"), .char("P"))
    state.type("Masteroppgave.")
    state.press(.escape, .char("F"))
    state.type("Jeg har jobbet natt.")
    state.press(.escape)
    #expect(state.project.memos.map(\.target) == [.project, .preconceptions("anna")])
    #expect(state.rows.contains("   Forforståelsen til anna: Jeg har jobbet natt."))
    state.press(.char("P"), .ctrl("u"))
    for _ in 0..<20 { state.press(.backspace) }
    state.press(.escape)
    #expect(state.project.memos.map(\.target) == [.preconceptions("anna")])
  }

  /// The demo with one subgroup-less group and a code to play with.
  func codebookWithGroups(_ project: Project) throws -> Project {
    var project = project
    _ = try project.apply(.createGroup(CodeGroup(id: "group-natt", name: "Natt"), at: 0), at: .now())
    _ = try project.apply(.createGroup(CodeGroup(id: "group-dag", name: "Dag"), at: 1), at: .now())
    return project
  }

  @Test func sortingTheCodebook() throws {
    var state = DemoFixture.state()
    state.press(.char("2"))
    // The last row is the last unsorted code.
    state.press(.char("G"))
    let rows = CodebookScreen.rows(state)
    guard case .code(let id, _) = rows[state.codebook.selected] else { Issue.record("not on a code"); return }
    let name = state.project.codes[id]!.name
    #expect(name == "Videosamtaler med familie")
    state.press(.char("M"))
    state.type("ensomhet bak")
    state.press(.enter)
    let moved = try #require(state.project.codes[id])
    #expect(state.project.subgroup(moved.subgroup!)?.name == "Ensomhet bak skjermen")
    #expect(state.status?.text == "Moved “Videosamtaler med familie” to Når besøket blir borte › Ensomhet bak skjermen")
    CodebookScreen.select(&state, .code(id, depth: 2))
    state.press(.char("r"), .ctrl("u"))
    state.type("Video med familie")
    state.press(.enter, .char("v"), .char("c"))
    let renamed = try #require(state.project.codes[id])
    // It was "+"; v goes on to "−".
    #expect(renamed.name == "Video med familie" && renamed.valence == .negative && renamed.colour != moved.colour)
    // Merge it into Ensomhet: its one unit follows.
    state.press(.char("+"))
    state.type("Ensomhet")
    state.press(.enter)
    #expect(state.project.codes[id] == nil)
    let ensomhet = try #require(state.project.code(named: "Ensomhet"))
    #expect(state.project.units(matching: UnitFilter(code: ensomhet.id)).count == 8)
    for _ in 0..<5 { state.press(.char("u")) }
    #expect(state.project.codes[id]?.name == "Videosamtaler med familie")
    #expect(state.project.codes[id]?.subgroup == nil)
  }

  @Test func splittingAndDeletingInTheCodebook() throws {
    var state = DemoFixture.state()
    state.press(.char("2"))
    let ensomhet = try #require(state.project.code(named: "Ensomhet"))
    CodebookScreen.select(&state, .code(ensomhet.id, depth: 2))
    state.press(.char("S"), .char(" "), .down, .char(" "), .enter)
    state.type("Alene")
    state.press(.enter)
    let alone = try #require(state.project.code(named: "Alene"))
    #expect(state.project.units(matching: UnitFilter(code: alone.id)).count == 2)
    #expect(alone.subgroup == ensomhet.subgroup)
    // A subgroup with codes asks where they go.
    let subgroup = try #require(state.project.codes[ensomhet.id]?.subgroup)
    CodebookScreen.select(&state, .subgroup(subgroup))
    state.press(.char("d"))
    guard case .chooser(let chooser) = state.overlay else { Issue.record("no chooser"); return }
    #expect(chooser.options[0].value == .force)
    state.type("kliniske")
    state.press(.enter)
    #expect(state.project.subgroup(subgroup) == nil)
    #expect(state.project.subgroup(state.project.codes[ensomhet.id]!.subgroup!)?.name == "Det kliniske blikket")
    // New group and subgroup, reordered.
    state.press(.char("A"))
    state.type("Ny gruppe")
    state.press(.enter)
    #expect(state.project.groups.last?.name == "Ny gruppe")
    CodebookScreen.select(&state, .group(state.project.groups.last!.id))
    state.press(.char("a"))
    state.type("Ny sub")
    state.press(.enter, .char("K"))
    #expect(state.project.groups[3].name == "Ny gruppe")
    #expect(state.project.groups[3].subgroups.map(\.name) == ["Ny sub"])
  }

  @Test func condensingASubgroup() throws {
    var state = DemoFixture.state()
    state.press(.char("3"))
    #expect(state.rows[5].hasPrefix("    Falske alarmer"))
    state.press(.char("j"), .char("j"), .enter)
    #expect(state.rows[0].contains("3 Condensation › Falske alarmer"))
    #expect(state.rows[2] == " No golden quotation yet (g on a meaning unit in step 3).")
    state.press(.char("g"))
    let subgroup = try #require(state.steps.work?.subgroup)
    let golden = try #require(state.project.subgroup(subgroup)?.goldenQuote)
    #expect(state.rows[2].hasPrefix(" ★ “"))
    state.press(.tab)
    #expect(state.scopes == [.editor])
    state.type("Jeg får alarmer hele natta.")
    state.press(.escape)
    #expect(state.project.subgroup(subgroup)?.condensate == "Jeg får alarmer hele natta.")
    #expect(state.steps.work?.focus == .units)
    // Enter goes to the unit in its transcript; Esc comes back here.
    state.press(.enter)
    #expect(state.screen == .coding && state.coding?.preferredUnit == golden)
    state.press(.escape)
    #expect(state.screen == .condensation && state.steps.work?.subgroup == subgroup)
    state.press(.char("]"))
    #expect(state.project.subgroup(state.steps.work!.subgroup)?.name == "Ensomhet bak skjermen")
    state.press(.escape)
    #expect(state.steps.work == nil)
  }

  @Test func synthesisOfASubgroup() throws {
    var state = DemoFixture.state()
    state.press(.char("4"), .enter)
    let subgroup = try #require(state.steps.work?.subgroup)
    #expect(state.rows[2].hasPrefix(" Condensate: Vi trodde det var omsorg"))
    state.press(.char(" "), .char(" "))
    #expect(state.project.subgroup(subgroup)?.recontextualised.count == 2)
    #expect(state.status?.text == "Read again in context: 2 of 3")
    state.press(.char("D"))
    #expect(state.project.subgroup(subgroup)?.status == .done)
    #expect(state.rows[1].hasSuffix("· done"))
    state.press(.tab, .ctrl("e"))
    _ = Workbench.reduce(&state, .input(.paste("\nDe sover bedre.")))
    state.press(.ctrl("s"))
    #expect(state.project.subgroup(subgroup)?.analyticText.hasSuffix("revurdere hva omsorg om natta er.\nDe sover bedre.") == true)
    state.press(.escape, .char("i"))
    state.type("Innledning.")
    state.press(.escape)
    #expect(state.project.groups[0].introduction.hasSuffix("Innledning."))
    state.press(.escape)
    #expect(state.rows[3].hasPrefix("▸   Uforstyrrede netter") && state.rows[3].hasSuffix("text ✓ · read again 2/3 · done"))
  }

  @Test func readingIsTrackedAndImpressionsWritten() throws {
    var state = DemoFixture.state(coder: "ny")
    state.press(.enter)
    let effects = state.press(.pageDown, .escape)
    let impression = try #require(state.project.impressions["informant1"])
    #expect(impression.readTo["ny"] == 22)
    #expect(!impression.readBy.contains("ny"))
    #expect(effects.contains(.save([.project], log: "Read further in informant1")))
    #expect(state.rows[5].contains(" 14% "))
    #expect(!state.history.canUndo)
    state.press(.enter, .char("G"), .escape)
    #expect(state.project.impressions["informant1"]?.readBy.contains("ny") == true)
    state.press(.char("R"))
    #expect(state.project.impressions["informant1"]?.readBy.contains("ny") == false)
    state.press(.char("i"))
    state.type("Sterkt intervju.")
    state.press(.escape)
    #expect(state.project.impressions["informant1"]?.note.hasSuffix("Sterkt intervju.") == true)
  }
}
