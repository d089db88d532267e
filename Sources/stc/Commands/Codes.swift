import ArgumentParser
import STCKit

struct Codes: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the codebook: groups, subgroups and codes with their support.",
    discussion: """
      Each line counts meaning units and the distinct informants they come from ("4 of 6 \
      informants"). --coder counts one coder's meaning units only.

      Examples:
        stc codes thesis.stc
        stc codes thesis.stc --coder anna --json
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "Count only this coder's meaning units.")
  var coder: String?

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func execute() throws(STCError) {
    let project = try target.folder().load()
    let coderName = try coder.map { name throws(STCError) in try CoderName(validating: name) }
    let stats = project.statistics(coder: coderName)
    if json {
      Console.print(ReportJSON.encode(ReportJSON.codes(project, statistics: stats)))
    } else {
      Console.print(Reports.codebook(project, statistics: stats))
    }
  }
}
