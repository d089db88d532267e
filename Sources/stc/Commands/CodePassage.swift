import ArgumentParser
import STCKit

struct CodePassage: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "code",
    abstract: "Mark a passage as a meaning unit and give it codes.",
    discussion: """
      The passage is whole lines (numbered from 1, as `stc units` and the workbench show them), \
      or, with --words, exactly those words within the lines. Codes that do not exist yet are \
      created. When the coder already has a meaning unit on exactly this passage, the codes are \
      added to it.

      Examples:
        stc code thesis.stc --transcript informant3 --lines 12-15 --code Ensomhet
        stc code thesis.stc --transcript informant3 --lines 40 \\
            --words "Man sparer ikke tid" --code "Tid flyttet" --coder jonas
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "The transcript's id (see `stc stats`).")
  var transcript: String

  @Option(help: "The lines, such as 12-15 or 12.")
  var lines: LineRange

  @Option(help: "Only these words within the lines (they must occur there exactly once).")
  var words: String?

  @Option(name: .customLong("code"), help: "A code to give the passage (repeat for several).")
  var codes: [String] = []

  @Option(help: "A note on the meaning unit.")
  var note: String = ""

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let folder = try target.folder()
    let coderName = try coder.resolve()
    var session = try ProjectSession.open(folder, coder: coderName)
    let record = try session.project.requireTranscript(transcript)
    let text = session.project.texts[record.id]!
    guard lines.last <= text.lineCount else {
      throw .usage("\(record.id) has \(text.lineCount) lines; line \(lines.last) is past its end.")
    }
    var span = text.span(lines: (lines.first - 1)...(lines.last - 1))
    if let words {
      span = try Self.locate(words, in: text, within: span, transcript: record.id)
    } else if span.isEmpty {
      throw .usage("Line \(lines.first) of \(record.id) is empty: choose lines with text.")
    }
    let operation = try session.project.codePassage(
      transcript: record.id, span: span, codeNames: codes, coder: coderName, note: note, ids: &session.ids, at: .now())
    let applied = try session.perform(operation)
    let unit = session.project.sheets[CodingSheetID(coder: coderName, transcript: record.id)]?.first { $0.span == span }
    Console.line("\(applied.summary)" + (unit.map { " (meaning unit \($0.id))" } ?? "") + ".")
  }

  /// The one place where `words` occur within `span`, matching a space to a line break.
  static func locate(_ words: String, in text: TranscriptText, within span: TextSpan, transcript: TranscriptID)
    throws(STCError) -> TextSpan
  {
    guard !words.isEmpty else { throw .usage("--words is empty.") }
    let hits = text.occurrences(of: words, within: span)
    if hits.isEmpty { throw .usage("The words “\(words)” are not in those lines of \(transcript).") }
    if hits.count > 1 {
      throw .usage("The words “\(words)” occur \(hits.count) times in those lines of \(transcript): give fewer lines or more words.")
    }
    return hits[0]
  }
}
