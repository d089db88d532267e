/// The results chapter and the tables of a thesis, as CommonMark, from the project as it is now.
public struct MarkdownExport: Sendable {
  /// The parts a document can have, in the order they are written.
  public enum Part: String, CaseIterable, Sendable {
    /// The chapter: a heading per code group, a section per subgroup.
    case chapter
    /// Code groups and their subgroups, with their support.
    case overview
    /// Theme → meaning unit → condensate → analytic text, for chosen subgroups.
    case trail
    case codebook
    case informants
    /// Every condensate, as an appendix.
    case condensates
  }

  public struct Options: Equatable, Sendable {
    public var language: ProjectLanguage
    public var parts: [Part]
    public var pseudonymize: Bool
    /// Whether each subgroup's section in the chapter shows its condensate.
    public var condensatesInChapter: Bool
    /// The subgroups of the analysis trail; nil for every subgroup with a condensate and an
    /// analytic text.
    public var trailSubgroups: [SubgroupID]?

    public init(
      language: ProjectLanguage, parts: [Part] = Part.allCases, pseudonymize: Bool = false,
      condensatesInChapter: Bool = false, trailSubgroups: [SubgroupID]? = nil
    ) {
      self.language = language
      self.parts = parts
      self.pseudonymize = pseudonymize
      self.condensatesInChapter = condensatesInChapter
      self.trailSubgroups = trailSubgroups
    }
  }

  let project: Project
  let options: Options
  let labels: ExportLabels
  let hide: Pseudonymizer
  let statistics: CodebookStatistics

  public init(_ project: Project, options: Options) {
    self.project = project
    self.options = options
    labels = ExportLabels(options.language)
    hide = options.pseudonymize ? Pseudonymizer(project.names) : .none
    statistics = project.statistics()
  }

  /// The whole document. The same project and options give the same bytes.
  public func document() -> String {
    var blocks = [Markdown.heading(1, hide(project.metadata.title))]
    if !project.metadata.researchQuestion.isEmpty {
      blocks.append("*\(Markdown.escape(labels.researchQuestion)):* " + Markdown.paragraphs(hide(project.metadata.researchQuestion)))
    }
    let tableParts: [Part] = [.overview, .trail, .codebook, .informants]
    var tablesStarted = false
    for part in Part.allCases where options.parts.contains(part) {
      if tableParts.contains(part) && !tablesStarted {
        blocks.append(Markdown.heading(2, labels.tables))
        tablesStarted = true
      }
      switch part {
      case .chapter: blocks += chapter()
      case .overview: blocks += [Markdown.heading(3, labels.overview), overviewTable()]
      case .trail: blocks += [Markdown.heading(3, labels.trail), trailTable()]
      case .codebook: blocks += [Markdown.heading(3, labels.codebook), codebookTable()]
      case .informants: blocks += [Markdown.heading(3, labels.informants), informantTable()]
      case .condensates: blocks += appendix()
      }
    }
    return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
  }

  /// "(Informant 3)" for a meaning unit.
  func attribution(_ unit: MeaningUnit) -> String {
    let label = project.informantNumber(of: unit).flatMap { project.informant($0)?.label } ?? "?"
    return "(" + Markdown.escape(hide(label)) + ")"
  }

  func chapter() -> [String] {
    var blocks = [Markdown.heading(2, labels.results)]
    for group in project.groups {
      blocks.append(Markdown.heading(3, hide(group.name)))
      blocks.append(Markdown.paragraphs(hide(group.introduction)))
      for subgroup in group.subgroups {
        blocks.append(Markdown.heading(4, hide(subgroup.name)))
        blocks.append(Markdown.paragraphs(hide(subgroup.analyticText)))
        if let golden = subgroup.goldenQuote.flatMap({ project.unit($0) }) {
          blocks.append(Markdown.blockQuote(hide(project.quotation(of: golden)), attribution: attribution(golden)))
        }
        if options.condensatesInChapter && !subgroup.condensate.isEmpty {
          blocks.append("*\(Markdown.escape(labels.condensate)):*\n\n" + Markdown.paragraphs(hide(subgroup.condensate)))
        }
      }
    }
    return blocks
  }

  func support(_ s: Support) -> String { labels.of(s.informants.count, statistics.informantCount) }

