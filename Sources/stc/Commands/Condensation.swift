import ArgumentParser
import STCKit

/// A subgroup named on the command line.
struct SubgroupOption: ParsableArguments {
  @Option(help: "The subgroup, by name.")
  var subgroup: String

  @Option(help: "Its code group, when the subgroup's name is used in several groups.")
  var group: String?

  func resolve(in project: Project) throws(STCError) -> Subgroup {
    let within = try group.map { name throws(STCError) in try project.requireGroup(named: name).id }
    return try project.subgroup(named: subgroup, in: within)
  }
}

struct Condense: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the condensate of a subgroup (step 3).",
    discussion: """
      The condensate is an artificial quotation in the first person, built from the subgroup's \
      meaning units in the informants' own words. See them with `stc units --subgroup S`.

      Examples:
        stc condense thesis.stc --subgroup "Ensomhet bak skjermen" --text "For noen er vi de eneste …"
        stc condense thesis.stc --subgroup Ensomhet --file ensomhet.txt
      """)

  @OptionGroup var target: ProjectArgument
  @OptionGroup var which: SubgroupOption
  @OptionGroup var input: TextInput
  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    var subgroup = try which.resolve(in: session.project)
    subgroup.condensate = try input.read()
    Console.line(try session.perform(.updateSubgroup(subgroup)).summary + ".")
  }
}

struct Analyse: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyse",
    abstract: "Write the analytic text of a subgroup (step 4).",
    discussion: """
      The analytic text is the third-person text of the results chapter ("The informants \
      describe …"). --status done marks the subgroup finished.

      Examples:
        stc analyse thesis.stc --subgroup "Ensomhet bak skjermen" --file ensomhet-analyse.md
        stc analyse thesis.stc --subgroup "Falske alarmer" --text "Flere informanter …" --status done
      """,
    aliases: ["analyze"])

  @OptionGroup var target: ProjectArgument
  @OptionGroup var which: SubgroupOption
  @OptionGroup var input: TextInput

  @Option(help: "Mark the subgroup draft or done.")
  var status: SubgroupStatus?

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    var subgroup = try which.resolve(in: session.project)
    subgroup.analyticText = try input.read()
    if let status { subgroup.status = status }
    Console.line(try session.perform(.updateSubgroup(subgroup)).summary + ".")
  }
}

extension SubgroupStatus: ExpressibleByArgument {}

struct Golden: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Choose the golden quotation (gullsitat) of a subgroup.",
    discussion: """
      The golden quotation is a meaning unit that illustrates the subgroup; exports end it with \
      its informant ("(Informant 3)"). Find ids with `stc units --subgroup S`.

      Examples:
        stc golden thesis.stc --subgroup "Ensomhet bak skjermen" --unit mu-51317fdc7e76
        stc golden thesis.stc --subgroup "Ensomhet bak skjermen" --clear
      """)

  @OptionGroup var target: ProjectArgument
  @OptionGroup var which: SubgroupOption

  @Option(help: "The meaning unit's id.")
  var unit: String?

  @Flag(help: "Clear the golden quotation.")
  var clear = false

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if (unit == nil) == !clear { throw ValidationError("Give either --unit ID or --clear.") }
  }

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    var subgroup = try which.resolve(in: session.project)
    if let unit {
      let found = try session.project.requireUnit(unit)
      let codes = Set(session.project.codes.values.filter { $0.subgroup == subgroup.id }.map(\.id))
      if !found.codes.contains(where: codes.contains) {
        Console.error("note: meaning unit \(unit) has no code of “\(subgroup.name)”; it is chosen all the same.")
      }
      subgroup.goldenQuote = found.id
    } else {
      subgroup.goldenQuote = nil
    }
    Console.line(try session.perform(.updateSubgroup(subgroup)).summary + ".")
  }
}
