import STCKit
import Testing

@testable import STCTerminal

@Suite struct ExportScreenTests {
  @Test func choosingPartsAndWriting() {
    var state = DemoFixture.state()
    state.press(.char("E"))
    #expect(state.screen == .export)
    #expect(state.rows[1].hasPrefix(" Parts: [x] chapter [x] overview [x] trail [x] codebook [x] informants"))
    #expect(state.rows.contains { $0.contains("# Digitalt tilsyn i hjemmetjenesten") })
    // Only the codebook, in English.
    for _ in 0..<3 {
      state.press(.char("x"), .char("l"))
    }
    state.press(.char("l"), .char("x"), .char("l"), .char("x"), .char("L"))
    #expect(state.export?.options.parts == [.codebook])
    #expect(state.export?.options.language == .en)
    #expect(state.rows.contains { $0.contains("### Codebook") })
    #expect(!state.rows.contains { $0.contains("## Results") })
    let effects = state.press(.char("w"))
    #expect(effects == [.export(ExportRequest(markdown: state.export!.options))])
    _ = Workbench.reduce(&state, .exported(["/x/demo-results-en.md", "/x/demo-meaning-units.csv"]))
    #expect(state.rows.contains { $0.hasPrefix(" Wrote demo-results-en.md, demo-meaning-units.csv in") })
    #expect(state.status?.kind == .success)
    state.press(.char("p"))
    #expect(state.export?.options.pseudonymize == true && state.export?.written == [])
    state.press(.escape)
    #expect(state.screen == .overview)
  }

  @Test func theExportFollowsChanges() {
    var state = DemoFixture.state()
    state.press(.char("E"), .char("2"))
    // Rename the first group in the codebook, then come back: the preview shows the new name.
    state.press(.char("r"), .ctrl("u"))
    state.type("Trygghet")
    state.press(.enter, .char("E"))
    #expect(state.rows.contains(" ### Trygghet"))
  }

  @Test func writingReallyWritesTheFiles() throws {
    let folder = DemoFixture.folder
    var options = MarkdownExport.Options(language: .en)
    options.parts = [.chapter]
    let paths = try ExportFiles.write(ExportRequest(markdown: options), of: DemoFixture.project, into: folder)
    #expect(paths.map { ($0 as NSString).lastPathComponent } == ["demo-results-en.md", "demo-meaning-units.csv"])
    let markdown = try String(contentsOfFile: paths[0], encoding: .utf8)
    #expect(markdown.hasPrefix("# Digitalt tilsyn i hjemmetjenesten\n"))
    var info = stat()
    stat(paths[1], &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func writingForOtherQDAPrograms() throws {
    var state = DemoFixture.state()
    state.press(.char("E"))
    let effects = state.press(.char("Q"))
    #expect(effects == [.export(ExportRequest(markdown: state.export!.options, kind: .exchange))])
    let paths = try ExportFiles.write(ExportRequest(markdown: state.export!.options, kind: .exchange), of: DemoFixture.project, into: DemoFixture.folder)
    #expect(paths.map { ($0 as NSString).lastPathComponent } == ["demo.qdpx", "demo-codebook.qdc"])
    var ids = IDGenerator(seed: 1)
    let back = try QDPXImport.read(file: paths[0], options: .init(coder: "x"), ids: &ids)
    #expect(back.project == DemoFixture.project)
    _ = Workbench.reduce(&state, .exported(paths))
    #expect(state.rows.contains { $0.hasPrefix(" Wrote demo.qdpx, demo-codebook.qdc in") })
  }
}

import Foundation

@Suite struct ReadOnlyWorkbenchTests {
  @Test func aReadOnlyWorkbenchShowsItAndRefusesChanges() {
    var state = DemoFixture.state(width: 100)
    state.readOnly = "This project is open for anna in another stc: workbench (process 7 of kari on laptop, since 2026-11-29 12:00:00 UTC)."
    #expect(state.rows[0].contains("[read-only] anna · en"))
    let before = state.project
    state.press(.char("3"), .char("g"))
    // any change is refused with the reason, and nothing is saved
    let effects = Workbench.perform(&state, .updateMetadata(ProjectMetadata(title: "Nytt", created: .now())), message: "x")
    #expect(effects.isEmpty && state.project == before)
    #expect(state.status?.kind == .error && state.status?.text.hasPrefix("Read-only: This project is open for anna") == true)
    // a bookmark (reading progress) is skipped without a message
    state.status = nil
    _ = Workbench.perform(&state, .updateMetadata(ProjectMetadata(title: "Nytt", created: .now())), message: "x", undoable: false)
    #expect(state.status == nil)
  }
}
