import Foundation

extension Reports {
  /// The agreement report as a table: per code, the four counts and the three statistics, with
  /// notes in words where a figure is undefined.
  public static func agreement(_ report: AgreementReport) -> String {
    let (a, b) = (report.coders[0], report.coders[1])
    func number(_ value: Double?, percent: Bool = false) -> String {
      guard let value else { return "—" }
      // A tiny negative number would print as "-0.00".
      let shown = abs(value) < 0.005 ? 0 : value
      return percent ? String(format: "%.1f %%", shown) : String(format: "%.2f", shown)
    }
    var out = "Agreement between \(a) and \(b), by \(report.unit == .line ? "line" : "character"): "
    out += "\(report.unitsCompared) \(report.unit == .line ? "lines" : "characters") in \(report.transcripts.count) transcript"
    out += report.transcripts.count == 1 ? "" : "s"
    out += " (\(report.transcripts.joined(separator: ", ")))\n\n"
    var table = TextTable(header: ["Code", "both", "only \(a)", "only \(b)", "% agree", "κ", "α", "Notes"])
    for row in report.codes + [report.overall] {
      table.rows.append([
        row.code, String(row.table.both), String(row.table.onlyFirst), String(row.table.onlySecond),
        number(row.percentAgreement, percent: true), number(row.cohensKappa), number(row.krippendorffsAlpha),
        row.notes.joined(separator: "; "),
      ])
    }
    out += table.text
    out += "\n“all codes” pools every unit and code as one yes/no question each. See docs/agreement.md for how to read the figures.\n"
    return out
  }
}
