import STCKit
import Testing

@testable import STCTerminal

@Suite struct MergeMappingTests {
  @Test func mappingCodesOnTheScreen() throws {
    var other = DemoFixture.project
    var lonely = other.code(named: "Ensomhet")!
    lonely.name = "Alene"
    _ = try other.apply(.updateCode(lonely), at: .now())
    let base = DemoFixture.project
    var state = MergeMappingState(
      base: base, other: other, mapping: ProjectMerge.defaultMapping(base: base, other: other),
      size: Size(width: 80, height: 24), language: .en, titles: ("anna.stc", "jonas.stc"))
    var rows = MergeMappingApp.render(state).0.rows
    #expect(rows[1].hasPrefix(" 20 codes of the second copy; 19 map onto codes of the first, 1 come in as new"))
    #expect(rows[3].hasPrefix("▸ Alarmtretthet (3 units)"))
    #expect(rows.contains { $0.hasPrefix("  Alene − (7 units)") && $0.contains("→ (a new code)") })
    // Choose Ensomhet for Alene.
    let alene = try #require(state.rows.firstIndex { $0.name == "Alene −" })
    for _ in 0..<alene { MergeMappingApp.reduce(&state, .key(.down)) }
    MergeMappingApp.reduce(&state, .key(.enter))
    for c in "ensom" { MergeMappingApp.reduce(&state, .key(.char(c))) }
    rows = MergeMappingApp.render(state).0.rows
    #expect(rows.contains { $0.contains("“Alene −” becomes") })
    MergeMappingApp.reduce(&state, .key(.down))
    MergeMappingApp.reduce(&state, .key(.enter))
    #expect(state.mapping[lonely.id] == base.code(named: "Ensomhet")!.id)
    // n makes it new again, = maps by name (there is none), w merges.
    MergeMappingApp.reduce(&state, .key(.char("n")))
    #expect(state.mapping[lonely.id] == nil)
    MergeMappingApp.reduce(&state, .key(.char("w")))
    #expect(state.outcome == .merge)
    var cancelled = state
    cancelled.outcome = .working
    MergeMappingApp.reduce(&cancelled, .key(.escape))
    #expect(cancelled.outcome == .cancel)
  }
}
