import ArgumentParser
import STCKit

struct Init: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create a new, empty project folder.",
    discussion: """
      Creates NAME.stc/ with project.json, transcripts/ and coding/, readable by you only. \
      ".stc" is added to the path when it is missing.

      Examples:
        stc init thesis --title "Digitalt tilsyn i hjemmetjenesten"
        stc init study --title "Night care" --question "How do staff …?" --language en
      """)

  @Argument(help: "Where to create the project (NAME or NAME.stc).")
  var path: String

  @Option(help: "The project's title, shown on every screen and export.")
  var title: String

  @Option(help: "The research question the meaning units should shed light on.")
  var question: String = ""

  @Option(help: "The project's language for exports and labels: nb (Norwegian bokmål) or en.")
  var language: ProjectLanguage = .nb

  func execute() throws(STCError) {
    let target = path.hasSuffix(".stc") ? path : path + ".stc"
    let metadata = ProjectMetadata(title: title, researchQuestion: question, language: language, created: .now())
    let (folder, _) = try ProjectFolder.create(at: target, metadata: metadata)
    Console.line("Created the project “\(title)” in \(folder.path).")
    Console.line("Next: import transcripts with `stc import \(target) FILE...`.")
  }
}

extension ProjectLanguage: ExpressibleByArgument {}
