/// How far a project has come in each of the four steps of STC.
public struct ProjectProgress: Equatable, Sendable, Codable {
  /// Step 1: transcripts read by at least one coder, and preliminary themes.
  public var transcriptsRead: Int
  public var transcripts: Int
  public var themes: Int
  /// Step 2: meaning units, codes, and codes sorted into a subgroup.
  public var meaningUnits: Int
  public var codes: Int
  public var codesSorted: Int
  /// Step 3: subgroups with a condensate, and with a golden quotation.
  public var subgroups: Int
  public var condensates: Int
  public var goldenQuotes: Int
  /// Step 4: subgroups with an analytic text, and marked done.
  public var analyticTexts: Int
  public var subgroupsDone: Int

  public init(_ project: Project) {
    transcripts = project.transcripts.count
    transcriptsRead = project.transcripts.filter { !(project.impressions[$0.id]?.readBy.isEmpty ?? true) }.count
    themes = project.themes.count
    meaningUnits = project.unitCount
    codes = project.codes.count
    codesSorted = project.codes.values.filter { $0.subgroup != nil }.count
    let subgroups = project.groups.flatMap(\.subgroups)
    self.subgroups = subgroups.count
    condensates = subgroups.filter { !$0.condensate.trimmed.isEmpty }.count
    goldenQuotes = subgroups.filter { $0.goldenQuote != nil }.count
    analyticTexts = subgroups.filter { !$0.analyticText.trimmed.isEmpty }.count
    subgroupsDone = subgroups.filter { $0.status == .done }.count
  }

  /// One line per step, as the summary and the overview show them.
  public var lines: [String] {
    [
      "1 Total impression   \(transcriptsRead) of \(transcripts) transcripts read, \(themes) preliminary theme\(themes == 1 ? "" : "s")"
        + (themes > 0 && !suggestedThemeCount.contains(themes) ? " (Malterud suggests 4–8)" : ""),
      "2 Meaning units      \(meaningUnits) meaning unit\(meaningUnits == 1 ? "" : "s"), \(codes) code\(codes == 1 ? "" : "s"), \(codesSorted) of \(codes) sorted into subgroups",
      "3 Condensation       condensates written \(condensates) of \(subgroups), golden quotations \(goldenQuotes) of \(subgroups)",
      "4 Synthesis          analytic texts \(analyticTexts) of \(subgroups), \(subgroupsDone) done",
    ]
  }
}