  func overviewTable() -> String {
    var rows: [[String]] = []
    for group in project.groups {
      if group.subgroups.isEmpty { rows.append([hide(group.name), "", "", ""]) }
      for (i, subgroup) in group.subgroups.enumerated() {
        let s = statistics.support(of: subgroup.id)
        rows.append([i == 0 ? hide(group.name) : "", hide(subgroup.name), String(s.units), support(s)])
      }
    }
    return Markdown.table(header: [labels.codeGroup, labels.subgroup, labels.meaningUnits, labels.informantsColumn], rows: rows)
  }

  func trailTable() -> String {
    let chosen = options.trailSubgroups
      ?? project.groups.flatMap(\.subgroups).filter { !$0.condensate.isEmpty && !$0.analyticText.isEmpty }.map(\.id)
    let firstUnits = firstUnitBySubgroup()
    var rows: [[String]] = []
    for id in chosen {
      guard let subgroup = project.subgroup(id), let group = project.group(containing: id) else { continue }
      let themes = project.themes.filter { $0.codeGroups.contains(group.id) }.map { hide($0.title) }.joined(separator: ", ")
      let unit = subgroup.goldenQuote.flatMap { project.unit($0) } ?? firstUnits[id]
      let quote = unit.map { hide(project.quotation(of: $0)) + " " + hide("(" + (project.informantNumber(of: $0).flatMap { project.informant($0)?.label } ?? "?") + ")") } ?? ""
      rows.append([themes, quote, hide(subgroup.condensate), hide(subgroup.analyticText)])
    }
    return Markdown.table(header: [labels.theme, labels.meaningUnit, labels.condensate, labels.analyticText], rows: rows)
  }

  /// For each subgroup, its first meaning unit in the order of `units(matching:)`: one pass over
  /// the units instead of one per subgroup.
  func firstUnitBySubgroup() -> [SubgroupID: MeaningUnit] {
    let order = project.transcriptOrder
    func key(_ u: MeaningUnit) -> (Int, TextSpan, CoderName, MeaningUnitID) { (order[u.transcript] ?? .max, u.span, u.coder, u.id) }
    var first: [SubgroupID: MeaningUnit] = [:]
    for unit in project.allUnits {
      for code in unit.codes {
        guard let subgroup = project.codes[code]?.subgroup else { continue }
        if let known = first[subgroup], key(known) <= key(unit) { continue }
        first[subgroup] = unit
      }
    }
    return first
  }

  func codebookTable() -> String {
    var rows: [[String]] = []
    let byCode = Dictionary(grouping: project.sortedCodes) { $0.subgroup }
    for group in project.groups {
      for subgroup in group.subgroups {
        for code in byCode[subgroup.id] ?? [] { rows.append(codeRow(code, group: group.name, subgroup: subgroup.name)) }
      }
    }
    for code in byCode[nil] ?? [] { rows.append(codeRow(code, group: labels.unsorted, subgroup: "")) }
    return Markdown.table(
      header: [labels.code, labels.description, labels.codeGroup, labels.subgroup, labels.meaningUnits, labels.informantsColumn],
      rows: rows)
  }

  func codeRow(_ code: Code, group: String, subgroup: String) -> [String] {
    let s = statistics.support(of: code.id)
    return [hide(code.displayName), hide(code.description), hide(group), hide(subgroup), String(s.units), support(s)]
  }

  func informantTable() -> String {
    let keys = Array(Set(project.informants.flatMap(\.attributes.keys))).sorted()
    var unitsByInformant: [Int: Int] = [:]
    for unit in project.allUnits { if let n = project.informantNumber(of: unit) { unitsByInformant[n, default: 0] += 1 } }
    let rows: [[String]] = project.informants.map { informant in
      let transcripts = project.transcripts.filter {
        $0.informant == informant.number || $0.speakers.contains { $0.informant == informant.number }
      }.map { hide($0.title) }.joined(separator: ", ")
      return [hide(informant.label)] + keys.map { hide(informant.attributes[$0] ?? "") }
        + [transcripts, String(unitsByInformant[informant.number] ?? 0)]
    }
    return Markdown.table(header: [labels.informant] + keys.map { hide($0) } + [labels.transcripts, labels.meaningUnits], rows: rows)
  }

  func appendix() -> [String] {
    var blocks = [Markdown.heading(2, labels.appendix)]
    for group in project.groups {
      for subgroup in group.subgroups {
        blocks.append(Markdown.heading(3, hide(group.name) + " – " + hide(subgroup.name)))
        let text = subgroup.condensate.isEmpty ? labels.noCondensate : hide(subgroup.condensate)
        blocks.append(Markdown.paragraphs(text))
      }
    }
    return blocks
  }
}
