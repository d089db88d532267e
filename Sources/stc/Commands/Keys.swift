import ArgumentParser
import STCTerminal

/// Writes the key reference from the key table (hidden: it exists to keep docs/keys.md true).
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the workbench's keys as Markdown.",
    shouldDisplay: false)

  @Flag(help: "Print Markdown (the only format).")
  var markdown = false

  @Option(help: "en or nb.")
  var lang: Language = .en

  func run() {
    Console.print(KeymapDocs.markdown(lang))
  }
}
