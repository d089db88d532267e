import ArgumentParser
import STCKit

struct Units: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "List meaning units, by code, subgroup, group, transcript, informant or coder.",
    discussion: """
      Every filter given must match. The list is in transcript order, with each unit's id, place \
      (transcript:lines), coder, informant, codes and words.

      Examples:
        stc units thesis.stc --code Ensomhet
        stc units thesis.stc --subgroup "Ensomhet bak skjermen" --json
        stc units thesis.stc --informant 3 --coder anna
      """)

  @OptionGroup var target: ProjectArgument
  @Option(help: "Only units with this code.") var code: String?
  @Option(help: "Only units with a code of this subgroup.") var subgroup: String?
  @Option(help: "Only units with a code of this code group.") var group: String?
  @Option(help: "Only units in this transcript.") var transcript: String?
  @Option(help: "Only units from this informant.") var informant: Int?
  @Option(help: "Only this coder's units.") var coder: String?
  @Flag(help: "Print JSON instead of text.") var json = false

  func execute() throws(STCError) {
    let project = try target.folder().load()
    var filter = UnitFilter(informant: informant)
    if let code { filter.code = try project.requireCode(named: code).id }
    if let subgroup {
      let within = try group.map { name throws(STCError) in try project.requireGroup(named: name).id }
      filter.subgroup = try project.subgroup(named: subgroup, in: within).id
    } else if let group {
      filter.group = try project.requireGroup(named: group).id
    }
    if let transcript { filter.transcript = try project.requireTranscript(transcript).id }
    if let coder { filter.coder = try CoderName(validating: coder) }
    let units = project.units(matching: filter)
    if json {
      Console.print(ReportJSON.encode(ReportJSON.units(units, in: project)))
    } else if units.isEmpty {
      Console.line("No meaning units match.")
    } else {
      Console.print(Reports.units(units, in: project))
      Console.line("\(units.count) meaning unit\(units.count == 1 ? "" : "s").")
    }
  }
}
