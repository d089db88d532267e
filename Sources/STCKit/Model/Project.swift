/// A whole STC project in memory: everything in `project.json`, the transcripts' texts, and every
/// coder's meaning units.
///
/// A value: screens and commands read it freely. It changes only through `apply(_:)` with an
/// `Operation`, which keeps the indexes right and returns the inverse for undo.
public struct Project: Equatable, Sendable {
  /// The version of the file format this build writes; files from newer versions are refused.
  public static let schemaVersion = 1

  public internal(set) var metadata: ProjectMetadata
  /// Sorted by number.
  public internal(set) var informants: [Informant]
  /// In import order.
  public internal(set) var transcripts: [TranscriptRecord]
  public internal(set) var texts: [TranscriptID: TranscriptText]
  /// Preliminary themes from step 1, in the analyst's order.
  public internal(set) var themes: [Theme]
  public internal(set) var impressions: [TranscriptID: Impression]
  public internal(set) var codes: [CodeID: Code]
  /// The code groups in the order of the results chapter.
  public internal(set) var groups: [CodeGroup]
  public internal(set) var memos: [Memo]
  /// The names table: real names and their replacements, applied to exports on request.
  public internal(set) var names: [Pseudonym]
  /// Each coder's meaning units per transcript, sorted by span and then id.
  public internal(set) var sheets: [CodingSheetID: [MeaningUnit]]

  var unitSheets: [MeaningUnitID: CodingSheetID] = [:]
  var codeIDsByName: [String: CodeID] = [:]

  /// An empty project.
  public init(metadata: ProjectMetadata) {
    self.metadata = metadata
    informants = []
    transcripts = []
    texts = [:]
    themes = []
    impressions = [:]
    codes = [:]
    groups = []
    memos = []
    names = []
    sheets = [:]
  }

  // MARK: Looking things up

  public func transcript(_ id: TranscriptID) -> TranscriptRecord? { transcripts.first { $0.id == id } }

  public func informant(_ number: Int) -> Informant? { informants.first { $0.number == number } }

  public func unit(_ id: MeaningUnitID) -> MeaningUnit? {
    guard let sheet = unitSheets[id] else { return nil }
    return sheets[sheet]?.first { $0.id == id }
  }

  /// Every meaning unit of every coder.
  public var allUnits: some Sequence<MeaningUnit> { sheets.values.joined() }

  public var unitCount: Int { unitSheets.count }

  /// The coders who have a coding file, sorted.
  public var coders: [CoderName] { Set(sheets.keys.map(\.coder)).sorted() }

  public func code(named name: String) -> Code? {
    codeIDsByName[Code.nameKey(name)].flatMap { codes[$0] }
  }

  /// The codebook sorted by name.
  public var sortedCodes: [Code] {
    // The keys are made once per code, not once per comparison.
    codes.values.map { (key: $0.name.lowercased(), code: $0) }
      .sorted { ($0.key, $0.code.id) < ($1.key, $1.code.id) }
      .map(\.code)
  }

  public func group(_ id: CodeGroupID) -> CodeGroup? { groups.first { $0.id == id } }

  public func group(named name: String) -> CodeGroup? {
    let key = Code.nameKey(name)
    return groups.first { Code.nameKey($0.name) == key }
  }

  /// Where a subgroup sits: the index of its group and its index in that group.
  public func location(of subgroup: SubgroupID) -> (group: Int, index: Int)? {
    for (g, group) in groups.enumerated() {
      if let s = group.subgroups.firstIndex(where: { $0.id == subgroup }) { return (g, s) }
    }
    return nil
  }

  public func subgroup(_ id: SubgroupID) -> Subgroup? {
    location(of: id).map { groups[$0.group].subgroups[$0.index] }
  }

  /// The group a subgroup belongs to.
  public func group(containing subgroup: SubgroupID) -> CodeGroup? {
    location(of: subgroup).map { groups[$0.group] }
  }

  /// Finds a subgroup by name, within one group when `group` is given. Throws when the name is
  /// unknown or, without a group, used in more than one.
  public func subgroup(named name: String, in group: CodeGroupID? = nil) throws(STCError) -> Subgroup {
    let key = Code.nameKey(name)
    var hits: [(CodeGroup, Subgroup)] = []
    for g in groups where group == nil || g.id == group {
      for s in g.subgroups where Code.nameKey(s.name) == key { hits.append((g, s)) }
    }
    if hits.count == 1 { return hits[0].1 }
    if hits.isEmpty { throw .usage("There is no subgroup named “\(name)”. See `stc codes` for the codebook.") }
    let groups = hits.map { "“\($0.0.name)”" }.joined(separator: ", ")
    throw .usage("The subgroup name “\(name)” is used in several groups (\(groups)): name the group with --group.")
  }

  public func theme(_ id: ThemeID) -> Theme? { themes.first { $0.id == id } }

  public func memo(_ id: MemoID) -> Memo? { memos.first { $0.id == id } }

  /// The informant a meaning unit comes from: the transcript's informant, or in a focus group the
  /// first informant who speaks within the unit.
  public func informantNumber(of unit: MeaningUnit) -> Int? {
    guard let record = transcript(unit.transcript) else { return nil }
    if let informant = record.informant { return informant }
    guard let text = texts[unit.transcript] else { return nil }
    for line in text.lines(of: unit.span) {
      guard let label = text.turns.speaker(ofLine: line),
        let assignment = record.speakers.first(where: { $0.label == label })
      else { continue }
      if let informant = assignment.informant { return informant }
    }
    return nil
  }

  /// The lines of a unit, numbered from 1 as the user sees them ("12–15").
  public func lineLabel(of unit: MeaningUnit) -> String {
    texts[unit.transcript]?.lineLabel(unit.span) ?? "?"
  }

  /// The words of a meaning unit.
  public func quote(of unit: MeaningUnit) -> String {
    texts[unit.transcript]?.text(of: unit.span) ?? ""
  }
}

extension Project {
  /// A meaning unit's words as a thesis quotes them: the transcript's line breaks joined into
  /// one flowing text (a blank line still separates paragraphs), without the speaker label that
  /// opens it ("Informant 3: ").
  public func quotation(of unit: MeaningUnit) -> String {
    var text = quote(of: unit)
    if let transcript = texts[unit.transcript] {
      for label in transcript.turns.labels.sorted(by: { $0.count > $1.count }) where text.hasPrefix(label + ":") {
        text = String(text.dropFirst(label.count + 1))
        break
      }
    }
    let paragraphs = text.components(separatedBy: "\n\n").map { paragraph in
      paragraph.split(whereSeparator: \.isNewline).map(\.trimmingSpaces).joined(separator: " ")
    }
    return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n").trimmingSpaces
  }
}

import Foundation
