/// The machine-readable forms of the reports, for `--json`.
public enum ReportJSON {
  public struct CodeEntry: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var description: String
    public var colour: String
    public var valence: String?
    public var group: String?
    public var subgroup: String?
    public var meaningUnits: Int
    public var informants: [Int]
  }

  public struct Codes: Codable, Equatable, Sendable {
    public var informantCount: Int
    public var codes: [CodeEntry]
  }

  public struct SubgroupEntry: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var meaningUnits: Int
    public var informants: [Int]
    public var hasCondensate: Bool
    public var hasGoldenQuote: Bool
    public var hasAnalyticText: Bool
    public var status: String
  }

  public struct GroupEntry: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var meaningUnits: Int
    public var informants: [Int]
    public var subgroups: [SubgroupEntry]
  }

  public struct Stats: Codable, Equatable, Sendable {
    public var title: String
    public var transcripts: Int
    public var lines: Int
    public var informants: Int
    /// Meaning units per coder.
    public var coders: [String: Int]
    public var progress: ProjectProgress
    public var groups: [GroupEntry]
  }

  public struct UnitEntry: Codable, Equatable, Sendable {
    public var id: String
    public var transcript: String
    public var firstLine: Int
    public var lastLine: Int
    public var start: Int
    public var end: Int
    public var coder: String
    public var informant: Int?
    public var codes: [String]
    public var note: String
    public var text: String
  }

  public static func codes(_ project: Project, statistics stats: CodebookStatistics) -> Codes {
    Codes(
      informantCount: stats.informantCount,
      codes: project.sortedCodes.map { code in
        let subgroup = code.subgroup.flatMap { project.subgroup($0) }
        let group = code.subgroup.flatMap { project.group(containing: $0) }
        let support = stats.support(of: code.id)
        return CodeEntry(
          id: code.id.rawValue, name: code.name, description: code.description, colour: code.colour.rawValue,
          valence: code.valence?.rawValue, group: group?.name, subgroup: subgroup?.name, meaningUnits: support.units,
          informants: support.informants.sorted())
      })
  }

  public static func stats(_ project: Project, statistics s: CodebookStatistics) -> Stats {
    var coders: [String: Int] = [:]
    for (sheet, units) in project.sheets { coders[sheet.coder.rawValue, default: 0] += units.count }
    return Stats(
      title: project.metadata.title, transcripts: project.transcripts.count,
      lines: project.transcripts.reduce(0) { $0 + $1.lineCount }, informants: project.informants.count, coders: coders,
      progress: ProjectProgress(project),
      groups: project.groups.map { group in
        GroupEntry(
          id: group.id.rawValue, name: group.name, meaningUnits: s.support(of: group.id).units,
          informants: s.support(of: group.id).informants.sorted(),
          subgroups: group.subgroups.map { sub in
            SubgroupEntry(
              id: sub.id.rawValue, name: sub.name, meaningUnits: s.support(of: sub.id).units,
              informants: s.support(of: sub.id).informants.sorted(), hasCondensate: !sub.condensate.trimmed.isEmpty,
              hasGoldenQuote: sub.goldenQuote != nil, hasAnalyticText: !sub.analyticText.trimmed.isEmpty,
              status: sub.status.rawValue)
          })
      })
  }

  public static func units(_ units: [MeaningUnit], in project: Project) -> [UnitEntry] {
    units.map { unit in
      let lines = project.texts[unit.transcript]?.lines(of: unit.span) ?? 0...0
      return UnitEntry(
        id: unit.id.rawValue, transcript: unit.transcript.rawValue, firstLine: lines.lowerBound + 1,
        lastLine: lines.upperBound + 1, start: unit.span.start, end: unit.span.end, coder: unit.coder.rawValue,
        informant: project.informantNumber(of: unit), codes: unit.codes.compactMap { project.codes[$0]?.name },
        note: unit.note, text: project.quote(of: unit))
    }
  }

  /// Pretty JSON with sorted keys and a final line feed, as stc writes all JSON.
  public static func encode<T: Encodable>(_ value: T) -> String {
    String(decoding: ProjectFolder.encode(value), as: UTF8.self)
  }
}
