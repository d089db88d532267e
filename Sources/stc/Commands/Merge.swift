import ArgumentParser
import Foundation
import STCKit
import STCTerminal

struct Merge: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Merge two copies of a project into a new one, mapping one copy's codes onto the other's.",
    discussion: """
      When two researchers coded in their own copies, perhaps with their own codes: the second \
      copy's codes become the first copy's codes with the same name, unless --map says \
      otherwise; the rest come in as new codes. Both coders' meaning units, groups, subgroups, \
      themes, memos and impressions are joined; neither copy is changed. --interactive opens a \
      screen to map the codes one by one. A report says what was done.

      Examples:
        stc merge anna.stc jonas.stc -o felles.stc
        stc merge anna.stc jonas.stc -o felles.stc --map "Uro=Utrygghet" --map "Søvnløshet=Søvn"
        stc merge anna.stc jonas.stc -o felles.stc --interactive
      """)

  @Argument(help: "The first copy (its codes are kept).")
  var first: String

  @Argument(help: "The second copy (its codes are mapped onto the first's).")
  var second: String

  @Option(name: .shortAndLong, help: "The new, merged project (a folder that does not exist yet).")
  var output: String

  @Option(name: .customLong("map"), help: "Map a code of the second copy onto one of the first: \"SECOND=FIRST\" (repeat).")
  var maps: [String] = []

  @Flag(help: "Map the codes on a screen, one by one.")
  var interactive = false

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let baseFolder = try ProjectFolder.locate(first).unlockedFromConsole()
    let otherFolder = try ProjectFolder.locate(second).unlockedFromConsole()
    let base = try baseFolder.load()
    let other = try otherFolder.load()
    var mapping = ProjectMerge.defaultMapping(base: base, other: other)
    for entry in maps {
      let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { throw .usage("“\(entry)” is not a mapping: write SECOND=FIRST, such as Uro=Utrygghet.") }
      guard let from = other.code(named: parts[0]) else { throw .usage("The second copy has no code named “\(parts[0])”.") }
      guard let to = base.code(named: parts[1]) else { throw .usage("The first copy has no code named “\(parts[1])”.") }
      mapping[from.id] = to.id
    }
    if interactive {
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw .usage("--interactive needs a terminal; give the mapping with --map instead.")
      }
      let environment = ProcessInfo.processInfo.environment
      var state = MergeMappingState(
        base: base, other: other, mapping: mapping, size: Size(width: 80, height: 24),
        language: Language.from(environment: environment), titles: (first, second))
      let backend = NcursesBackend(environment: environment)
      state.size = backend.size
      while state.outcome == .working {
        let (buffer, frame) = MergeMappingApp.render(state)
        backend.draw(buffer, frame: frame)
        if let input = backend.read() { MergeMappingApp.reduce(&state, input) }
      }
      backend.end()
      guard state.outcome == .merge else {
        Console.line("Nothing was merged.")
        return
      }
      mapping = state.mapping
    }
    var ids = IDGenerator()
    let (merged, report) = try ProjectMerge.merge(base: base, other: other, mapping: mapping, ids: &ids)
    // When a copy is encrypted, so is the merge, with that copy's passphrase (the first's first).
    let cipher = baseFolder.cipher ?? otherFolder.cipher
    let folder = try ProjectFolder.create(with: merged, at: output.hasSuffix(".stc") ? output : output + ".stc", cipher: cipher)
    for line in report { Console.line(line) }
    if cipher != nil {
      Console.line("The merged project is encrypted with the passphrase of \(baseFolder.cipher != nil ? first : second).")
    }
    Console.line("Wrote the merged project to \(folder.path); \(first) and \(second) are unchanged.")
    let coderName = try coder.resolve()
    try? folder.appendToLog([ChangeLogEntry(at: .now(), coder: coderName, summary: "Merged \(second) into \(first): " + report.joined(separator: " "))], coder: coderName)
  }
}
