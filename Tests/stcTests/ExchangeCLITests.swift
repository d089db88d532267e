import Foundation
import STCKit
import Testing

/// `stc export qdpx|qdc` and `stc import qdpx|qdc` as a user runs them.
@Suite struct ExchangeCLITests {
  @Test func aProjectTravelsThroughQdpxAndComesBackTheSame() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    let export = try cli.run(["export", "qdpx", "demo.stc", "-o", "demo.qdpx"])
    #expect(export.status == 0 && export.stderr.contains("9 transcript(s), 20 code(s), 54 meaning unit(s), 2 coder(s)"))
    let attributes = try FileManager.default.attributesOfItem(atPath: cli.work + "/demo.qdpx")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let report = try cli.ok("import", "qdpx", "demo.qdpx", "back")
    #expect(report.contains("Created"))
    #expect(report.contains("54 meaning unit(s) by anna, jonas"))
    #expect(!report.contains("Not imported"))
    #expect(try cli.ok("validate", "back.stc").contains("is sound"))
    // the same project: the same results chapter and the same units, to the byte
    #expect(try cli.ok("export", "markdown", "back.stc") == cli.ok("export", "markdown", "demo.stc"))
    #expect(try cli.ok("export", "csv", "back.stc") == cli.ok("export", "csv", "demo.stc"))
    for file in ["project.json", "coding/anna/informant1.json", "transcripts/fokusgruppe.txt"] {
      #expect(FileManager.default.contents(atPath: cli.work + "/back.stc/" + file) == FileManager.default.contents(atPath: cli.work + "/demo.stc/" + file))
    }
  }

  @Test func mistakesAreExplained() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    #expect(try cli.fails(64, "export", "qdpx", "demo.stc", "-o", "demo.zip").contains("must end in .qdpx"))
    try cli.ok("export", "qdpx", "demo.stc", "-o", "demo.qdpx")
    #expect(try cli.fails(73, "import", "qdpx", "demo.qdpx", "demo.stc").contains("already exists"))
    _ = FileManager.default.createFile(atPath: cli.work + "/notes.qdpx", contents: Data("hello".utf8))
    let error = try cli.fails(65, "import", "qdpx", "notes.qdpx", "x.stc")
    #expect(error.contains("notes.qdpx is not a valid .qdpx file"))
    #expect(!FileManager.default.fileExists(atPath: cli.work + "/x.stc"))
    #expect(try cli.fails(66, "import", "qdpx", "missing.qdpx", "y.stc").contains("does not exist"))
    try cli.ok("init", "empty", "--title", "Tom")
    #expect(try cli.fails(64, "export", "qdc", "empty.stc", "-o", "k.qdc").contains("no codes yet"))
  }

  @Test func aCodebookMovesBetweenProjects() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    let xml = try cli.ok("export", "qdc", "demo.stc", "-o", "-")
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
    try cli.ok("export", "qdc", "demo.stc", "-o", "kodebok.qdc")
    try cli.ok("init", "ny", "--title", "Ny studie")
    let report = try cli.ok("import", "qdc", "kodebok.qdc", "ny.stc")
    #expect(report.contains("20 new code(s), 4 new code group(s), 10 new subgroup(s)"))
    let again = try cli.ok("import", "qdc", "kodebok.qdc", "ny.stc")
    #expect(again.contains("0 new code(s)") && again.contains("20 code(s) the project already had"))
    let codes = try cli.ok("codes", "ny.stc")
    #expect(codes.contains("Medisindispenser +"))
    #expect(try cli.ok("log", "ny.stc").contains("Imported the codebook kodebok.qdc"))
  }

  @Test func importWithoutASubcommandStillImportsTranscripts() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("init", "t", "--title", "T")
    _ = FileManager.default.createFile(atPath: cli.work + "/informant1.txt", contents: Data("I: Hei\nInformant 1: Hei.\n".utf8))
    #expect(try cli.ok("import", "t.stc", "informant1.txt").contains("Imported informant1.txt"))
    #expect(try cli.ok("import", "transcripts", "--help").contains("Examples:"))
    for command in ["qdpx", "qdc"] {
      #expect(try cli.ok("import", command, "--help").contains("Examples:"))
      #expect(try cli.ok("export", command, "--help").contains("Examples:"))
    }
  }
}

/// `stc generate` and `stc bench` as a user runs them. Timings are never asserted here: the
/// benchmark's figures live in docs/performance.md, measured from a release build.
@Suite struct BenchCLITests {
  @Test func generateWritesASoundProjectOfTheSizeAsked() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let out = try cli.ok("generate", "g", "--transcripts", "3", "--lines-per-transcript", "120", "--units", "90", "--codes", "25", "--seed", "4")
    #expect(out.contains("3 transcripts, 360 lines, 90 meaning units by 2 coder(s), 25 codes"))
    #expect(try cli.ok("validate", "g.stc").contains("is sound"))
    #expect(try cli.fails(64, "generate", "h", "--coders", "0").contains("--coders must be between 1 and 26"))
    #expect(try cli.fails(73, "generate", "g").contains("already exists"))
  }

  @Test func theBenchmarkRunsEveryScenarioAsASmokeTest() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.fails(64, "bench").contains("debug build"))
    let json = try cli.ok("bench", "--size", "small", "--runs", "1", "--allow-debug", "--json", "--work-folder", cli.work + "/bench")
    let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let results = try #require(report?["results"] as? [[String: Any]])
    let names = Set(results.compactMap { $0["scenario"] as? String })
    #expect(names.count == 13 && names.contains("save on top of another coder's save"), "\(names)")
    #expect(results.allSatisfy { ($0["runs"] as? Int ?? 0) >= 1 && ($0["median"] as? Double ?? -1) >= 0 })
    #expect(try cli.fails(64, "bench", "--allow-debug", "--only", "nothing").contains("not a scenario"))
  }
}

