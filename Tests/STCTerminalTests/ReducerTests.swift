import STCKit
import Testing

@testable import STCTerminal

@Suite struct ReducerTests {
  let sheet = CodingSheetID(coder: "anna", transcript: "informant1")

  /// The wide fixture with "Café" coded "Kafé" by anna; the cursor on it.
  func coded(language: Language = .en) -> AppState {
    var state = WideFixture.state(language: language)
    state.press(.enter, .char("j"), .char("j"), .char("w"), .char("s"), .char("l"), .char("l"), .char("l"), .enter)
    state.type("Kafé")
    state.press(.enter, .escape)
    return state
  }

  @Test func undoAndRedoSaveEachTime() throws {
    var state = coded()
    #expect(state.project.unitCount == 1)
    #expect(state.unsaved == [.project, .sheet(sheet)])
    _ = Workbench.reduce(&state, .saved([.project, .sheet(sheet)]))
    #expect(state.unsaved.isEmpty)
    var effects = state.press(.char("u"))
    #expect(effects == [.save([.project, .sheet(sheet)], log: "Undid: Coded informant1 lines 3 with “Kafé”")])
    #expect(state.project.unitCount == 0 && state.project.codes.isEmpty)
    #expect(state.rows[23].hasPrefix(" Undid: Coded lines 3 with “Kafé”"))
    var nb = coded(language: .nb)
    nb.press(.char("u"))
    #expect(nb.rows[23].hasPrefix(" Angret: Kodet linje 3 med «Kafé»"))
    effects = state.press(.ctrl("r"))
    #expect(effects == [.save([.project, .sheet(sheet)], log: "Redid: Coded informant1 lines 3 with “Kafé”")])
    #expect(state.project.unitCount == 1)
    _ = Workbench.reduce(&state, .saved([.project, .sheet(sheet)]))
    state.press(.ctrl("r"))
    #expect(state.status?.text == "Nothing to redo.")
  }

  @Test func thePickerAddsAndTakesOffCodes() throws {
    var state = coded()
    state.press(.char("c"))
    guard case .picker(let picker) = state.overlay else { Issue.record("no picker"); return }
    #expect(picker.target == .unit(state.project.sheets[sheet]!.first!.id))
    state.type("Tvil -")
    state.press(.enter)
    let unit = state.project.sheets[sheet]!.first!
    #expect(unit.codes.count == 2)
    #expect(state.project.code(named: "Tvil")?.valence == .negative)
    // Enter on a ticked code takes it off.
    #expect(state.rows.contains { $0.contains("[x] █ Kafé") })
    state.press(.down, .enter)
    let codes = state.project.sheets[sheet]!.first!.codes.compactMap { state.project.codes[$0]?.name }
    #expect(codes == ["Tvil"] || codes.count == 1)
    // A paste goes into the filter, never running commands.
    state.press(.ctrl("u"))
    _ = Workbench.reduce(&state, .input(.paste("u\nq")))
    guard case .picker(let after) = state.overlay else { Issue.record("the paste closed the picker"); return }
    #expect(after.field.text == "u q")
  }

  @Test func notesAdjustedBoundsAndDeletion() throws {
    var state = coded()
    state.press(.char("e"))
    state.type("Kaffe er viktig ☕")
    state.press(.enter)
    state.type("Og varmt.")
    #expect(state.rows.contains { $0.contains("Note on the meaning unit, lines 3") })
    state.press(.escape)
    #expect(state.project.sheets[sheet]!.first!.note == "Kaffe er viktig ☕\nOg varmt.")
    // Adjust: the unit grows to "Café med".
    state.press(.char("r"))
    #expect(state.coding?.adjusting != nil)
    #expect(state.rows[23].hasPrefix(" ADJUST UNIT "))
    state.press(.char("w"), .char("l"), .char("l"), .enter)
    let unit = state.project.sheets[sheet]!.first!
    #expect(state.project.quote(of: unit) == "Café med")
    #expect(unit.note == "Kaffe er viktig ☕\nOg varmt.")
    // Delete asks first; n keeps it, y deletes it.
    state.press(.char("d"))
    #expect(state.rows.contains { $0.contains("Delete the meaning unit on lines 3 (Kafé)? y/n") })
    state.press(.char("n"))
    #expect(state.project.unitCount == 1)
    let effects = state.press(.char("d"), .char("y"))
    #expect(state.project.unitCount == 0)
    #expect(effects.count == 1)
    state.press(.char("d"))
    #expect(state.status?.text == "There is no meaning unit of yours under the cursor.")
  }

