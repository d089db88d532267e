import ArgumentParser
import Foundation
import STCKit

struct ImportQDPX: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdpx",
    abstract: "Build a new stc project from a REFI-QDA project (.qdpx) of NVivo, ATLAS.ti, MAXQDA, QualCoder, qc or stc.",
    discussion: """
      Text sources become transcripts (normalised to UTF-8 with LF; selections keep pointing at \
      the same words), users become coders, the code tree becomes code groups, subgroups and \
      codes, text selections become meaning units with their codes, notes become memos, cases \
      become informants with their variables as attributes.

      The code tree: a top-level code with children becomes a code group, its children with \
      children become subgroups, and everything below those becomes codes (deeper levels side by \
      side). Codes directly under a group go into a subgroup named after the group. Top-level \
      codes without children stay unsorted.

      What stc cannot hold (audio, video, pictures, PDF, graphs, sets, links, codings of a whole \
      document) is listed in the report, never dropped in silence. A .qdpx that stc wrote comes \
      back as exactly the project that was exported.

      Examples:
        stc import qdpx from-nvivo.qdpx thesis.stc
        stc import qdpx shared.qdpx copy.stc --coder kari --lang en
      """)

  @Argument(help: "The .qdpx file to read.")
  var file: String

  @Argument(help: "The new project folder (NAME or NAME.stc; it must not exist yet).")
  var path: String

  @Option(help: "The coder of selections that name no user (default: $STC_CODER, then your login name).")
  var coder: String?

  @Option(help: "The project's language: nb or en (default: the exported project's, else nb).")
  var lang: ProjectLanguage?

  func execute() throws(STCError) {
    let target = path.hasSuffix(".stc") ? path : path + ".stc"
    if FileManager.default.fileExists(atPath: target) {
      throw .cannotCreate("\(target) already exists: choose a new name for the imported project.")
    }
    let fallback = (try? CoderOption.resolve(coder)) ?? "imported"
    if let coder { _ = try CoderName(validating: coder) }
    var ids = IDGenerator()
    let result = try QDPXImport.read(file: file, options: .init(coder: fallback, language: lang), ids: &ids)
    let folder = try ProjectFolder.create(with: result.project, at: target)
    _ = try folder.load()
    Console.line("Created \(folder.path) from \((file as NSString).lastPathComponent).")
    for line in result.report.lines { Console.line(line) }
    Console.line("Next: `stc validate \(target)`, then open it with `stc \(target)`.")
  }
}

struct ImportQDC: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdc",
    abstract: "Add a REFI-QDA codebook (.qdc) to a project: its code groups, subgroups and codes.",
    discussion: """
      The code tree is read as `stc import qdpx` reads it. Groups, subgroups and codes the \
      project already has (by name) are kept as they are, so importing the same codebook twice \
      changes nothing. A codebook that stc wrote brings back valence and colours.

      Examples:
        stc import qdc supervisor.qdc thesis.stc
      """)

  @Argument(help: "The .qdc file to read.")
  var file: String

  @OptionGroup var target: ProjectArgument

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let folder = try target.folder()
    let lock = try ProjectLock.acquire(folder, coder: (try? coder.resolve()) ?? "stc", purpose: "stc import qdc")
    defer { lock.release() }
    let report = try folder.withSaveLock { () throws(STCError) in
      var project = try folder.loadForWork().project
      var ids = IDGenerator()
      let report = try QDCImport.read(file: file, into: &project, ids: &ids)
      try folder.save(project, files: [.project])
      return report
    }
    let who = (try? coder.resolve()) ?? "stc"
    try? folder.appendToLog(
      [ChangeLogEntry(at: .now(), coder: who, summary: "Imported the codebook \((file as NSString).lastPathComponent)")],
      coder: who)
    for line in report.lines { Console.line(line) }
  }
}
