/// How much support a code, subgroup or group has: its meaning units and the distinct informants
/// they come from ("supported by 4 of 6 informants").
public struct Support: Equatable, Sendable {
  public var units: Int = 0
  public var informants: Set<Int> = []

  public init(units: Int = 0, informants: Set<Int> = []) {
    self.units = units
    self.informants = informants
  }

  mutating func add(_ other: Support) {
    units += other.units
    informants.formUnion(other.informants)
  }

  /// One more meaning unit, from `informant` when known.
  mutating func add(unitFrom informant: Int?) {
    units += 1
    if let informant { informants.insert(informant) }
  }
}

/// Counts for the whole codebook, computed in one pass over the meaning units.
public struct CodebookStatistics: Equatable, Sendable {
  public var codes: [CodeID: Support] = [:]
  public var subgroups: [SubgroupID: Support] = [:]
  public var groups: [CodeGroupID: Support] = [:]
  /// Codes sorted into no subgroup, together.
  public var unsorted = Support()
  /// Meaning units that have no code yet.
  public var uncodedUnits = 0
  /// All informants of the project, the denominator of "4 of 6".
  public var informantCount = 0

  public init() {}

  public func support(of code: CodeID) -> Support { codes[code] ?? Support() }
  public func support(of subgroup: SubgroupID) -> Support { subgroups[subgroup] ?? Support() }
  public func support(of group: CodeGroupID) -> Support { groups[group] ?? Support() }
}

extension Project {
  /// Meaning units and informants per code, subgroup and group; `coder` limits the count to one
  /// coder's units.
  ///
  /// A unit with two codes of one subgroup counts once for the subgroup.
  public func statistics(coder: CoderName? = nil) -> CodebookStatistics {
    var stats = CodebookStatistics()
    stats.informantCount = informants.count
    var informantOfTranscript: [TranscriptID: Int] = [:]
    for record in transcripts { if let n = record.informant { informantOfTranscript[record.id] = n } }

    // Codes, subgroups and groups are numbered once, so that the pass over the meaning units
    // looks up one dictionary per code on a unit and counts into arrays.
    var codeNumber: [CodeID: Int] = [:]
    var codeIDs: [CodeID] = []
    var subgroupOfCode: [Int] = []  // -1 for unsorted
    var subgroupIDs: [SubgroupID] = []
    var groupOfSubgroupNumber: [Int] = []
    var groupIDs: [CodeGroupID] = []
    var subgroupNumber: [SubgroupID: Int] = [:]
    for (g, group) in groups.enumerated() {
      groupIDs.append(group.id)
      for subgroup in group.subgroups {
        subgroupNumber[subgroup.id] = subgroupIDs.count
        subgroupIDs.append(subgroup.id)
        groupOfSubgroupNumber.append(g)
      }
    }
    for (id, code) in codes {
      codeNumber[id] = codeIDs.count
      codeIDs.append(id)
      subgroupOfCode.append(code.subgroup.flatMap { subgroupNumber[$0] } ?? -1)
    }
    var codeSupport = [Support](repeating: Support(), count: codeIDs.count)
    var subgroupSupport = [Support](repeating: Support(), count: subgroupIDs.count)
    var groupSupport = [Support](repeating: Support(), count: groupIDs.count)
    var unknownCodes: [CodeID: Support] = [:]
    for (sheet, units) in sheets where coder == nil || sheet.coder == coder {
      let fixedInformant = informantOfTranscript[sheet.transcript]
      for unit in units {
        if unit.codes.isEmpty {
          stats.uncodedUnits += 1
          continue
        }
        let informant = fixedInformant ?? informantNumber(of: unit)
        var subgroupsSeen: [Int] = []
        var groupsSeen: [Int] = []
        var unsortedSeen = false
        for code in unit.codes {
          guard let c = codeNumber[code] else {
            // (a code missing from the codebook: the loader reports it; count it anyway)
            unknownCodes[code, default: Support()].add(unitFrom: informant)
            if !unsortedSeen { stats.unsorted.add(unitFrom: informant) }
            unsortedSeen = true
            continue
          }
          codeSupport[c].add(unitFrom: informant)
          let s = subgroupOfCode[c]
          guard s >= 0 else {
            if !unsortedSeen { stats.unsorted.add(unitFrom: informant) }
            unsortedSeen = true
            continue
          }
          if !subgroupsSeen.contains(s) {
            subgroupsSeen.append(s)
            subgroupSupport[s].add(unitFrom: informant)
          }
          let g = groupOfSubgroupNumber[s]
          if !groupsSeen.contains(g) {
            groupsSeen.append(g)
            groupSupport[g].add(unitFrom: informant)
          }
        }
      }
    }
    for (c, support) in codeSupport.enumerated() where support.units > 0 { stats.codes[codeIDs[c]] = support }
    for (id, support) in unknownCodes { stats.codes[id] = support }
    for (s, support) in subgroupSupport.enumerated() where support.units > 0 { stats.subgroups[subgroupIDs[s]] = support }
    for (g, support) in groupSupport.enumerated() where support.units > 0 { stats.groups[groupIDs[g]] = support }
    return stats
  }
}
