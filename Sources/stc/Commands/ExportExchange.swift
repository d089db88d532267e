import ArgumentParser
import Foundation
import STCKit

extension QDPXExport.SelectionNames: ExpressibleByArgument {}

extension Export {
  struct QDPXCommand: STCCommand {
    static let configuration = CommandConfiguration(
      commandName: "qdpx",
      abstract: "Write the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder or qc.",
      discussion: """
        The .qdpx holds the transcripts, the coders (as users), the code tree (code group > \
        subgroup > code), every meaning unit as a text selection with its codes, memos, \
        condensates, analytic texts and impression notes (as notes), informants (as cases, their \
        attributes as variables), preliminary themes (as sets) and golden quotations (as links).

        It also holds one note of machine-readable stc details (ids, valence, colours, reading \
        progress, the names table) so that `stc import qdpx` brings back exactly this project; \
        --no-details leaves it out. The transcripts hold real names unless you removed them \
        before import: share the file as you would the project.

        Examples:
          stc export qdpx thesis.stc -o thesis.qdpx
          stc export qdpx thesis.stc --selection-names lines -o for-qc.qdpx
        """)

    @OptionGroup var target: ProjectArgument

    @Option(name: .shortAndLong, help: "The .qdpx file to write.")
    var output: String

    @Option(
      help: """
        How selections are named: text (their first words; default) or lines ("line:N", one \
        selection per line, which the line-based qc needs).
        """)
    var selectionNames: QDPXExport.SelectionNames = .text

    @Flag(help: "Leave out the note of stc details (the export then holds only what REFI-QDA describes).")
    var noDetails = false

    func validate() throws {
      guard output.lowercased().hasSuffix(".qdpx") else {
        throw ValidationError("The output must end in .qdpx (other programs look for that name): \(output)")
      }
    }

    func execute() throws(STCError) {
      let project = try target.folder().load()
      let export = QDPXExport(project, options: .init(selectionNames: selectionNames, details: !noDetails))
      try ExportOutput.write(try export.archive(), to: output)
      Console.error(
        "\(project.transcripts.count) transcript(s), \(project.codes.count) code(s), \(project.unitCount) meaning unit(s), "
          + "\(project.coders.count) coder(s)")
    }
  }
}

extension Export {
  struct QDCCommand: STCCommand {
    static let configuration = CommandConfiguration(
      commandName: "qdc",
      abstract: "Write the codebook alone as a REFI-QDA codebook (.qdc).",
      discussion: """
        The code tree as other QDA programs read it: each code group holds its subgroups, each \
        subgroup its codes, with descriptions and colours; unsorted codes come last. A code's \
        valence is written after its name ("Trygghet +").

        Examples:
          stc export qdc thesis.stc -o kodebok.qdc
          stc export qdc thesis.stc -o - | less
        """)

    @OptionGroup var target: ProjectArgument

    @Option(name: .shortAndLong, help: "The .qdc file to write (- for standard output).")
    var output: String

    func execute() throws(STCError) {
      let project = try target.folder().load()
      guard !project.codes.isEmpty || !project.groups.isEmpty else {
        throw .usage("The project has no codes yet: there is no codebook to export.")
      }
      try ExportOutput.write(Array(QDCExport(project).xml().utf8), to: output)
    }
  }
}
