import STCKit
import Testing

@testable import STCTerminal

@Suite struct ReconcileScreenTests {
  @Test func settlingPlacesAndEditingTheAgreedCoding() throws {
    var state = DemoFixture.state(width: 100, height: 30)
    state.press(.char("C"))
    #expect(state.screen == .reconcile)
    #expect(state.rows[1] == " 26 places differ · 26 left to discuss · κ 0.44 by line")
    #expect(state.rows[3].hasPrefix("│ ▸  informant1:45–46 only A"))
    // Keep anna's unit at the first place: settled, one left fewer, the cursor moves on.
    let effects = state.press(.char("f"))
    #expect(effects.count == 1)
    #expect(state.rows[1] == " 26 places differ · 25 left to discuss · κ 0.44 by line")
    #expect(state.rows[3].hasPrefix("│  ✓ informant1:45–46 only A"))
    #expect(state.reconcile?.selected == 1)
    #expect(state.project.sheets[CodingSheetID(coder: "consensus", transcript: "informant1")]?.count == 1)
    // Take over the three exactly agreed units.
    state.press(.char("A"))
    #expect(state.project.sheets.filter { $0.key.coder == "consensus" }.values.joined().count == 4)
    // Edit: code as consensus in the coding view, then come back as anna.
    state.press(.char("e"))
    #expect(state.screen == .coding && state.coder == "consensus" && state.coding?.showOtherCoders == true)
    #expect(state.rows[0].hasSuffix("consensus · en"))
    state.press(.char("v"), .enter)
    state.type("Hjelp")
    state.press(.enter, .escape, .escape)
    #expect(state.screen == .reconcile && state.coder == "anna")
    #expect(state.rows[1] == " 26 places differ · 24 left to discuss · κ 0.44 by line")
    // Undo takes back the edit, and the place is open again.
    state.press(.char("u"))
    #expect(state.rows[1] == " 26 places differ · 25 left to discuss · κ 0.44 by line")
  }

  @Test func oneCoderIsNotEnough() {
    var state = WideFixture.state()
    state.press(.char("C"))
    #expect(state.screen == .overview)
    #expect(state.status?.text == "Reconciling needs meaning units by two coders.")
  }
}
