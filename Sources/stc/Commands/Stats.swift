import ArgumentParser
import STCKit

struct Stats: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarise a project: material, coders, and progress through the four steps.",
    discussion: """
      Examples:
        stc stats thesis.stc
        stc stats thesis.stc --json
      """)

  @OptionGroup var target: ProjectArgument

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func execute() throws(STCError) {
    let folder = try target.folder()
    let project = try folder.load()
    if json {
      Console.print(ReportJSON.encode(ReportJSON.stats(project, statistics: project.statistics())))
    } else {
      Console.print(Reports.summary(project, folder: folder))
      Console.line("")
      Console.print(Reports.transcripts(project))
    }
  }
}
