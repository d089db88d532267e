import Foundation
import Testing
import ZIPFoundation

/// A researcher's first session, from `stc init` to a validated project, through the binary.
@Suite(.serialized) struct WorkflowTests {
  let cli = CLIRunner()

  func docx(_ paragraphs: [String]) throws -> Data {
    let body = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
    let xml = Data(
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>").utf8)
    let archive = try Archive(accessMode: .create)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate,
      provider: { position, size in xml.subdata(in: Int(position)..<Int(position) + size) })
    return archive.data!
  }

  func write(_ name: String, _ data: Data) { FileManager.default.createFile(atPath: cli.work + "/" + name, contents: data) }

  @Test func aWholeFirstSession() throws {
    defer { cli.cleanUp() }
    var out = try cli.ok("init", "studie", "--title", "Nattevakt og kamera", "--question", "Hvordan erfarer …?")
    #expect(out.contains("Created the project “Nattevakt og kamera”"))

    // A Windows-1252 file with CRLF line ends, and a Word document.
    let latin1: [UInt8] = Array("I: Hvordan var natta?\r\nInformant 1: Jeg sov godt. Bl".utf8) + [0xE5, 0x62, 0xE6, 0x72]
      + Array(".\r\nI: Og kameraet?\r\nInformant 1: Det er greit.\r\n".utf8)
    write("informant1.txt", Data(latin1))
    write("I2.docx", try docx(["I: Hei.", "I2: Jeg savner besøket om natta.", "I: Hvorfor?", "I2: Det var trygt. 中文 👍"]))
    out = try cli.ok("import", "studie.stc", "informant1.txt", "I2.docx")
    #expect(out.contains("Imported informant1.txt as “informant1” (4 lines, windows-1252, informant 1)."))
    #expect(out.contains("Imported I2.docx as “i2” (4 lines, docx, informant 2)."))

    out = try cli.ok("code", "studie.stc", "--transcript", "informant1", "--lines", "2", "--code", "Søvn")
    #expect(out.hasPrefix("Coded informant1 lines 2 with “Søvn”") || out.contains("“Søvn”"))
    try cli.ok("code", "studie.stc", "--transcript", "i2", "--lines", "2", "--words", "savner besøket", "--code", "Savn", "--code", "Besøk")
    try cli.ok("code", "studie.stc", "--transcript", "i2", "--lines", "4", "--code", "Trygghet", "--coder", "jonas")

    let codes = try JSONSerialization.jsonObject(with: Data(try cli.ok("codes", "studie.stc", "--json").utf8)) as! [String: Any]
    let names = (codes["codes"] as! [[String: Any]]).map { $0["name"] as! String }
    #expect(names == ["Besøk", "Savn", "Søvn", "Trygghet"])

    try cli.ok("sort", "studie.stc", "--code", "Savn", "--group", "Når besøket blir borte", "--subgroup", "Savn")
    try cli.ok("sort", "studie.stc", "--code", "Besøk", "--group", "Når besøket blir borte", "--subgroup", "Savn")
    out = try cli.ok("codes", "studie.stc")
    #expect(out.contains("Når besøket blir borte  [1 unit, 1 of 2 informants]"))
    #expect(out.contains("Unsorted  [2 units, 2 of 2 informants]"))

    try cli.ok("condense", "studie.stc", "--subgroup", "Savn", "--text", "Jeg savner besøket om natta.")
    try cli.ok("analyse", "studie.stc", "--subgroup", "Savn", "--file", "-", "--status", "done", input: "Informantene savner besøket.\r\n")
    let units = try JSONSerialization.jsonObject(with: Data(try cli.ok("units", "studie.stc", "--subgroup", "Savn", "--json").utf8)) as! [[String: Any]]
    #expect(units.count == 1)
    #expect(units[0]["text"] as? String == "savner besøket")
    #expect(units[0]["firstLine"] as? Int == 2)
    try cli.ok("golden", "studie.stc", "--subgroup", "Savn", "--unit", units[0]["id"] as! String)

    try cli.ok("theme", "studie.stc", "add", "Savn", "--note", "Besøket som omsorg")
    try cli.ok("theme", "studie.stc", "link", "Savn", "--group", "Når besøket blir borte")
    out = try cli.ok("theme", "studie.stc", "list")
    #expect(out.contains("1. Savn  → Når besøket blir borte"))
    #expect(out.contains("Malterud suggests 4–8"))

    try cli.ok("memo", "studie.stc", "add", "--on", "preconceptions", "--text", "Jeg har jobbet natt selv.")
    #expect(try cli.ok("memo", "studie.stc", "list").contains("[preconceptions:anna by anna"))
    try cli.ok("informant", "studie.stc", "2", "--set", "rolle=helsefagarbeider", "--label", "Informant 2")
    #expect(try cli.ok("informant", "studie.stc").contains("helsefagarbeider"))

    out = try cli.ok("search", "studie.stc", "BLÅBÆR")
    #expect(out.contains("informant1:2: Informant 1: Jeg sov godt. Blåbær."))

    let stats = try JSONSerialization.jsonObject(with: Data(try cli.ok("stats", "studie.stc", "--json").utf8)) as! [String: Any]
    #expect(stats["coders"] as? [String: Int] == ["anna": 2, "jonas": 1])
    let progress = stats["progress"] as! [String: Int]
    #expect(progress["condensates"] == 1 && progress["analyticTexts"] == 1 && progress["subgroupsDone"] == 1)

    #expect(try cli.ok("validate", "studie.stc").contains("is sound: 2 transcripts verified, 3 meaning units in place."))
    let log = try cli.ok("log", "studie.stc")
    #expect(log.contains("anna  Sorted code “Savn” into “Når besøket blir borte” › “Savn”"))
    #expect(log.contains("jonas  Coded i2 lines 4 with “Trygghet”"))

    // Renaming and merging keep every meaning unit.
    try cli.ok("codebook", "rename", "studie.stc", "--code", "Savn", "--to", "Lengsel")
    try cli.ok("codebook", "merge", "studie.stc", "--code", "Besøk", "--into", "Lengsel")
    out = try cli.ok("units", "studie.stc", "--code", "Lengsel")
    #expect(out.contains("1 meaning unit."))
    let error = try cli.fails(64, "codebook", "delete", "studie.stc", "--code", "Lengsel")
    #expect(error.contains("on 1 meaning unit") && error.contains("force"))
  }

