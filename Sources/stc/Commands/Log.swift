import ArgumentParser
import STCKit

struct Log: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the log of changes, newest last.",
    discussion: """
      Every change made with stc is logged in log/CODER.jsonl with its time and coder.

      Examples:
        stc log thesis.stc --limit 20
        stc log thesis.stc --coder anna
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "Show only the last N changes.")
  var limit: Int?

  @Option(help: "Show only this coder's changes.")
  var coder: String?

  func execute() throws(STCError) {
    let folder = try target.folder()
    var entries = folder.readLog()
    if let coder { entries = entries.filter { $0.coder.rawValue == coder } }
    if let limit { entries = Array(entries.suffix(max(0, limit))) }
    if entries.isEmpty { Console.line("No changes logged yet.") }
    for entry in entries { Console.line("\(entry.at)  \(entry.coder)  \(entry.summary)") }
  }
}
