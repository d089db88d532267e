import STCKit
import Testing

@testable import STCTerminal

@Suite struct OverviewScreenTests {
  @Test func overviewInEnglish() {
    expectScreen(DemoFixture.state(), """
       stc · Digitalt tilsyn i hjemmetjenesten                              anna · en
       Hvordan erfarer ansatte i hjemmetjenesten innføringen av digitalt tilsyn hos e

       Transcripts (per coder: meaning units/codes)
       Transcript                      Informant       Lines  Read anna     jonas
      ▸Intervju 1 – sykepleier         Informant 1     157    ✓    10/10    5/5
       Intervju 2 – helsefagarbeider   Informant 2     139    ✓    7/7      3/3
       Intervju 3 – sykepleier, natt   Informant 3     136    ✓    8/8      3/3
       Intervju 4 – vernepleier        Informant 4     117    ✓    5/4      0/0
       Intervju 5 – avdelingsleder     Informant 5     110    ✓    3/3      0/0
       Intervju 6 – nyutdannet sykepl… Informant 6     113    ✓    4/5      0/0
       Fokusgruppe – sone nord         focus group (7… 120    ✓    6/6      0/0
       Interview E1 – community nurse  Informant 11    67     ·    0/0      0/0
       Interview E2 – care worker      Informant 12    49     ·    0/0      0/0




       Progress through the four steps
       1 Total impression   7 of 9 transcripts read · 6 preliminary themes
       2 Meaning units      54 meaning units · 20 codes, 17 sorted
       3 Condensation       condensates written 4 of 10 · golden quotations 3 of 10
       4 Synthesis          analytic texts 2 of 10 · 0 done
       Enter open  q quit  ? help                               saved │ mouse off (m)
      """)
  }

  @Test func overviewInNorwegian() {
    let state = DemoFixture.state(language: .nb)
    let screen = state.rows
    #expect(screen[3] == " Transkripsjoner (per koder: meningsbærende enheter/koder)")
    #expect(screen[4] == " Transkripsjon                   Informant       Linjer Lest anna     jonas")
    #expect(screen[11] == " Fokusgruppe – sone nord         fokusgruppe (7… 120    ✓    6/6      0/0")
    #expect(screen[18] == " Framdrift gjennom de fire trinnene")
    #expect(screen[21] == " 3 Kondensering       kondensater skrevet 4 av 10 · gullsitater 3 av 10")
    #expect(screen[23] == " Enter åpne  q avslutt  ? hjelp                             lagret │ mus av (m)")
  }

  @Test func stylesMarkTheChosenRowAndTheBars() {
    let (buffer, frame) = Workbench.render(DemoFixture.state())
    #expect(buffer[0, 0].style == .titleBar && buffer[79, 0].style == .titleBar)
    #expect(buffer[2, 5].style == .cursorLine && buffer[2, 6].style == .normal)
    #expect(buffer[0, 23].style == .statusBar || buffer[1, 23].style == .key)
    #expect(frame == Frame(cursor: nil, mouse: false))
  }

  @Test func tooSmallWindowsSaySo() {
    expectScreen(DemoFixture.state(width: 40, height: 12), """





      The window is too small: stc needs 80×24
                    (now 40×12).





      """)
    expectScreen(DemoFixture.state(width: 10, height: 3), """

      Too small

      """)
    var state = DemoFixture.state(width: 10, height: 3)
    #expect(state.press(.enter, .char("j")).isEmpty)
    #expect(state.rows == ["", "Too small", ""])
    #expect(state.press(.char("q")) == [.quit])
    var empty = DemoFixture.state(width: 0, height: 0)
    #expect(Workbench.render(empty).0.rows.isEmpty)
    empty.press(.char("x"))
  }

  @Test func movingAndOpening() {
    var state = DemoFixture.state()
    state.press(.char("G"))
    #expect(state.overview.selected == 8)
    state.press(.char("k"))
    #expect(state.rows[12] == "▸Interview E1 – community nurse  Informant 11    67     ·    0/0      0/0")
    state.press(.char("g"), .down, .enter)
    #expect(state.screen == .coding)
    #expect(state.coding?.transcript == "informant2")
    state.press(.escape)
    #expect(state.screen == .overview && state.overview.selected == 1)
  }

  @Test func resizingKeepsTheChoiceVisible() {
    var state = DemoFixture.state(width: 80, height: 40)
    state.press(.char("G"))
    _ = Workbench.reduce(&state, .input(.resize(Size(width: 80, height: 24))))
    #expect(state.overview.scroll + OverviewScreen.listRect(state).height > state.overview.selected)
    #expect(state.rows.contains("▸Interview E2 – care worker      Informant 12    49     ·    0/0      0/0"))
  }
}
