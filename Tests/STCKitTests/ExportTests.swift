import Foundation
import Testing

@testable import STCKit

/// Whether pandoc is installed (.ci/run installs it).
let pandocPath: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs pandoc on Markdown and returns what it wrote to standard error and its status.
func pandoc(_ markdown: String, to format: String, in folder: TemporaryFolder) throws -> (status: Int32, errors: String, html: String) {
  let input = folder.write("in.md", text: markdown)
  let output = folder.path + "/out." + format
  let process = Process()
  process.executableURL = URL(fileURLWithPath: pandocPath!)
  process.arguments = ["--fail-if-warnings", "-f", "commonmark+pipe_tables", input, "-o", output] + (format == "html" ? ["--standalone", "--metadata", "title=stc"] : [])
  let errors = Pipe()
  process.standardError = errors
  try process.run()
  let data = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let html = format == "html" ? (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" : ""
  return (process.terminationStatus, String(decoding: data, as: UTF8.self), html)
}

@Suite struct MarkdownTests {
  @Test(arguments: [
    ("a | b", "a \\| b"), ("*x* _y_", "\\*x\\* \\_y\\_"), ("# no heading", "\\# no heading"), ("<b>tag</b>", "\\<b\\>tag\\</b\\>"),
    ("- not a list", "\\- not a list"), ("1. not a list", "1\\. not a list"), ("2026) år", "2026\\) år"),
    ("back\\slash", "back\\\\slash"), ("&amp;", "\\&amp;"), ("æøå 中文 👍", "æøå 中文 👍"),
  ])
  func escaping(text: String, escaped: String) {
    #expect(Markdown.escape(text) == escaped)
  }

  @Test func paragraphsAndLineBreaks() {
    #expect(Markdown.paragraphs("en\nto\n\n\ntre") == "en\\\nto\n\ntre")
    #expect(Markdown.blockQuote("Jeg sover.\n\nGodt.", attribution: "(Informant 3)") == "> Jeg sover.\n>\n> Godt. (Informant 3)")
    #expect(Markdown.table(header: ["a|b", "c"], rows: [["x\ny", "*"]]) == "| a\\|b | c |\n|---|---|\n| x y | \\* |")
  }

  /// A project whose texts are full of markup characters: the document must stay intact.
  func hostileProject() throws -> Project {
    let folder = TemporaryFolder()
    var project = try Fixture.project(in: folder).1
    var ids = IDGenerator(seed: 12)
    let span = Fixture.span(of: "Det var utrygt.", in: project, "informant3")
    _ = try project.apply(try project.codePassage(transcript: "informant3", span: span, codeNames: ["A | B *fet*"], coder: "anna", ids: &ids, at: .t0), at: .t0)
    _ = try project.apply(try project.sortCode(project.code(named: "A | B *fet*")!.id, group: "# Gruppe <1>", subgroup: "_Sub_ | 2", ids: &ids), at: .t0)
    var subgroup = project.groups[0].subgroups[0]
    subgroup.condensate = "Jeg | er *her*\n- ikke en liste\n\n1. heller ikke"
    subgroup.analyticText = "Tekst med <script>alert(1)</script> og `kode` og [lenke](x)\nog linjeskift."
    subgroup.goldenQuote = project.units(matching: UnitFilter())[0].id
    _ = try project.apply(.updateSubgroup(subgroup), at: .t0)
    return project
  }

  @Test func hostileTextCannotBreakTheDocument() throws {
    let document = MarkdownExport(try hostileProject(), options: .init(language: .en)).document()
    #expect(document.contains("### \\# Gruppe \\<1\\>"))
    #expect(document.contains("#### \\_Sub\\_ \\| 2"))
    #expect(document.contains("Tekst med \\<script\\>alert(1)\\</script\\> og \\`kode\\` og \\[lenke\\](x)\\\nog linjeskift."))
    #expect(document.contains("| \\# Gruppe \\<1\\> | \\_Sub\\_ \\| 2 | 1 | 1 of 3 |"))
    // Every row of a table has as many cells as its header.
    var expected: Int?
    for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      if let expected { #expect(cells == expected, "a table row broke: \(line)") } else { expected = cells }
    }
  }

  @Test(.enabled(if: pandocPath != nil)) func hostileTextSurvivesPandoc() throws {
    let folder = TemporaryFolder()
    let (status, errors, html) = try pandoc(MarkdownExport(try hostileProject(), options: .init(language: .en)).document(), to: "html", in: folder)
    #expect(status == 0 && errors.isEmpty)
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("Jeg | er *her*"))
    #expect(!html.contains("<em>her</em>"))
  }

  @Test func theSameProjectGivesTheSameBytes() throws {
    let folder = TemporaryFolder()
    let a = try DemoProject.create(at: folder.path + "/a.stc").load()
    let b = try DemoProject.create(at: folder.path + "/b.stc").load()
    #expect(MarkdownExport(a, options: .init(language: .nb)).document() == MarkdownExport(b, options: .init(language: .nb)).document())
    #expect(CSVExport(a, options: .init(language: .nb)).bytes() == CSVExport(b, options: .init(language: .nb)).bytes())
  }
}

