import Foundation
import STCKit
import Testing

@testable import STCTerminal

/// Text typed but not saved is what the runner keeps as a draft, and a draft comes back into the
/// editor on the next open.
@Suite struct DraftTests {
  static let time = Timestamp(iso8601: "2026-11-30T09:15:00Z")!

  @Test func typedTextIsADraftUntilItIsSaved() throws {
    var state = DemoFixture.state()
    #expect(state.draft(at: Self.time) == nil)
    state.press(.char("i"))  // the total impression of the first transcript
    #expect(state.draft(at: Self.time) == nil, "an editor opened but unchanged holds nothing unsaved")
    state.type("Søvn og 中文 👍")
    let draft = try #require(state.draft(at: Self.time))
    #expect(draft.text.hasSuffix("Søvn og 中文 👍"))
    #expect(draft.title.hasPrefix("Impressions of"))
    let effects = state.press(.ctrl("s"))
    #expect(effects.contains { if case .save = $0 { true } else { false } })
    #expect(state.draft(at: Self.time) == nil, "saved text is in the project")
  }

  @Test func theCondensateBeingWrittenIsADraftToo() throws {
    var state = DemoFixture.state()
    let subgroup = try #require(state.project.groups.first?.subgroups.first)
    state.screen = .condensation
    SubgroupList.openWork(&state, subgroup.id)
    state.steps.work?.editor = TextEditor(subgroup.condensate + " Og jeg sov godt.")
    let draft = try #require(state.draft(at: Self.time))
    #expect(draft.target.contains("condensate"))
    #expect(draft.text.hasSuffix("Og jeg sov godt."))
  }

  @Test func aDraftComesBackIntoTheEditorAndIsSavedFromThere() throws {
    var writing = DemoFixture.state()
    writing.press(.char("i"))
    writing.type("Ulagret tanke")
    let draft = try #require(writing.draft(at: Self.time))

    var reopened = DemoFixture.state()
    let recovered = reopened.recover(draft)
    #expect(recovered)
    #expect(reopened.status?.text.contains("Recovered text that was not saved") == true)
    #expect(reopened.rows.joined(separator: "\n").contains("Ulagret tanke"))
    #expect(reopened.draft(at: Self.time)?.text == draft.text)
    let effects = reopened.press(.escape)
    #expect(effects.contains { if case .save = $0 { true } else { false } })
    #expect(reopened.project.impressions[reopened.project.transcripts[0].id]?.note.hasSuffix("Ulagret tanke") == true)
    #expect(reopened.draft(at: Self.time) == nil)
  }

  @Test func aDraftForSomethingGoneIsNotRecovered() {
    var state = DemoFixture.state()
    let gone = Draft(target: #"{"condensate":{"_0":"no-such-subgroup"}}"#, title: "x", text: "y", saved: Self.time)
    let recoveredGone = state.recover(gone)
    #expect(!recoveredGone)
    #expect(state.overlay == nil)
    let nonsense = Draft(target: "not json", title: "x", text: "y", saved: Self.time)
    let recoveredNonsense = state.recover(nonsense)
    #expect(!recoveredNonsense)
  }
}
