import Foundation
import STCKit
import Testing

/// The qualitative-coding CLI (`qc`, PyPI), a real peer that reads and writes REFI-QDA.
/// .ci/run installs it into .build/qc-venv and sets STC_REQUIRE_PEERS=1, so that CI fails
/// rather than skips when it is missing.
enum QCPeer {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The `bin` folder of the virtual environment that holds qc.
  static let bin: String? = {
    let environment = ProcessInfo.processInfo.environment
    let candidates = [environment["STC_QC_BIN"], packageRoot + "/.build/qc-venv/bin"].compactMap { $0 }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0 + "/qc") }
  }()

  static var required: Bool { ProcessInfo.processInfo.environment["STC_REQUIRE_PEERS"] == "1" }

  /// Runs a program of the virtual environment in `folder`; returns its status and output.
  @discardableResult
  static func run(_ program: String, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bin! + "/" + program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    // qc 1.7.8's importer stops at a leftover breakpoint(); this turns it off.
    process.environment = [
      "PATH": bin! + ":/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "PYTHONBREAKPOINT": "0",
      "PYTHONDONTWRITEBYTECODE": "1",
    ]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Every coded line of the qc project in `folder`: "file|line|code|coder", lines from 0.
  static func codedLines(in folder: String) throws -> Set<String> {
    let script = """
      import json
      from qualitative_coding.corpus import QCCorpus
      c = QCCorpus('settings.yaml')
      with c.session():
          rows = [f"{d}|{l}|{code}|{coder}" for code, coder, l, d in c.get_coded_lines()]
      print("ROWS" + json.dumps(rows, ensure_ascii=False))
      """
    let result = try run("python", ["-c", script], in: folder)
    guard let line = result.output.split(separator: "\n").last(where: { $0.hasPrefix("ROWS") }),
      let rows = try JSONSerialization.jsonObject(with: Data(line.dropFirst(4).utf8)) as? [String]
    else {
      Issue.record("qc printed no coded lines: \(result.output)")
      return []
    }
    return Set(rows)
  }
}

@Suite(.serialized) struct PeerTests {
  @Test func thePeerIsInstalledWhenCIRequiresIt() {
    if QCPeer.required { #expect(QCPeer.bin != nil, "qc is not in .build/qc-venv: run .ci/run, or set STC_QC_BIN") }
  }

  /// stc → qc: qc validates the file against the REFI-QDA schema as it imports, and every line
  /// of every meaning unit carries the unit's codes for its coder.
  @Test(.enabled(if: QCPeer.bin != nil, "needs qc (.ci/run installs it)"))
  func qcReadsWhatStcWrites() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    try cli.ok("export", "qdpx", "demo.stc", "--selection-names", "lines", "-o", "demo.qdpx")
    let qcFolder = cli.work + "/qc"
    try FileManager.default.createDirectory(atPath: qcFolder, withIntermediateDirectories: true)
    let imported = try QCPeer.run("qc", ["init", "--import", cli.work + "/demo.qdpx"], in: qcFolder)
    #expect(imported.status == 0, "qc init --import failed: \(imported.output)")
    #expect(!imported.output.contains("did not validate"))
    let project = try ProjectFolder.locate(cli.work + "/demo.stc").load()
    var expected = Set<String>()
    for unit in project.allUnits {
      let title = project.transcript(unit.transcript)!.title
      for line in project.texts[unit.transcript]!.lines(of: unit.span) {
        for code in unit.codes { expected.insert("\(title).txt|\(line)|\(project.codes[code]!.displayName)|\(unit.coder)") }
      }
    }
    let found = try QCPeer.codedLines(in: qcFolder)
    #expect(found.count > 50)
    #expect(found == expected)
  }