  @Test func errorsSayWhatToDoAndExitWithSysexits() throws {
    defer { cli.cleanUp() }
    var error = try cli.fails(66, "stats", "nowhere.stc")
    #expect(error == "stc: There is no project at nowhere.stc. Create one with `stc init nowhere.stc`, or check the path.\n")
    try cli.ok("init", "p", "--title", "P")
    error = try cli.fails(73, "init", "p", "--title", "P")
    #expect(error.contains("already a project"))
    write("informant1.txt", Data())
    write("informant2.txt", Data("I: hei\n".utf8))
    error = try cli.fails(65, "import", "p.stc", "informant2.txt", "informant1.txt")
    #expect(error.contains("informant1.txt is empty"))
    #expect(try cli.ok("stats", "p.stc").contains("0 transcripts"))
    try cli.ok("import", "p.stc", "informant2.txt")
    error = try cli.fails(64, "code", "p.stc", "--transcript", "informant9", "--lines", "1", "--code", "X")
    #expect(error.contains("There is no transcript “informant9”. The transcripts are: informant2."))
    error = try cli.fails(64, "code", "p.stc", "--transcript", "informant2", "--lines", "5-9", "--code", "X")
    #expect(error.contains("informant2 has 1 lines; line 9 is past its end."))
    try cli.fails(64, "code", "p.stc", "--transcript", "informant2", "--lines", "nine", "--code", "X")
    try cli.ok("code", "p.stc", "--transcript", "informant2", "--lines", "1", "--code", "Hilsen")
    error = try cli.fails(64, "sort", "p.stc", "--code", "hilsn", "--group", "G", "--subgroup", "S")
    #expect(error.contains("Did you mean “Hilsen”?"))
    error = try cli.fails(64, "code", "p.stc", "--transcript", "informant2", "--lines", "1", "--coder", "../x", "--code", "Y")
    #expect(error.contains("cannot be a coder name"))
    // A broken file: validate names it and exits 65; opening refuses and changes nothing.
    let projectFile = cli.work + "/p.stc/project.json"
    let text = try String(contentsOfFile: projectFile, encoding: .utf8)
    try text.replacingOccurrences(of: "\"codes\" : [", with: "\"codes\" : [,").write(toFile: projectFile, atomically: false, encoding: .utf8)
    let result = try cli.run(["validate", "p.stc"])
    #expect(result.status == 65)
    #expect(result.stdout.contains("error: project.json: the JSON is broken at line"))
    try cli.fails(65, "code", "p.stc", "--transcript", "informant2", "--lines", "1", "--code", "Z")
    #expect(try String(contentsOfFile: projectFile, encoding: .utf8).contains("[,"))
  }

