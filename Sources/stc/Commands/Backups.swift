import ArgumentParser
import Foundation
import STCKit

struct Backups: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "backups",
    abstract: "List the earlier versions of the project's files that stc keeps.",
    discussion: """
      Every save keeps the version it replaces in .backup/: the last \(AtomicFile.backupVersions) versions of \
      project.json and of each coding file. Version 1 is the newest. Bring one back with \
      `stc restore`. Transcripts never change after import, so they have no versions.

      Examples:
        stc backups thesis.stc
        stc backups thesis.stc --file coding/anna/informant3.json
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "Only this file (project.json or coding/CODER/TRANSCRIPT.json).")
  var file: String?

  func execute() throws(STCError) {
    let folder = try target.folder()
    let backups = folder.backups().filter { file == nil || $0.file == file }
    guard !backups.isEmpty else {
      Console.line(file.map { "There are no backups of \($0)." } ?? "There are no backups yet: they are made as files are saved.")
      return
    }
    var table = TextTable(header: ["File", "Version", "Saved (UTC)", "Size", "Readable"])
    table.maximumColumnWidth = 60
    for backup in backups {
      table.rows.append([
        backup.file, String(backup.version), backup.saved.description.replacingOccurrences(of: "T", with: " "),
        Self.size(backup.bytes), backup.problem == nil ? "yes" : "no: \(backup.problem!)",
      ])
    }
    Console.print(table.text)
    Console.line("Restore one with `stc restore \(target.project) FILE --version N`.")
  }

  static func size(_ bytes: Int) -> String {
    bytes < 10_000 ? "\(bytes) B" : bytes < 10_000_000 ? "\(bytes / 1000) kB" : "\(bytes / 1_000_000) MB"
  }
}

struct Restore: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Put an earlier version of a project file back (see `stc backups`).",
    discussion: """
      The version in place now becomes backup 1, so a restore is undone by restoring version 1. \
      A backup that cannot be read is refused. After the restore, stc checks the project and \
      says what does not fit (a restored project.json may lack codes that newer coding files use).

      Examples:
        stc restore thesis.stc project.json
        stc restore thesis.stc coding/anna/informant3.json --version 3
      """)

  @OptionGroup var target: ProjectArgument

  @Argument(help: "The file: project.json or coding/CODER/TRANSCRIPT.json.")
  var file: String

  @Option(help: "Which version: 1 (the newest backup, default) to \(AtomicFile.backupVersions).")
  var version = 1

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let folder = try target.folder()
    let lock = try ProjectLock.acquire(folder, coder: (try? coder.resolve()) ?? "stc", purpose: "restore")
    defer { lock.release() }
    let problems = try folder.restore(file, version: version)
    Console.line("Restored version \(version) of \(file); the version it replaced is now backup 1.")
    let errors = problems.filter { $0.severity == .error }
    if errors.isEmpty {
      Console.line("The project opens as it is.")
    } else {
      Console.line("The project does not open with it yet:")
      for problem in errors.prefix(10) { Console.line("  \(problem)") }
      Console.line("Restore the matching version of the other files, or restore version 1 to undo.")
    }
    if let who = try? coder.resolve() {
      try? folder.appendToLog([ChangeLogEntry(at: .now(), coder: who, summary: "Restored version \(version) of \(file)")], coder: who)
    }
  }
}