  /// qc → stc: a qc project coded line by line (with æøå, emoji and a flag in the text) comes
  /// into stc with each coded line as a meaning unit of its coder, on the same words.
  @Test(.enabled(if: QCPeer.bin != nil, "needs qc (.ci/run installs it)"))
  func stcReadsWhatQcWrites() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let qcFolder = cli.work + "/qc"
    try FileManager.default.createDirectory(atPath: qcFolder, withIntermediateDirectories: true)
    #expect(try QCPeer.run("qc", ["init"], in: qcFolder).status == 0)
    // A scripted "editor" codes line 2 and line 4, as a person would in qc's codes file.
    let editor = qcFolder + "/editor.sh"
    try "#!/bin/sh\nprintf '\\ntrygghet\\n\\ntid, trygghet\\n' > \"$2\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    let settings = qcFolder + "/settings.yaml"
    var yaml = try String(contentsOfFile: settings, encoding: .utf8)
    yaml = yaml.replacingOccurrences(of: "editor: code", with: "editor: scripted")
    yaml += """
      editors:
        scripted:
          name: scripted
          code_command: '\(editor) "{corpus_file_path}" "{codes_file_path}"'
          memo_command: 'true'

      """
    try yaml.write(toFile: settings, atomically: true, encoding: .utf8)
    let text = "I: Hvordan var det?\nInformant 3: Det var trygt 😀 å være hjemme.\nI: Og tida?\nInformant 3: Tida – ja, den strakk ikke til. Ære være 🇳🇴.\n"
    try text.write(toFile: qcFolder + "/intervju3.txt", atomically: true, encoding: .utf8)
    #expect(try QCPeer.run("qc", ["corpus", "import", "--importer", "verbatim", "intervju3.txt"], in: qcFolder).status == 0)
    #expect(try QCPeer.run("qc", ["code", "kari"], in: qcFolder).status == 0)
    let exported = try QCPeer.run("qc", ["export", "fra-qc.qdpx"], in: qcFolder)
    #expect(exported.status == 0, "\(exported.output)")

    let report = try cli.ok("import", "qdpx", qcFolder + "/fra-qc.qdpx", "fra-qc.stc")
    #expect(report.contains("1 transcript(s), 1 informant(s)"))
    #expect(report.contains("2 meaning unit(s) by kari"))
    let project = try ProjectFolder.locate(cli.work + "/fra-qc.stc").load()
    #expect(project.transcripts.first?.informant == 3)
    let units = project.allUnits.sorted { $0.span < $1.span }.map { unit in
      "\(project.quote(of: unit))|\(unit.codes.map { project.codes[$0]!.name }.sorted())"
    }
    #expect(units == [
      "Informant 3: Det var trygt 😀 å være hjemme.\n|[\"trygghet\"]",
      "Informant 3: Tida – ja, den strakk ikke til. Ære være 🇳🇴.\n|[\"tid\", \"trygghet\"]",
    ])
    // and back: stc's export of it is valid for qc again
    try cli.ok("export", "qdpx", "fra-qc.stc", "--selection-names", "lines", "-o", "tilbake.qdpx")
    let again = cli.work + "/qc-again"
    try FileManager.default.createDirectory(atPath: again, withIntermediateDirectories: true)
    #expect(try QCPeer.run("qc", ["init", "--import", cli.work + "/tilbake.qdpx"], in: again).status == 0)
    #expect(try QCPeer.codedLines(in: again) == [
      "intervju3.txt|1|trygghet|kari", "intervju3.txt|3|tid|kari", "intervju3.txt|3|trygghet|kari",
    ])
  }

  /// A real NVivo export (NVivo for Mac 15, shipped in qc's package): a deep code tree and
  /// sources without text.
  @Test(.enabled(if: QCPeer.bin != nil, "needs qc (.ci/run installs it)"))
  func anNVivoExportComesIn() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let found = try QCPeer.run("python", ["-c", "import qualitative_coding; print('PATH' + list(qualitative_coding.__path__)[0])"], in: cli.work)
    let package = try #require(found.output.split(separator: "\n").last { $0.hasPrefix("PATH") }).dropFirst(4)
    let report = try cli.ok("import", "qdpx", "\(package)/refi_qda/nvivo_project.qdpx", "nvivo.stc")
    #expect(report.contains("243 code(s) in 3 code group(s) and 18 subgroup(s)"))
    #expect(report.contains("holds no text, only white space"))
    #expect(report.contains("more than three levels deep"))
    let validate = try cli.run(["validate", "nvivo.stc"])
    #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
  }
}
