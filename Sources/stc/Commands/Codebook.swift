import ArgumentParser
import STCKit

/// Which part of the codebook a command is about.
struct CodebookItem: ParsableArguments {
  @Option(help: "A code, by name.")
  var code: String?

  @Option(help: "A code group, by name.")
  var group: String?

  @Option(help: "A subgroup, by name (with --group when the name is used in several groups).")
  var subgroup: String?

  enum Item {
    case code(Code)
    case group(CodeGroup)
    case subgroup(Subgroup)
  }

  func validate() throws {
    let named = [code != nil, group != nil && subgroup == nil, subgroup != nil].filter { $0 }.count
    if named != 1 { throw ValidationError("Name one thing: --code, --group, or --subgroup (with --group if needed).") }
  }

  func resolve(in project: Project) throws(STCError) -> Item {
    if let code { return .code(try project.requireCode(named: code)) }
    if let subgroup {
      let within = try group.map { name throws(STCError) in try project.requireGroup(named: name).id }
      return .subgroup(try project.subgroup(named: subgroup, in: within))
    }
    return .group(try project.requireGroup(named: group!))
  }
}

struct Codebook: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rename, describe, merge and delete codes, groups and subgroups.",
    discussion: """
      Examples:
        stc codebook rename thesis.stc --code Angst --to Uro
        stc codebook merge thesis.stc --code Uro --into Utrygghet
        stc codebook describe thesis.stc --subgroup "Falske alarmer" --text "Alarmer uten hendelse."
        stc codebook delete thesis.stc --subgroup Diverse --into "Tid som flyttes"
      """,
    subcommands: [Rename.self, Merge.self, Describe.self, Delete.self])

  struct Rename: STCCommand {
    static let configuration = CommandConfiguration(abstract: "Rename a code, a code group or a subgroup.")
    @OptionGroup var target: ProjectArgument
    @OptionGroup var item: CodebookItem
    @Option(help: "The new name.") var to: String
    @OptionGroup var coder: CoderOption

    func execute() throws(STCError) {
      var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
      let operation: Operation
      switch try item.resolve(in: session.project) {
      case .code(var code):
        code.name = to.trimmingCharacters(in: .whitespaces)
        operation = .updateCode(code)
      case .group(var group):
        group.name = to.trimmingCharacters(in: .whitespaces)
        operation = .updateGroup(group.header)
      case .subgroup(var subgroup):
        subgroup.name = to.trimmingCharacters(in: .whitespaces)
        operation = .updateSubgroup(subgroup)
      }
      Console.line(try session.perform(operation).summary + ".")
    }
  }

  struct Merge: STCCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge one code into another: its meaning units get the other code.")
    @OptionGroup var target: ProjectArgument
    @Option(help: "The code to merge away.") var code: String
    @Option(help: "The code that stays.") var into: String
    @OptionGroup var coder: CoderOption

    func execute() throws(STCError) {
      var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
      let from = try session.project.requireCode(named: code)
      let to = try session.project.requireCode(named: into)
      Console.line(try session.perform(try session.project.mergeCodes(from.id, into: to.id)).summary + ".")
    }
  }

  struct Describe: STCCommand {
    static let configuration = CommandConfiguration(abstract: "Describe a code, a code group or a subgroup.")
    @OptionGroup var target: ProjectArgument
    @OptionGroup var item: CodebookItem
    @OptionGroup var input: TextInput
    @Flag(help: "For a code group: set the introduction of its section instead of its description.")
    var introduction = false
    @OptionGroup var coder: CoderOption

    func execute() throws(STCError) {
      var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
      let text = try input.read()
      let operation: Operation
      switch try item.resolve(in: session.project) {
      case .code(var code):
        code.description = text
        operation = .updateCode(code)
      case .group(var group):
        if introduction { group.introduction = text } else { group.description = text }
        operation = .updateGroup(group.header)
      case .subgroup(var subgroup):
        subgroup.description = text
        operation = .updateSubgroup(subgroup)
      }
      Console.line(try session.perform(operation).summary + ".")
    }
  }

  struct Delete: STCCommand {
    static let configuration = CommandConfiguration(
      abstract: "Delete a code, a code group or a subgroup.",
      discussion: """
        Nothing that carries meaning units is deleted silently. A code on meaning units needs \
        --into (another code to merge into) or --force (take it off the units; they stay). A \
        subgroup with codes needs --into (another subgroup) or --force (its codes become \
        unsorted). A group with subgroups needs --into (another group) or --force.
        """)
    @OptionGroup var target: ProjectArgument
    @OptionGroup var item: CodebookItem
    @Option(help: "Where what it holds goes: a code, subgroup or group by name.") var into: String?
    @Flag(help: "Delete even though it holds something (see above).") var force = false
    @OptionGroup var coder: CoderOption

    func execute() throws(STCError) {
      var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
      let project = session.project
      let operation: Operation
      switch try item.resolve(in: project) {
      case .code(let code):
        let targetCode = try into.map { name throws(STCError) in try project.requireCode(named: name).id }
        operation = try project.deleteCode(code.id, mergeInto: targetCode, force: force)
      case .group(let group):
        let targetGroup = try into.map { name throws(STCError) in try project.requireGroup(named: name).id }
        operation = try project.deleteGroup(group.id, moveSubgroupsTo: targetGroup, force: force)
      case .subgroup(let subgroup):
        let targetSubgroup = try into.map { name throws(STCError) in try project.subgroup(named: name).id }
        operation = try project.deleteSubgroup(subgroup.id, moveCodesTo: targetSubgroup, force: force)
      }
      Console.line(try session.perform(operation).summary + ".")
    }
  }
}
