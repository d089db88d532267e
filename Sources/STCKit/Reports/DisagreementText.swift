extension Reports {
  /// The places where two coders differ, each with its codes and a line of context on each side.
  public static func disagreements(
    _ list: [Disagreement], in project: Project, first: CoderName, second: CoderName, into: CoderName
  ) -> String {
    var out = ""
    for (n, item) in list.enumerated() {
      let text = project.texts[item.transcript]!
      let kind: String =
        switch item.kind {
        case .onlyFirst: "only \(first) coded here"
        case .onlySecond: "only \(second) coded here"
        case .differentCodes: "different codes"
        case .otherBounds: "same codes, other bounds"
        }
      let settled = Reconciliation.isSettled(item, in: project, into: into) ? "  (settled in \(into))" : ""
      out += "\(n + 1). \(item.transcript):\(text.lineLabel(item.span)) — \(kind)\(settled)\n"
      for (coder, unit) in [(first, item.first), (second, item.second)] {
        guard let unit else { continue }
        let codes = unit.codes.compactMap { project.codes[$0]?.displayName }.joined(separator: ", ")
        out += "   \(coder) [\(codes.isEmpty ? "no codes" : codes)] lines \(text.lineLabel(unit.span)): «\(project.quote(of: unit).oneLine(limit: 120))»\n"
      }
      let lines = text.lines(of: item.span)
      let before = max(0, lines.lowerBound - 1)
      let after = min(text.lineCount - 1, lines.upperBound + 1)
      for line in before...after where line < lines.lowerBound || line > lines.upperBound {
        out += "     \(line + 1)| \(text.line(line).oneLine(limit: 110))\n"
      }
      out += "\n"
    }
    return out
  }
}
