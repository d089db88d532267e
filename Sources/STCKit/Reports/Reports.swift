/// Text reports of a project, as the CLI prints them.
public enum Reports {
  /// The project at a glance: what it is, its material, its coders, and the four steps.
  public static func summary(_ project: Project, folder: ProjectFolder) -> String {
    var out = "\(project.metadata.title)\n"
    if !project.metadata.researchQuestion.isEmpty { out += "Research question: \(project.metadata.researchQuestion)\n" }
    out += "Folder: \(folder.path)\n\n"
    let lines = project.transcripts.reduce(0) { $0 + $1.lineCount }
    out += "\(project.transcripts.count) transcripts (\(lines) lines), \(project.informants.count) informants"
    let coders = project.coders
    if !coders.isEmpty {
      let counts = coders.map { coder in
        "\(coder) \(project.sheets.filter { $0.key.coder == coder }.values.reduce(0) { $0 + $1.count })"
      }
      out += ", coders: " + counts.joined(separator: ", ")
    }
    out += "\n\n"
    out += ProjectProgress(project).lines.joined(separator: "\n") + "\n"
    return out
  }

  /// The transcripts with their informants, lines and meaning units per coder.
  public static func transcripts(_ project: Project) -> String {
    let coders = project.coders
    var table = TextTable(header: ["ID", "Title", "Informant", "Lines"] + coders.map(\.rawValue))
    for record in project.transcripts {
      let informant = record.informant.map { project.informant($0)?.label ?? "Informant \($0)" }
        ?? "focus group (" + record.speakers.compactMap(\.informant).map(String.init).joined(separator: ", ") + ")"
      let counts = coders.map { String(project.sheets[CodingSheetID(coder: $0, transcript: record.id)]?.count ?? 0) }
      table.rows.append([record.id.rawValue, record.title, informant, String(record.lineCount)] + counts)
    }
    return table.text
  }

  /// The codebook as a tree: groups, subgroups, codes, each with meaning units and informants.
  public static func codebook(_ project: Project, statistics stats: CodebookStatistics) -> String {
    let of = stats.informantCount
    func support(_ s: Support) -> String {
      "\(s.units) unit\(s.units == 1 ? "" : "s"), \(s.informants.count) of \(of) informant\(of == 1 ? "" : "s")"
    }
    var out = ""
    let byCode = Dictionary(grouping: project.sortedCodes) { $0.subgroup }
    for group in project.groups {
      out += "\(group.name)  [\(support(stats.support(of: group.id)))]\n"
      for subgroup in group.subgroups {
        out += "  \(subgroup.name)  [\(support(stats.support(of: subgroup.id)))]\n"
        for code in byCode[subgroup.id] ?? [] {
          out += "    \(code.displayName)  [\(support(stats.support(of: code.id)))]\n"
        }
      }
    }
    let unsorted = byCode[nil] ?? []
    if !unsorted.isEmpty {
      out += "Unsorted  [\(support(stats.unsorted))]\n"
      for code in unsorted { out += "    \(code.displayName)  [\(support(stats.support(of: code.id)))]\n" }
    }
    if stats.uncodedUnits > 0 { out += "(\(stats.uncodedUnits) meaning units have no code yet)\n" }
    return out.isEmpty ? "The codebook is empty: code a passage with `stc code`.\n" : out
  }

  /// Meaning units as a table: id, transcript and lines, coder, informant, codes, and the words.
  public static func units(_ units: [MeaningUnit], in project: Project, quoteWidth: Int = 60) -> String {
    var table = TextTable(header: ["ID", "Where", "Coder", "Informant", "Codes", "Text"])
    for unit in units {
      let codes = unit.codes.compactMap { project.codes[$0]?.name }.joined(separator: ", ")
      let informant = project.informantNumber(of: unit).map(String.init) ?? "–"
      table.rows.append([
        unit.id.rawValue, "\(unit.transcript):\(project.lineLabel(of: unit))", unit.coder.rawValue, informant,
        codes, project.quote(of: unit).oneLine(limit: quoteWidth),
      ])
    }
    return table.text
  }
}
