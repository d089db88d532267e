import ArgumentParser
import STCKit

struct ThemeCommand: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "theme",
    abstract: "List, add, link, merge and delete preliminary themes (step 1).",
    discussion: """
      Malterud suggests four to eight preliminary themes. Later, link each theme to the code \
      groups it became, so that readers can follow the way from themes to results.

      Actions:
        list                          the themes, with their notes and code groups
        add TITLE [--note N]          a new theme at the end
        link THEME --group G          record that THEME became code group G
        merge THEME --into OTHER      join THEME into OTHER (notes and groups are kept)
        delete THEME

      Examples:
        stc theme thesis.stc add "Trygghet" --note "Trygghet for hvem?"
        stc theme thesis.stc list
        stc theme thesis.stc link Trygghet --group "Trygghet på nye måter"
      """)

  enum Action: String, ExpressibleByArgument, CaseIterable {
    case list, add, link, merge, delete
  }

  @OptionGroup var target: ProjectArgument

  @Argument(help: "list, add, link, merge or delete.")
  var action: Action

  @Argument(help: "The theme's title (for add, link, merge, delete).")
  var title: String?

  @Option(help: "A note on the new theme.")
  var note: String = ""

  @Option(help: "The code group the theme became (for link).")
  var group: String?

  @Option(help: "The theme to merge into (for merge).")
  var into: String?

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if action != .list && title == nil { throw ValidationError("Name the theme for “\(action.rawValue)”.") }
    if action == .link && group == nil { throw ValidationError("Name the code group with --group.") }
    if action == .merge && into == nil { throw ValidationError("Name the theme to merge into with --into.") }
  }

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    let project = session.project
    func theme(_ title: String) throws(STCError) -> Theme {
      guard let theme = project.themes.first(where: { Code.nameKey($0.title) == Code.nameKey(title) }) else {
        throw .usage("There is no theme “\(title)”. See `stc theme \(target.project) list`.")
      }
      return theme
    }
    switch action {
    case .list:
      if project.themes.isEmpty { Console.line("No preliminary themes yet: add one with `stc theme \(target.project) add TITLE`.") }
      for (index, theme) in project.themes.enumerated() {
        let groups = theme.codeGroups.compactMap { project.group($0)?.name }
        Console.line("\(index + 1). \(theme.title)" + (groups.isEmpty ? "" : "  → " + groups.joined(separator: ", ")))
        if !theme.note.isEmpty { Console.line("   \(theme.note.oneLine(limit: 100))") }
      }
      let count = project.themes.count
      if count > 0 && !suggestedThemeCount.contains(count) {
        Console.line("(\(count) themes: Malterud suggests 4–8 preliminary themes.)")
      }
    case .add:
      let new = Theme(id: session.ids.make(), title: title!.trimmingCharacters(in: .whitespaces), note: note)
      Console.line(try session.perform(.createTheme(new, at: project.themes.count)).summary + ".")
    case .link:
      var linked = try theme(title!)
      let group = try project.requireGroup(named: self.group!)
      guard !linked.codeGroups.contains(group.id) else {
        throw .usage("The theme “\(linked.title)” is already linked to “\(group.name)”.")
      }
      linked.codeGroups.append(group.id)
      Console.line(try session.perform(.updateTheme(linked)).summary + ".")
    case .merge:
      let operation = try project.mergeThemes(try theme(title!).id, into: try theme(into!).id)
      Console.line(try session.perform(operation).summary + ".")
    case .delete:
      Console.line(try session.perform(.deleteTheme(try theme(title!).id)).summary + ".")
    }
  }
}
