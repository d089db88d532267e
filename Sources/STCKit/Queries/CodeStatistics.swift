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
    var groupOfSubgroup: [SubgroupID: CodeGroupID] = [:]
    for group in groups { for subgroup in group.subgroups { groupOfSubgroup[subgroup.id] = group.id } }
    var informantOfTranscript: [TranscriptID: Int] = [:]
    for record in transcripts { if let n = record.informant { informantOfTranscript[record.id] = n } }

    for (sheet, units) in sheets where coder == nil || sheet.coder == coder {
      for unit in units {
        if unit.codes.isEmpty {
          stats.uncodedUnits += 1
          continue
        }
        let informant = informantOfTranscript[unit.transcript] ?? informantNumber(of: unit)
        let one = Support(units: 1, informants: informant.map { [$0] } ?? [])
        var subgroupsSeen: Set<SubgroupID> = []
        var groupsSeen: Set<CodeGroupID> = []
        var unsortedSeen = false
        for code in unit.codes {
          stats.codes[code, default: Support()].add(one)
          guard let subgroup = codes[code]?.subgroup else {
            if !unsortedSeen { stats.unsorted.add(one) }
            unsortedSeen = true
            continue
          }
          if subgroupsSeen.insert(subgroup).inserted { stats.subgroups[subgroup, default: Support()].add(one) }
          if let group = groupOfSubgroup[subgroup], groupsSeen.insert(group).inserted {
            stats.groups[group, default: Support()].add(one)
          }
        }
      }
    }
    return stats
  }
}