  @Test func searchFindsAndCycles() {
    var state = WideFixture.state()
    state.press(.enter, .char("/"))
    state.type("INFORMANT")
    #expect(state.rows[23].hasPrefix("Search: INFORMANT"))
    state.press(.enter)
    #expect(state.coding?.search?.matches.count == 2)
    #expect(state.coding?.cursor == TextPosition(line: 1, column: 0))
    #expect(state.status?.text == "Match 1 of 2")
    state.press(.char("n"))
    #expect(state.coding?.cursor.line == 3)
    state.press(.char("n"))
    #expect(state.coding?.cursor.line == 1)
    state.press(.char("N"))
    #expect(state.coding?.cursor.line == 3)
    #expect(Workbench.render(state).0[3, 6].style == .cursor)
    #expect(Workbench.render(state).0[4, 6].style == .match)
    state.press(.char("/"))
    state.press(.ctrl("u"))
    state.type("zzz")
    state.press(.enter)
    #expect(state.status?.text == "“zzz” is not in this transcript.")
  }

  @Test func jumpingBetweenUnitsAndTranscripts() throws {
    var state = DemoFixture.state()
    state.press(.enter, .char("}"))
    let first = try #require(state.coding?.preferredUnit)
    #expect(state.project.unit(first)?.transcript == "informant1")
    state.press(.char("}"), .char("{"))
    #expect(state.coding?.preferredUnit == first)
    // ] with a code chosen in the panel goes on into the next transcript that has it.
    state.press(.tab)
    let list = PanelList(state, state.coding!)
    state.coding!.panelCode = try #require(list.items.first { list.code($0).name == "Ensomhet" }).id
    state.press(.char("]"))
    #expect(state.coding?.focus == .text)
    #expect(state.coding?.transcript == "informant2")
    let unit = try #require(state.coding?.preferredUnit.flatMap { state.project.unit($0) })
    #expect(unit.codes.contains(state.project.code(named: "Ensomhet")!.id))
    state.press(.char("["))
    #expect(state.status?.text == "No more meaning units that way.")
  }

  @Test func theUnitListJumpsToTheUnitInItsContext() throws {
    var state = DemoFixture.state(width: 100, height: 30)
    state.press(.enter, .tab)
    let list = PanelList(state, state.coding!)
    state.coding!.panelCode = try #require(list.items.first { list.code($0).name == "Besøket som høydepunkt" }).id
    state.press(.enter)
    guard case .unitList(let units) = state.overlay else { Issue.record("no unit list"); return }
    #expect(units.units.count == 5 && units.informants == 4)
    #expect(state.rows[2].contains("“Besøket som høydepunkt”: 5 meaning units, 4 of 12 informants"))
    state.press(.char("j"), .char("j"), .enter)
    let target = try #require(state.project.unit(units.units[2]))
    #expect(state.overlay == nil)
    #expect(state.coding?.transcript == target.transcript)
    #expect(state.coding?.preferredUnit == target.id)
  }

  @Test func theMouseIsOffUntilTurnedOn() {
    var state = WideFixture.state()
    state.press(.enter)
    _ = Workbench.reduce(&state, .input(.mouse(MouseEvent(.press, at: Point(x: 10, y: 2)))))
    #expect(state.coding?.cursor == TextPosition(line: 0, column: 0))
    state.press(.char("m"))
    #expect(state.rows[23].hasSuffix("mouse on (m)"))
    #expect(Workbench.render(state).1.mouse)
    _ = Workbench.reduce(&state, .input(.mouse(MouseEvent(.press, at: Point(x: 10, y: 2)))))
    #expect(state.coding?.cursor == TextPosition(line: 1, column: 7))
    _ = Workbench.reduce(&state, .input(.mouse(MouseEvent(.drag, at: Point(x: 5, y: 3)))))
    _ = Workbench.reduce(&state, .input(.mouse(MouseEvent(.release, at: Point(x: 5, y: 3)))))
    let span = CodingScreen.selectionSpan(state, state.coding!)!
    #expect(state.project.texts["informant1"]!.text(of: span) == "nt 1: Blåbærsyltetøy og 中文 i samme setning, og en kaf")
    _ = Workbench.reduce(&state, .input(.mouse(MouseEvent(.wheelDown, at: Point(x: 5, y: 3)))))
    #expect(state.coding!.cursor.line >= 2)
  }