/// The demo's results chapter and tables, compared with the committed golden files.
/// `STC_RECORD=1 swift test --filter GoldenExportTests` rewrites them (and fails, so that a
/// recording never passes unnoticed).
@Suite struct GoldenExportTests {
  static let demo: Project = {
    let folder = NSTemporaryDirectory() + "stc-golden-" + UUID().uuidString
    return try! DemoProject.create(at: folder + "/demo.stc").load()
  }()

  func compare(_ produced: String, with name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["STC_RECORD"] != nil {
      try produced.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(name); run the tests again without STC_RECORD.")
      return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(produced == golden, "the export differs from Golden/\(name); record it again with STC_RECORD=1 if the change is right")
  }

  @Test(arguments: [ProjectLanguage.nb, .en])
  func resultsChapterAndTables(language: ProjectLanguage) throws {
    let options = MarkdownExport.Options(language: language, condensatesInChapter: true)
    try compare(MarkdownExport(Self.demo, options: options).document(), with: "demo-results-\(language.rawValue).md")
  }

  @Test func meaningUnitsAsCSV() throws {
    try compare(String(decoding: CSVExport(Self.demo, options: .init(language: .en)).bytes(), as: UTF8.self), with: "demo-meaning-units-en.csv")
  }

  @Test(.enabled(if: pandocPath != nil), arguments: ["docx", "html"])
  func pandocConvertsWithoutWarnings(format: String) throws {
    let folder = TemporaryFolder()
    for language in ProjectLanguage.allCases {
      let markdown = MarkdownExport(Self.demo, options: .init(language: language, condensatesInChapter: true)).document()
      let (status, errors, _) = try pandoc(markdown, to: format, in: folder)
      #expect(status == 0, "pandoc failed: \(errors)")
      #expect(errors.isEmpty, "pandoc warned: \(errors)")
    }
  }
}

@Suite struct CSVTests {
  @Test func fieldsAreQuotedByRFC4180() {
    #expect(CSVExport.row(["a", "b,c", "say \"hi\"", "two\nlines", "æ;ø"], separator: ",") == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",æ;ø")
    #expect(CSVExport.row(["æ;ø", "a,b"], separator: ";") == "\"æ;ø\";a,b")
  }

