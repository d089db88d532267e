import ArgumentParser
import STCKit

struct Validate: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a project: transcript hashes, spans, references, permissions.",
    discussion: """
      Reads every file and reports every problem, each with its file and what to do. Exits with \
      status 65 when there is any error, 0 when there are none (warnings are printed all the \
      same). Nothing is ever written.

      Examples:
        stc validate thesis.stc
      """)

  @OptionGroup var target: ProjectArgument

  func execute() throws(STCError) {
    let folder = try target.folder()
    let inspection = folder.inspect()
    for problem in inspection.problems {
      Console.line("\(problem.severity == .error ? "error" : "warning"): \(problem)")
    }
    let errors = inspection.errors.count
    let warnings = inspection.warnings.count
    if errors > 0 {
      throw .dataError("\(folder.path) has \(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s").")
    }
    let units = inspection.project?.unitCount ?? 0
    let transcripts = inspection.project?.transcripts.count ?? 0
    Console.line(
      "\(folder.path) is sound: \(transcripts) transcripts verified, \(units) meaning units in place"
        + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")." : "."))
  }
}
