import ArgumentParser
import STCKit

struct MemoCommand: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "memo",
    abstract: "Write and list memos on the project, your preconceptions, or any object.",
    discussion: """
      --on names what the memo is about: "project" (the default), "preconceptions" (your \
      forforståelse), or code:NAME, group:NAME, subgroup:NAME, transcript:ID, unit:ID, \
      informant:N.

      Examples:
        stc memo thesis.stc add --on preconceptions --title "Forforståelse" --file forforstaelse.md
        stc memo thesis.stc add --on code:Ensomhet --text "Skille mellom ensomhet og alenehet?"
        stc memo thesis.stc list
      """)

  enum Action: String, ExpressibleByArgument, CaseIterable { case list, add }

  @OptionGroup var target: ProjectArgument

  @Argument(help: "list or add.")
  var action: Action

  @Option(help: "What the memo is about (see above).")
  var on: String = "project"

  @Option(help: "A title for the memo.")
  var title: String = ""

  @Option(help: "The memo's text.")
  var text: String?

  @Option(help: "A UTF-8 file with the memo's text (- reads standard input).")
  var file: String?

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if action == .add && (text == nil) == (file == nil) { throw ValidationError("Give the memo with --text or --file.") }
  }

  func execute() throws(STCError) {
    let coderName = try coder.resolve()
    var session = try ProjectSession.open(try target.folder(), coder: coderName)
    let project = session.project
    switch action {
    case .list:
      if project.memos.isEmpty { Console.line("No memos yet.") }
      for memo in project.memos.sorted(by: { $0.created < $1.created }) {
        let author = memo.author.map { " by \($0)" } ?? ""
        Console.line("[\(memo.target)\(author), \(memo.modified)] \(memo.title)")
        Console.line("  " + memo.text.oneLine(limit: 200))
      }
    case .add:
      let memoText = try TextInput(text: text, file: file).read()
      let memo = Memo(
        id: session.ids.make(), target: try resolveTarget(in: project, coder: coderName), author: coderName,
        title: title, text: memoText, created: .now())
      Console.line(try session.perform(.createMemo(memo)).summary + ".")
    }
  }

  func resolveTarget(in project: Project, coder: CoderName) throws(STCError) -> MemoTarget {
    if on == "project" { return .project }
    if on == "preconceptions" { return .preconceptions(coder) }
    guard let colon = on.firstIndex(of: ":") else {
      throw .usage("“\(on)” is not something a memo can be on: see `stc memo --help`.")
    }
    let kind = on[..<colon]
    let name = String(on[on.index(after: colon)...])
    switch kind {
    case "code": return .code(try project.requireCode(named: name).id)
    case "group": return .group(try project.requireGroup(named: name).id)
    case "subgroup": return .subgroup(try project.subgroup(named: name).id)
    case "transcript": return .transcript(try project.requireTranscript(name).id)
    case "unit": return .meaningUnit(try project.requireUnit(name).id)
    case "informant":
      guard let n = Int(name), project.informant(n) != nil else { throw .usage("There is no informant \(name).") }
      return .informant(n)
    default:
      throw .usage("“\(on)” is not something a memo can be on: see `stc memo --help`.")
    }
  }
}

extension TextInput {
  init(text: String?, file: String?) {
    self.init()
    self.text = text
    self.file = file
  }
}
