/// Which meaning units a query asks for; every field that is set must match.
public struct UnitFilter: Equatable, Sendable {
  public var code: CodeID?
  public var subgroup: SubgroupID?
  public var group: CodeGroupID?
  public var transcript: TranscriptID?
  public var informant: Int?
  public var coder: CoderName?

  public init(
    code: CodeID? = nil, subgroup: SubgroupID? = nil, group: CodeGroupID? = nil, transcript: TranscriptID? = nil,
    informant: Int? = nil, coder: CoderName? = nil
  ) {
    self.code = code
    self.subgroup = subgroup
    self.group = group
    self.transcript = transcript
    self.informant = informant
    self.coder = coder
  }
}

extension Project {
  /// The meaning units that match `filter`, in transcript order, then by position and coder.
  public func units(matching filter: UnitFilter) -> [MeaningUnit] {
    var codeSet: Set<CodeID>?
    if let code = filter.code { codeSet = [code] }
    if let subgroup = filter.subgroup {
      let inSubgroup = Set(codes.values.filter { $0.subgroup == subgroup }.map(\.id))
      codeSet = codeSet.map { $0.intersection(inSubgroup) } ?? inSubgroup
    }
    if let group = filter.group {
      let subgroups = Set(self.group(group)?.subgroups.map(\.id) ?? [])
      let inGroup = Set(codes.values.filter { $0.subgroup.map(subgroups.contains) ?? false }.map(\.id))
      codeSet = codeSet.map { $0.intersection(inGroup) } ?? inGroup
    }
    let order = transcriptOrder
    var result: [MeaningUnit] = []
    for (sheet, units) in sheets {
      if let transcript = filter.transcript, sheet.transcript != transcript { continue }
      if let coder = filter.coder, sheet.coder != coder { continue }
      for unit in units {
        if let codeSet, !unit.codes.contains(where: codeSet.contains) { continue }
        if let informant = filter.informant, informantNumber(of: unit) != informant { continue }
        result.append(unit)
      }
    }
    return result.sorted {
      (order[$0.transcript] ?? .max, $0.span, $0.coder, $0.id) < (order[$1.transcript] ?? .max, $1.span, $1.coder, $1.id)
    }
  }

  /// The position of each transcript in import order.
  var transcriptOrder: [TranscriptID: Int] {
    Dictionary(uniqueKeysWithValues: transcripts.enumerated().map { ($1.id, $0) })
  }
}
