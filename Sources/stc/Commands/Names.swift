import ArgumentParser
import STCKit

struct Names: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "The names table: real names and what pseudonymised exports write instead.",
    discussion: """
      List the people and places the informants mention. `stc export … --pseudonymize` replaces \
      each name wherever a word starts with it, in any case ("Karis" becomes "Ninas").

      Actions:
        list
        add NAME REPLACEMENT
        remove NAME

      Examples:
        stc names thesis.stc add Kari Nina
        stc names thesis.stc add "St. Olavs hospital" "[sykehuset]"
        stc names thesis.stc list
      """)

  enum Action: String, ExpressibleByArgument, CaseIterable { case list, add, remove }

  @OptionGroup var target: ProjectArgument
  @Argument(help: "list, add or remove.") var action: Action
  @Argument(help: "The real name (for add and remove).") var name: String?
  @Argument(help: "What exports write instead (for add).") var replacement: String?
  @OptionGroup var coder: CoderOption

  func validate() throws {
    if action != .list && name == nil { throw ValidationError("Name the name to \(action.rawValue).") }
    if action == .add && replacement == nil { throw ValidationError("Give the replacement for “\(name ?? "")”.") }
  }

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    var table = session.project.names
    switch action {
    case .list:
      if table.isEmpty { Console.line("The names table is empty: add names with `stc names \(target.project) add NAME REPLACEMENT`.") }
      for entry in table { Console.line("\(entry.name) → \(entry.replacement)") }
      return
    case .add:
      table.removeAll { $0.name.lowercased() == name!.lowercased() }
      table.append(Pseudonym(name: name!, replacement: replacement!))
    case .remove:
      guard table.contains(where: { $0.name.lowercased() == name!.lowercased() }) else {
        throw .usage("“\(name!)” is not in the names table.")
      }
      table.removeAll { $0.name.lowercased() == name!.lowercased() }
    }
    Console.line(try session.perform(.setNames(table)).summary + ".")
  }
}