  @Test func excelGetsABOMAndSemicolons() throws {
    let folder = TemporaryFolder()
    let project = try DemoProject.create(at: folder.path + "/d.stc").load()
    let excel = CSVExport(project, options: .init(language: .nb, excel: true)).bytes()
    #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: excel.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("transkripsjon;informant;koder;linjer;kode;subgruppe;kodegruppe;tekst;enhet\r\n"))
    #expect(text.hasSuffix("\r\n"))
    let plain = CSVExport(project, options: .init(language: .en, coder: "jonas")).bytes()
    let rows = String(decoding: plain, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 1 + 11)
    #expect(rows.dropFirst().allSatisfy { $0.contains(",jonas,") })
  }
}

@Suite struct PseudonymisationTests {
  let table = [
    Pseudonym(name: "Kari", replacement: "Nina"), Pseudonym(name: "Bergen", replacement: "[byen]"),
    Pseudonym(name: "Hansen", replacement: "Hauge"), Pseudonym(name: "Vesterålen", replacement: "[området]"),
    Pseudonym(name: "Australia", replacement: "[utlandet]"),
  ]

  @Test func wordStartsAreReplacedInAnyCase() {
    let hide = Pseudonymizer(table)
    #expect(hide("Karis mor bor i BERGEN, ikke i Vesterålen.") == "Ninas mor bor i [byen], ikke i [området].")
    #expect(hide("Makaris") == "Makaris")
    #expect(Pseudonymizer.none("Kari") == "Kari")
  }

  /// Every name of the table, in quotes, condensates, analytic texts, titles and codes, and no
  /// trace of it in any export.
  @Test func noListedNameSurvivesAnyExport() throws {
    let folder = TemporaryFolder()
    let projectFolder = try DemoProject.create(at: folder.path + "/d.stc")
    var project = try projectFolder.load()
    var ids = IDGenerator(seed: 99)
    _ = try project.apply(.setNames(table), at: .t0)
    let mentions: [(TranscriptID, String)] = [
      ("fokusgruppe", "det er Kari fra hjemmesykepleien"), ("informant1", "Hun bodde i Bergen"),
      ("informant1", "fru Hansen var urolig"), ("informant2", "Æ e opprinnelig fra Vesterålen"),
      ("informant6", "barnebarnet sitt i Australia"),
    ]
    for (transcript, words) in mentions {
      let span = try #require(project.texts[transcript]!.occurrences(of: words).first, "\(words) is not in \(transcript)")
      _ = try project.apply(try project.codePassage(transcript: transcript, span: span, codeNames: ["Navn fra Bergen"], coder: "anna", ids: &ids, at: .t0), at: .t0)
    }
    let code = project.code(named: "Navn fra Bergen")!.id
    _ = try project.apply(try project.sortCode(code, group: "Karis gruppe", subgroup: "Hansen og Australia", ids: &ids), at: .t0)
    var subgroup = try project.subgroup(named: "Hansen og Australia")
    subgroup.condensate = "Kari sa at Bergen var langt unna."
    subgroup.analyticText = "Informantene nevner Kari, Hansen og VESTERÅLEN."
    subgroup.goldenQuote = project.units(matching: UnitFilter(code: code)).first!.id
    _ = try project.apply(.updateSubgroup(subgroup), at: .t0)

    var outputs: [String: String] = [:]
    for language in ProjectLanguage.allCases {
      let options = MarkdownExport.Options(language: language, pseudonymize: true, condensatesInChapter: true, trailSubgroups: [subgroup.id])
      outputs["markdown-\(language)"] = MarkdownExport(project, options: options).document()
      outputs["csv-\(language)"] = String(decoding: CSVExport(project, options: .init(language: language, excel: true, pseudonymize: true)).bytes(), as: UTF8.self)
    }
    for (format, text) in outputs {
      for entry in table {
        #expect(!text.lowercased().contains(entry.name.lowercased()), "“\(entry.name)” survives in \(format)")
      }
    }
    #expect(outputs["markdown-nb"]!.contains("Nina sa at \\[byen\\] var langt unna."))
    // Without the flag, the names stay (the researcher's own copy).
    #expect(MarkdownExport(project, options: .init(language: .nb, condensatesInChapter: true)).document().contains("Kari sa at Bergen"))
  }
}
