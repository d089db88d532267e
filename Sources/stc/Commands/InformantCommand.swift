import ArgumentParser
import STCKit

struct InformantCommand: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "informant",
    abstract: "List informants, or set an informant's label, colour and attributes.",
    discussion: """
      Attributes are free pairs for the informant overview of the thesis, such as role, gender \
      or age band. An empty value removes the attribute.

      Examples:
        stc informant thesis.stc
        stc informant thesis.stc 3 --set rolle=sykepleier --set alder=45–54
        stc informant thesis.stc 3 --label "Sykepleier A" --colour teal
      """)

  @OptionGroup var target: ProjectArgument

  @Argument(help: "The informant's number; leave out to list all.")
  var number: Int?

  @Option(help: "The label used in quotes and tables.")
  var label: String?

  @Option(help: "The colour: \(PaletteColour.allCases.map(\.rawValue).joined(separator: ", ")).")
  var colour: PaletteColour?

  @Option(name: .customLong("set"), help: "An attribute: KEY=VALUE (repeat for several).")
  var attributes: [String] = []

  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    let project = session.project
    guard let number else {
      let keys = Array(Set(project.informants.flatMap(\.attributes.keys))).sorted()
      var table = TextTable(header: ["No.", "Label", "Colour"] + keys)
      for informant in project.informants {
        table.rows.append(
          [String(informant.number), informant.label, informant.colour.rawValue] + keys.map { informant.attributes[$0] ?? "" })
      }
      Console.print(project.informants.isEmpty ? "No informants yet: they come with imported transcripts.\n" : table.text)
      return
    }
    guard var informant = project.informant(number) else {
      throw .usage("There is no informant \(number). See `stc informant \(target.project)`.")
    }
    if let label { informant.label = label }
    if let colour { informant.colour = colour }
    for entry in attributes {
      let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .usage("“\(entry)” is not an attribute: write KEY=VALUE, such as rolle=sykepleier.")
      }
      let key = parts[0].trimmingCharacters(in: .whitespaces)
      let value = parts[1].trimmingCharacters(in: .whitespaces)
      informant.attributes[key] = value.isEmpty ? nil : value
    }
    Console.line(try session.perform(.updateInformant(informant)).summary + ".")
  }
}

extension PaletteColour: ExpressibleByArgument {}
