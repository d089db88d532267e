import ArgumentParser
import Foundation
import STCKit

extension SyntheticProject.Size: ExpressibleByArgument {}

struct Generate: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a synthetic project of any size, for trying stc out at scale and for benchmarks.",
    discussion: """
      The text is Norwegian-like nonsense with æøå, now and then an emoji or a CJK word, in \
      speaker turns; codes sit in code groups and subgroups with condensates; the coders' \
      meaning units partly agree. The same numbers and --seed give the same project, byte for \
      byte. --size picks the sizes `stc bench` uses; the other options change it.

      Examples:
        stc generate big.stc --size large
        stc generate test.stc --transcripts 20 --lines-per-transcript 800 --units 4000 --coders 2 --seed 7
      """)

  @Argument(help: "The new project folder (NAME or NAME.stc; it must not exist yet).")
  var path: String

  @Option(help: "A preset: small, medium or large (default: small).")
  var size: SyntheticProject.Size = .small

  @Option(help: "How many transcripts (one informant each).")
  var transcripts: Int?

  @Option(help: "Lines in each transcript.")
  var linesPerTranscript: Int?

  @Option(help: "Meaning units in all, shared among the coders.")
  var units: Int?

  @Option(help: "How many coders.")
  var coders: Int?

  @Option(help: "How many codes.")
  var codes: Int?

  @Option(help: "The seed: another seed, another project of the same size.")
  var seed: UInt64 = 1

  func execute() throws(STCError) {
    var spec = size.spec
    spec.transcripts = transcripts ?? spec.transcripts
    spec.linesPerTranscript = linesPerTranscript ?? spec.linesPerTranscript
    spec.units = units ?? spec.units
    spec.coders = coders ?? spec.coders
    spec.codes = codes ?? spec.codes
    spec.seed = seed
    try spec.validate()
    let target = path.hasSuffix(".stc") ? path : path + ".stc"
    if FileManager.default.fileExists(atPath: target) {
      throw .cannotCreate("\(target) already exists: choose a new name.")
    }
    let project = spec.make()
    let folder = try ProjectFolder.create(with: project, at: target)
    Console.line(
      "Wrote \(folder.path): \(project.transcripts.count) transcripts, "
        + "\(project.transcripts.reduce(0) { $0 + $1.lineCount }) lines, \(project.unitCount) meaning units by "
        + "\(project.coders.count) coder(s), \(project.codes.count) codes.")
  }
}
