import STCKit
import Testing

@testable import STCTerminal

@Suite struct CodingScreenTests {
  @Test func aTranscriptWithWideCharactersWraps() {
    var state = WideFixture.state()
    state.press(.enter)
    expectScreen(state, """
       stc · Intervju én (Informant 1) · line 1/6                           anna · en
       1 I: Hvordan opplever du nattevaktene?
       2 Informant 1: Blåbærsyltetøy og 中文 i samme setning, og en
         kaffe ☕ før jeg drar hjem om morgenen. Det var så fint å
         få sove.
       3 I: Café med é?
       4 Informant 1: Ja, 👍.
       5
       6 I: Takk.














       v select lines  Enter code  / search  Tab codes  q quit  saved │ mouse off (m)
      """)
    let (buffer, _) = Workbench.render(state)
    // The speaker label, the cursor, and the two halves of 中.
    #expect(buffer[3, 1].style == .cursor)
    #expect(buffer[4, 1].style == .speaker && buffer[5, 1].style == .normal)
    #expect(buffer[14, 2].style == .speaker && buffer[15, 2].style == .normal)
    let han = buffer.rows[2].firstIndex(of: "中").map { buffer.rows[2].distance(from: buffer.rows[2].startIndex, to: $0) }!
    #expect(buffer[han, 2].grapheme == "中" && buffer[han + 1, 2].isWideTail)
  }

  @Test func codingExactWordsShowsInTheMargin() throws {
    var state = WideFixture.state()
    state.press(.enter, .char("j"), .char("w"), .char("w"), .char("s"), .char("w"), .char("w"), .char("l"))
    let selected = try #require(CodingScreen.selectionSpan(state, state.coding!))
    #expect(state.project.texts["informant1"]!.text(of: selected) == "Blåbærsyltetøy og 中文")
    #expect(state.rows[23].hasPrefix(" SELECT TEXT  Esc cancel  Enter code"))
    #expect(Workbench.render(state).0[16, 2].style == .selection)

    state.press(.enter)
    state.type("Søvn")
    expectScreen(state, """
       stc · Intervju én (Informant 1) · line 2/6                           anna · en
       1 I: Hvordan opplever du nattevaktene?
       2┌─ Code lines 2 ───────────────────────────────────────────────────────────┐
        │ › Søvn                                                                   │
        │ Enter adds or removes · end a new name with + or − for valence           │
       3│ + New code “Søvn”                                                        │
       4│                                                                          │
       5│                                                                          │
       6│                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        │                                                                          │
        └──────────────────────────────────────────────────────────────────────────┘

       SELECT TEXT  Enter ok  Esc close                         saved │ mouse off (m)
      """)
    #expect(Workbench.render(state).1.cursor == Point(x: 10, y: 3))

    let effects = state.press(.enter)
    let sheet = CodingSheetID(coder: "anna", transcript: "informant1")
    #expect(effects == [.save([.project, .sheet(sheet)], log: "Coded informant1 lines 2 with “Søvn”")])
    let unit = try #require(state.project.sheets[sheet]?.first)
    #expect(state.project.quote(of: unit) == "Blåbærsyltetøy og 中文")
    #expect(state.coding?.selection == nil)
    // The picker stays open on the new unit, with its code ticked.
    #expect(state.rows[5].contains("[x] █ Søvn"))
    state.press(.escape)
    #expect(state.rows[2] == " 2 Informant 1: Blåbærsyltetøy og 中文 i samme setning, og en   █ Søvn")
  }

  @Test func withoutColourCodesKeepTheirPatterns() {
    var state = WideFixture.state()
    state.monochrome = true
    state.press(.enter, .char("v"), .char("j"), .enter)
    state.type("Natt −")
    state.press(.enter, .escape, .char("j"), .char("w"), .char("s"), .char("l"), .char("l"), .char("l"), .enter)
    state.type("Kafé")
    state.press(.enter, .escape)
    expectScreen(state, """
       stc · Intervju én (Informant 1) · line 3/6                           anna · en
       1 I: Hvordan opplever du nattevaktene?                         ┃ Natt −
       2 Informant 1: Blåbærsyltetøy og 中文 i samme setning, og en   ┃
         kaffe ☕ før jeg drar hjem om morgenen. Det var så fint å    ┃
         få sove.                                                     ┃
       3 I: Café med é?                                               ║ Kafé
       4 Informant 1: Ja, 👍.
       5
       6 I: Takk.














       v select lines  Enter code  / search  Tab codes  q quit  saved │ mouse off (m)
      """)
    let natt = state.project.code(named: "Natt")!
    #expect(natt.valence == .negative)
    #expect(natt.colour != state.project.code(named: "Kafé")!.colour)
    #expect(CodingScreen.barGlyph(.red, monochrome: true, other: false, focused: false)
      != CodingScreen.barGlyph(.orange, monochrome: true, other: false, focused: false))
  }

  @Test func theDemoWithPanelAndOtherCoders() {
    var state = DemoFixture.state(width: 130, height: 30)
    state.press(.enter, .char("}"), .char("}"), .char("o"))
    let rows = state.rows
    #expect(rows[0].hasPrefix(" stc · Intervju 1 – sykepleier (Informant 1) · line 45/157"))
    #expect(rows[1].hasSuffix("│ In this transcript here all"))
    #expect(rows[20].hasPrefix("  37 hun ikke sove igjen. Hun trodde det var innbrudd. Nå sover"))
    #expect(rows[20].hasSuffix("┃╎ Sover bedre ute… │ █ Tekniske feil      ·    2"))
    #expect(rows[21].hasSuffix("┃╎ j·Sover bedre u… │ █ Tid flyttet        ·    3"))
    #expect(rows[28].hasPrefix("  45 forstyrrelse.") && rows[28].hasSuffix("█  Sover bedre ute… │"))
    #expect(rows[29].hasPrefix(" Showing other coders’ meaning units."))
  }

  @Test func helpListsTheKeysOfTheScreen() {
    var state = WideFixture.state()
    state.press(.enter, .char("?"))
    let rows = state.rows
    #expect(rows[2].hasPrefix(" ┌─ Keys · Esc or ? closes ─"))
    #expect(rows[3] == " │ Reading and coding a transcript                                            │")
    #expect(rows.contains(" │ v                  Start selecting whole lines; move to extend.            │"))
    #expect(rows.contains(" │ Enter/c            Code the selection, or change the codes of the meaning  │"))
    #expect(rows.contains(" │                    unit under the cursor.                                  │"))
    state.press(.char("j"), .char("j"), .escape)
    #expect(state.overlay == nil)
    var nb = WideFixture.state(language: .nb)
    nb.press(.enter, .char("?"))
    #expect(nb.rows[3] == " │ Lese og kode en transkripsjon                                              │")
  }
}
