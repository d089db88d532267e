import ArgumentParser
import STCKit

struct Sort: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Sort a code into a subgroup of a code group.",
    discussion: """
      The group and the subgroup are created when they do not exist yet. A code is in at most \
      one subgroup: sorting it again moves it. --unsorted takes it out of its subgroup.

      Examples:
        stc sort thesis.stc --code Ensomhet --group "Når besøket blir borte" --subgroup "Ensomhet bak skjermen"
        stc sort thesis.stc --code Ensomhet --unsorted
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "The code's name.")
  var code: String

  @Option(help: "The code group.")
  var group: String?

  @Option(help: "The subgroup within the code group.")
  var subgroup: String?

  @Flag(help: "Take the code out of its subgroup.")
  var unsorted = false

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if unsorted && (group != nil || subgroup != nil) {
      throw ValidationError("--unsorted takes the code out of its subgroup: leave out --group and --subgroup.")
    }
    if !unsorted && (group == nil || subgroup == nil) {
      throw ValidationError("Name both --group and --subgroup (or give --unsorted).")
    }
  }

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    var found = try session.project.requireCode(named: code)
    let operation: Operation
    if unsorted {
      guard found.subgroup != nil else { throw .usage("The code “\(found.name)” is not sorted into a subgroup.") }
      found.subgroup = nil
      operation = .updateCode(found)
    } else {
      operation = try session.project.sortCode(found.id, group: group!, subgroup: subgroup!, ids: &session.ids)
    }
    Console.line(try session.perform(operation).summary + ".")
  }
}