  @Test func quittingWithUnsavedChangesAsksTwice() {
    var state = coded()
    #expect(!state.unsaved.isEmpty)
    _ = Workbench.reduce(&state, .saveFailed(state.unsaved, "No space left on device"))
    #expect(state.rows[23].contains("NOT SAVED: No space left on device"))
    #expect(state.press(.char("q")).isEmpty)
    #expect(state.status?.text.contains("Press q again") == true)
    #expect(state.press(.ctrl("s")) == [.save(state.unsaved, log: "")])
    _ = Workbench.reduce(&state, .saved(state.unsaved))
    #expect(state.saveError == nil)
    // Quitting saves how far the transcript was read, then quits.
    let effects = state.press(.char("q"))
    #expect(effects.last == .quit)
    #expect(effects.dropLast() == [.save([.project], log: "Marked informant1 read by anna")])
    var stubborn = coded()
    _ = Workbench.reduce(&stubborn, .saveFailed(stubborn.unsaved, "disk gone"))
    #expect(stubborn.press(.char("q"), .char("q")) == [.quit])
  }

  /// Every change stays pending until it is saved, so that it can be made again on top of what
  /// another stc saved meanwhile; that version then becomes the workbench's project.
  @Test func anotherStcsVersionIsTakenInWithTheChangesOnTop() throws {
    var state = coded()
    #expect(state.pending.count == 1)
    _ = Workbench.reduce(&state, .saveFailed(state.unsaved, "disk gone"))
    state.press(.char("u"))
    #expect(state.pending.count == 2)
    _ = Workbench.reduce(&state, .saved(state.unsaved))
    #expect(state.pending.isEmpty)

    state.press(.ctrl("r"))
    var theirs = state.project
    try theirs.apply(.createTheme(Theme(id: "theme-00000000000b", title: "Trygghet"), at: 0))
    _ = Workbench.reduce(&state, .rebased(theirs, refused: []))
    #expect(state.project == theirs && state.pending.isEmpty && state.unsaved.isEmpty)
    #expect(state.rows[23].hasPrefix(" Loaded another stc's changes; yours are saved on top. "))
    // Read again while nothing waited to be saved: the other's version, and a word about it.
    var another = theirs
    try another.apply(.deleteTheme("theme-00000000000b"))
    _ = Workbench.reduce(&state, .reloaded(another))
    #expect(state.project == another && state.rows[23].hasPrefix(" Loaded what another stc saved. "))
    var nb = coded(language: .nb)
    _ = Workbench.reduce(&nb, .rebased(theirs, refused: ["There is no code with id x."]))
    #expect(nb.status?.text == "En annen stc lagret i mellomtiden; 1 av dine endringer passet ikke lenger og ble ikke gjort: There is no code with id x.")
  }

  @Test func resizingKeepsTheCursorOnScreen() {
    var state = DemoFixture.state(width: 80, height: 40)
    state.press(.enter, .char("G"))
    _ = Workbench.reduce(&state, .input(.resize(Size(width: 80, height: 24))))
    let rows = state.rows
    #expect(rows.contains { $0.hasPrefix(" 157 ") })
    _ = Workbench.reduce(&state, .input(.resize(Size(width: 30, height: 10))))
    #expect(state.rows.joined().contains("too small"))
    _ = Workbench.reduce(&state, .input(.resize(Size(width: 120, height: 40))))
    #expect(state.rows.contains { $0.hasPrefix(" 157 ") })
  }

  @Test func codingAnEmptyLineIsRefused() {
    var state = WideFixture.state()
    state.press(.enter, .char("G"), .char("k"), .enter)
    #expect(state.overlay == nil)
    #expect(state.status?.text == "The selection holds no text.")
    // Enter on an uncoded line with text opens the picker for that line.
    state.press(.char("k"), .enter)
    guard case .picker(let picker) = state.overlay, case .newUnit(let span) = picker.target else {
      Issue.record("no picker")
      return
    }
    #expect(state.project.texts["informant1"]!.text(of: span) == "Informant 1: Ja, 👍.")
  }
}