  @Test func openWithoutAProjectUsesAWorkingCopyOfTheDemo() throws {
    defer { cli.cleanUp() }
    let first = try cli.ok()
    #expect(first.contains("Created a working copy of the demo project in \(cli.home)/.local/share/stc/demo.stc."))
    #expect(first.contains("Digitalt tilsyn i hjemmetjenesten"))
    #expect(first.contains("3 Condensation       condensates written 4 of 10"))
    #expect(try cli.ok().contains("Opening the demo project in"))
    #expect(try cli.ok("validate", cli.home + "/.local/share/stc/demo.stc").contains("is sound: 9 transcripts verified"))
    try cli.ok("demo", "copy.stc")
    #expect(try cli.fails(73, "demo", "copy.stc").contains("--reset"))
    try cli.ok("demo", "copy.stc", "--reset")
  }

  @Test func exportingWithPseudonyms() throws {
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    try cli.ok("names", "demo.stc", "add", "Kari", "Nina")
    try cli.ok("names", "demo.stc", "add", "Bergen", "[byen]")
    #expect(try cli.ok("names", "demo.stc", "list") == "Bergen → [byen]\nKari → Nina\n")
    try cli.ok("code", "demo.stc", "--transcript", "fokusgruppe", "--lines", "84", "--code", "Kari")
    var markdown = try cli.ok("export", "markdown", "demo.stc", "--include", "codebook")
    #expect(markdown.contains("| Kari |"))
    markdown = try cli.ok("export", "markdown", "demo.stc", "--include", "codebook", "--pseudonymize", "--lang", "en")
    #expect(!markdown.contains("Kari") && markdown.contains("| Nina |") && markdown.contains("### Codebook"))
    let csv = try cli.ok("export", "csv", "demo.stc", "--pseudonymize")
    #expect(!csv.contains("Kari") && csv.contains("Nina"))
    let result = try cli.run(["export", "markdown", "demo.stc", "-o", "out/r.md"])
    #expect(result.status == 73 && result.stderr.contains("does not exist"))
    try cli.ok("export", "csv", "demo.stc", "--excel", "-o", "enheter.csv")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/enheter.csv"))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(try cli.fails(64, "export", "markdown", "demo.stc", "--include", "chapter,tables").contains("“tables” is not a part"))
  }

  @Test func agreeReconcileAndMerge() throws {
    defer { cli.cleanUp() }
    try cli.ok("demo", "a.stc")
    var out = try cli.ok("agree", "a.stc", "--coders", "anna,jonas")
    #expect(out.contains("432 lines in 3 transcripts"))
    #expect(out.contains("all codes                         17    41         2           99.4 %   0.44  0.44"))
    let json = try JSONSerialization.jsonObject(with: Data(try cli.ok("agree", "a.stc", "--coders", "anna,jonas", "--unit", "character", "--json").utf8)) as! [String: Any]
    #expect(json["unit"] as? String == "character")
    #expect(try cli.fails(64, "agree", "a.stc", "--coders", "anna,nobody").contains("no meaning units by nobody"))
    out = try cli.ok("reconcile", "a.stc", "--coders", "anna,jonas")
    #expect(out == "Took over 3 agreed meaning units into consensus.\n26 of 26 places where anna and jonas differ are left to discuss (--list shows them).\n")
    out = try cli.ok("reconcile", "a.stc", "--coders", "anna,jonas", "--list")
    #expect(out.contains("4. informant1:74–75 — different codes"))
    #expect(try cli.fails(64, "reconcile", "a.stc", "--coders", "anna,jonas", "--into", "anna").contains("its own name"))
    // Two copies: the second renames a code; the merge maps it back.
    try cli.ok("demo", "b.stc")
    try cli.ok("codebook", "rename", "b.stc", "--code", "Ensomhet", "--to", "Alene")
    try cli.ok("code", "b.stc", "--transcript", "informant4", "--lines", "20", "--code", "Uro", "--coder", "jonas")
    out = try cli.ok("merge", "a.stc", "b.stc", "-o", "felles", "--map", "Alene=Ensomhet")
    #expect(out.contains("Added 1 new code(s): Uro.") && out.contains("Mapped 1 code(s) as you chose."))
    #expect(try cli.ok("validate", "felles.stc").contains("is sound"))
    #expect(try cli.fails(73, "merge", "a.stc", "b.stc", "-o", "felles").contains("already exists"))
    #expect(try cli.fails(64, "merge", "a.stc", "b.stc", "-o", "x", "--map", "Nope=Ensomhet").contains("no code named “Nope”"))
  }
}
