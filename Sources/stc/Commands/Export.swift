import ArgumentParser
import Foundation
import STCKit

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the results chapter (Markdown), the meaning units (CSV), or the project for other QDA programs (REFI-QDA).",
    discussion: """
      Examples:
        stc export markdown thesis.stc -o resultater.md
        stc export markdown thesis.stc --lang en --include chapter,codebook --condensates
        stc export markdown thesis.stc --pseudonymize | pandoc -o resultater.docx
        stc export csv thesis.stc --excel -o enheter.csv
        stc export qdpx thesis.stc -o thesis.qdpx
        stc export qdc thesis.stc -o kodebok.qdc
      """,
    subcommands: [MarkdownCommand.self, CSVCommand.self, QDPXCommand.self, QDCCommand.self])

  struct MarkdownCommand: STCCommand {
    static let configuration = CommandConfiguration(
      commandName: "markdown",
      abstract: "Write the results chapter and the thesis tables as Markdown.",
      discussion: """
        Parts, in this order: chapter (a heading per code group, a section per subgroup with its \
        analytic text and golden quotation), overview (code groups and subgroups), trail \
        (theme → meaning unit → condensate → analytic text), codebook, informants, condensates \
        (an appendix). The Markdown is CommonMark with pipe tables; pandoc turns it into Word: \
        `pandoc results.md -o results.docx`.

        Examples:
          stc export markdown thesis.stc -o resultater.md
          stc export markdown thesis.stc --include chapter --condensates --lang en
          stc export markdown thesis.stc --trail "Ensomhet bak skjermen" --trail "Falske alarmer"
        """)

    @OptionGroup var target: ProjectArgument

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "The language of headings and labels: nb or en (default: the project's).")
    var lang: ProjectLanguage?

    @Flag(help: "Replace every name in the names table (see `stc names`).")
    var pseudonymize = false

    @Option(help: "The parts, comma-separated: \(MarkdownExport.Part.allCases.map(\.rawValue).joined(separator: ",")).")
    var include: String?

    @Flag(help: "Show each subgroup's condensate in the chapter too.")
    var condensates = false

    @Option(name: .customLong("trail"), help: "A subgroup for the analysis trail (repeat; default: every one with a condensate and an analytic text).")
    var trail: [String] = []

    func execute() throws(STCError) {
      let project = try target.folder().load()
      var parts = MarkdownExport.Part.allCases
      if let include {
        parts = []
        for name in include.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
          guard let part = MarkdownExport.Part(rawValue: name) else {
            throw .usage("“\(name)” is not a part: choose from \(MarkdownExport.Part.allCases.map(\.rawValue).joined(separator: ", ")).")
          }
          parts.append(part)
        }
      }
      var trailSubgroups: [SubgroupID]?
      if !trail.isEmpty {
        var ids: [SubgroupID] = []
        for name in trail { ids.append(try project.subgroup(named: name).id) }
        trailSubgroups = ids
      }
      if pseudonymize && project.names.isEmpty {
        Console.error("note: the names table is empty, so --pseudonymize changes nothing. Add names with `stc names`.")
      }
      let options = MarkdownExport.Options(
        language: lang ?? project.metadata.language, parts: parts, pseudonymize: pseudonymize,
        condensatesInChapter: condensates, trailSubgroups: trailSubgroups)
      try ExportOutput.write(Array(MarkdownExport(project, options: options).document().utf8), to: output)
    }
  }

  struct CSVCommand: STCCommand {
    static let configuration = CommandConfiguration(
      commandName: "csv",
      abstract: "Write the meaning units as CSV: one row per meaning unit and code.",
      discussion: """
        Columns: transcript, informant, coder, lines, code, subgroup, code group, text, unit id. \
        Fields are quoted by RFC 4180. --excel adds the byte order mark and semicolons, so that \
        Excel opens æ ø å and the columns right.

        Examples:
          stc export csv thesis.stc -o enheter.csv
          stc export csv thesis.stc --excel --coder anna -o anna.csv
        """)

    @OptionGroup var target: ProjectArgument

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Flag(help: "Write for Excel: a UTF-8 byte order mark and semicolons.")
    var excel = false

    @Flag(help: "Replace every name in the names table (see `stc names`).")
    var pseudonymize = false

    @Option(help: "Only this coder's meaning units.")
    var coder: String?

    @Option(help: "The language of the column names: nb or en (default: the project's).")
    var lang: ProjectLanguage?

    func execute() throws(STCError) {
      let project = try target.folder().load()
      let coderName = try coder.map { name throws(STCError) in try CoderName(validating: name) }
      let options = CSVExport.Options(
        language: lang ?? project.metadata.language, excel: excel, pseudonymize: pseudonymize, coder: coderName)
      try ExportOutput.write(CSVExport(project, options: options).bytes(), to: output)
    }
  }
}

/// Where exports go: a file (written atomically, readable by its owner only) or standard output.
enum ExportOutput {
  static func write(_ bytes: [UInt8], to path: String?) throws(STCError) {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
      throw .cannotCreate("The folder \(folder) does not exist: create it, or write somewhere else.")
    }
    try AtomicFile.write(bytes, to: path)
    Console.error("wrote \(path)")
  }
}
