import ArgumentParser
import STCKit

struct Search: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find words in the transcripts.",
    discussion: """
      Case is ignored for Latin letters (“ÅSE” finds “åse”) unless --case-sensitive is given. \
      Each hit shows its transcript, line and the line's text.

      Examples:
        stc search thesis.stc "kamera"
        stc search thesis.stc "natta" --transcript informant3
      """)

  @OptionGroup var target: ProjectArgument

  @Argument(help: "The words to find.")
  var text: String

  @Option(help: "Search only this transcript.")
  var transcript: String?

  @Flag(help: "Tell upper and lower case apart.")
  var caseSensitive = false

  func execute() throws(STCError) {
    let project = try target.folder().load()
    let only = try transcript.map { id throws(STCError) in [try project.requireTranscript(id).id] }
    let hits = project.search(text, in: only, caseSensitive: caseSensitive)
    for hit in hits {
      let line = project.texts[hit.transcript]!.line(hit.line)
      Console.line("\(hit.transcript):\(hit.line + 1): \(line.oneLine(limit: 120))")
    }
    Console.line(hits.isEmpty ? "No matches for “\(text)”." : "\(hits.count) match\(hits.count == 1 ? "" : "es").")
  }
}
