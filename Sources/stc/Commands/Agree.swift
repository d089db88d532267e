import ArgumentParser
import STCKit

struct Agree: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "How much two coders agree: percent agreement, Cohen's kappa, Krippendorff's alpha.",
    discussion: """
      Each unit — a transcript line, or a character with --unit character — is coded or not \
      coded with each code by each coder; the figures come per code and for all codes together. \
      By default the transcripts both coders have coded are compared. A figure that cannot be \
      computed (a code neither used, no variation) is explained in words. Read docs/agreement.md \
      before you report the figures.

      The coders' codings may be in one project, or in two copies of it: the first coder's in \
      the first project, the second's in the second (codes are matched by name).

      Examples:
        stc agree thesis.stc --coders anna,jonas
        stc agree thesis.stc --coders anna,jonas --unit character --codes Ensomhet,Søvn --json
        stc agree anna/thesis.stc jonas/thesis.stc --coders anna,jonas
      """)

  @Argument(help: "The project, or two copies of it (the first coder's, then the second's).")
  var projects: [String]

  @Option(help: "The two coders, comma-separated: A,B.")
  var coders: String

  @Option(help: "What a unit is: line or character.")
  var unit: AgreementOptions.UnitKind = .line

  @Option(help: "Only these codes, comma-separated.")
  var codes: String?

  @Option(help: "Only these transcripts, comma-separated.")
  var transcripts: String?

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func validate() throws {
    if projects.isEmpty || projects.count > 2 { throw ValidationError("Name one project, or two copies of it.") }
    if coders.split(separator: ",").count != 2 { throw ValidationError("Name two coders: --coders A,B.") }
  }

  func execute() throws(STCError) {
    let names = coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let first = try CoderName(validating: names[0])
    let second = try CoderName(validating: names[1])
    let projectA = try ProjectFolder.locate(projects[0]).unlockedFromConsole().load()
    let projectB = projects.count == 2 ? try ProjectFolder.locate(projects[1]).unlockedFromConsole().load() : projectA
    for (project, coder, path) in [(projectA, first, projects[0]), (projectB, second, projects.last!)]
    where !project.coders.contains(coder) {
      throw .usage("\(path) has no meaning units by \(coder). Its coders are: \(project.coders.map(\.rawValue).joined(separator: ", ")).")
    }
    let options = AgreementOptions(
      unit: unit, codes: codes.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
      transcripts: transcripts.map { $0.split(separator: ",").map { TranscriptID($0.trimmingCharacters(in: .whitespaces)) } })
    let report = try AgreementCalculator.compare(
      CodingSide(project: projectA, coder: first), CodingSide(project: projectB, coder: second), options: options)
    Console.print(json ? ReportJSON.encode(report) : Reports.agreement(report))
  }
}

extension AgreementOptions.UnitKind: ExpressibleByArgument {}
