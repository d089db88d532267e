import ArgumentParser
import STCKit

/// `stc import`: transcripts into a project (the default), or a project or codebook from another
/// QDA program.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Import transcripts into a project, or a project (.qdpx) or codebook (.qdc) from another QDA program.",
    discussion: """
      Examples:
        stc import thesis.stc interviews/informant*.docx
        stc import qdpx from-nvivo.qdpx thesis.stc
        stc import qdc supervisor-codebook.qdc thesis.stc
      """,
    subcommands: [ImportTranscripts.self, ImportQDPX.self, ImportQDC.self],
    defaultSubcommand: ImportTranscripts.self)
}

struct ImportTranscripts: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcripts",
    abstract: "Import transcripts (.txt, .md, .docx) into a project (the default of `stc import`).",
    discussion: """
      Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252, with any \
      line ends; they are stored as UTF-8 with LF and never changed afterwards. From .docx, \
      paragraphs, line breaks and tables come in order.

      The informant's number comes from --informant or from the file name ("informant3.docx", \
      "I3.txt"). A focus group has several informants: give --focus-group, and map speaker labels \
      to informant numbers with --speaker (unmapped speakers get new numbers).

      Speaker turns are found from labels such as "I:", "Intervjuer:", "Informant 3:", "P2:". \
      When your transcripts label speakers differently, give a regular expression whose first \
      group is the label.

      If any file cannot be imported, none is: fix the file and run the command again.

      Examples:
        stc import thesis.stc interviews/informant*.docx
        stc import thesis.stc notes/anna.txt --informant 4 --title "Intervju 4"
        stc import thesis.stc fokus.docx --focus-group --speaker P1=7 --speaker P2=8
        stc import thesis.stc kari.txt --informant 2 --speaker-pattern '^([A-ZÆØÅ][a-zæøå]+):'
      """)

  @OptionGroup var target: ProjectArgument

  @Argument(help: "The transcript files.")
  var files: [String]

  @Option(help: "The informant's number (for a single file).")
  var informant: Int?

  @Flag(help: "The file is a focus group with several informants.")
  var focusGroup = false

  @Option(name: .customLong("speaker"), help: "Map a focus-group speaker label to an informant: LABEL=N.")
  var speakers: [String] = []

  @Option(help: "A regular expression for speaker labels; its first group is the label.")
  var speakerPattern: String?

  @Option(help: "The transcript's title (for a single file; default: the file name).")
  var title: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("Name at least one transcript file to import.") }
    if files.count > 1 && informant != nil {
      throw ValidationError("--informant applies to one file; import the files one by one, or name them after their informants.")
    }
    if files.count > 1 && title != nil { throw ValidationError("--title applies to one file at a time.") }
    if !speakers.isEmpty && !focusGroup { throw ValidationError("--speaker maps focus-group speakers: add --focus-group.") }
  }

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let folder = try target.folder()
    let lock = try ProjectLock.acquire(folder, coder: (try? coder.resolve()) ?? "stc", purpose: "stc import")
    defer { lock.release() }
    var mapping: [String: Int] = [:]
    for entry in speakers {
      let parts = entry.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, let n = Int(parts[1].trimmingCharacters(in: .whitespaces)), n >= 1 else {
        throw .usage("“\(entry)” is not a speaker mapping: write LABEL=N, such as P1=7.")
      }
      mapping[parts[0].trimmingCharacters(in: .whitespaces)] = n
    }
    let pattern = try SpeakerPattern.validated(speakerPattern)
    let prepared = try TranscriptImporter.prepare(
      files: files, informant: informant, focusGroup: focusGroup, title: title, speakerInformants: mapping,
      speakerPattern: pattern)
    // Read, added to and saved as the only writer, so that a workbench open on the project
    // meanwhile loses nothing (it finds project.json changed and saves on top).
    let records = try folder.withSaveLock { () throws(STCError) in
      var project = try folder.loadForWork().project
      return try folder.importTranscripts(prepared, into: &project)
    }
    for record in records {
      let who = record.informant.map { "informant \($0)" }
        ?? "focus group: " + record.speakers.filter { !$0.interviewer }.map { "\($0.label) = informant \($0.informant ?? 0)" }.joined(separator: ", ")
      Console.line("Imported \(record.sourceFile) as “\(record.id)” (\(record.lineCount) lines, \(record.sourceEncoding), \(who)).")
    }
  }
}
