import ArgumentParser
import STCKit

struct Reconcile: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write an agreed coding from two coders' codings, and list where they differ.",
    discussion: """
      Takes over every meaning unit the two coders agree on exactly (same passage, same codes) \
      into a third coding, "consensus" unless --into names another, without touching either \
      original; then says how many places are left to discuss. --list prints those places with \
      their context. Settle them in the workbench (A opens the reconcile screen), or code the \
      agreed coding with `stc code … --coder consensus`.

      Examples:
        stc reconcile thesis.stc --coders anna,jonas
        stc reconcile thesis.stc --coders anna,jonas --list
        stc reconcile thesis.stc --coders anna,jonas --into enighet
      """)

  @OptionGroup var target: ProjectArgument

  @Option(help: "The two coders, comma-separated: A,B.")
  var coders: String

  @Option(help: "The name of the agreed coding.")
  var into: String = "consensus"

  @Flag(help: "List the places where the coders differ, instead of taking over agreed units.")
  var list = false

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if coders.split(separator: ",").count != 2 { throw ValidationError("Name two coders: --coders A,B.") }
  }

  func execute() throws(STCError) {
    let names = coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let first = try CoderName(validating: names[0])
    let second = try CoderName(validating: names[1])
    let agreedCoder = try CoderName(validating: into)
    guard agreedCoder != first && agreedCoder != second else {
      throw .usage("The agreed coding must have its own name, not \(agreedCoder): the originals are never changed.")
    }
    var session = try ProjectSession.open(try target.folder(), coder: try coder.resolve())
    for name in [first, second] where !session.project.coders.contains(name) {
      throw .usage("There are no meaning units by \(name). The coders are: \(session.project.coders.map(\.rawValue).joined(separator: ", ")).")
    }
    if list {
      let differences = Reconciliation.compare(session.project, first, second).disagreements
      Console.print(Reports.disagreements(differences, in: session.project, first: first, second: second, into: agreedCoder))
      let open = differences.filter { !Reconciliation.isSettled($0, in: session.project, into: agreedCoder) }.count
      Console.line("\(differences.count) places differ; \(open) left to discuss.")
      return
    }
    let (operation, count) = Reconciliation.takeOverAgreed(
      session.project, first, second, into: agreedCoder, ids: &session.ids, at: .now())
    if let operation { try session.perform(operation) }
    let differences = Reconciliation.compare(session.project, first, second).disagreements
    let open = differences.filter { !Reconciliation.isSettled($0, in: session.project, into: agreedCoder) }.count
    Console.line(
      count == 0
        ? "No agreed meaning units to take over (they are in \(agreedCoder) already, or there are none)."
        : "Took over \(count) agreed meaning units into \(agreedCoder).")
    Console.line("\(open) of \(differences.count) places where \(first) and \(second) differ are left to discuss (--list shows them).")
  }
}
