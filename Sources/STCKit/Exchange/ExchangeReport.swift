/// What an import did: what came in, what was changed on the way, and what stc could not hold.
/// Printed after `stc import qdpx` and `stc import qdc`; nothing is left out in silence.
public struct ExchangeReport: Equatable, Sendable {
  /// What was imported, one line each ("6 transcripts", "120 meaning units by 2 coders").
  public var imported: [String] = []
  /// What was changed to fit stc (a user name made into a coder name, a code renamed).
  public var adjusted: [String] = []
  /// What was not imported, and why.
  public var notImported: [String] = []

  public init() {}

  /// The report as lines for the terminal.
  public var lines: [String] {
    var out: [String] = []
    if !imported.isEmpty { out.append("Imported:"); out += imported.map { "  " + $0 } }
    if !adjusted.isEmpty { out.append("Adjusted to fit stc:"); out += adjusted.map { "  " + $0 } }
    if !notImported.isEmpty {
      out.append("Not imported (stc holds text transcripts only, or the file refers to something missing):")
      out += notImported.map { "  " + $0 }
    }
    return out
  }
}
