/// How far the analysis of a subgroup has come in step 4.
public enum SubgroupStatus: String, Codable, Sendable, CaseIterable {
  case draft, done
}

/// A subgroup of a code group: the unit of condensation (step 3) and synthesis (step 4).
public struct Subgroup: Codable, Equatable, Sendable, Identifiable {
  public var id: SubgroupID
  public var name: String
  public var description: String
  /// The artificial quotation in the first person, built from the subgroup's meaning units.
  public var condensate: String
  /// The meaning unit that best illustrates the subgroup (gullsitat).
  public var goldenQuote: MeaningUnitID?
  /// The third-person text of the results chapter.
  public var analyticText: String
  public var status: SubgroupStatus
  /// The meaning units read again in their context (recontextualisation, step 4), sorted.
  public var recontextualised: [MeaningUnitID]

  public init(
    id: SubgroupID, name: String, description: String = "", condensate: String = "",
    goldenQuote: MeaningUnitID? = nil, analyticText: String = "", status: SubgroupStatus = .draft,
    recontextualised: [MeaningUnitID] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.condensate = condensate
    self.goldenQuote = goldenQuote
    self.analyticText = analyticText
    self.status = status
    self.recontextualised = recontextualised.sorted()
  }

  enum CodingKeys: String, CodingKey {
    case id, name, description, condensate, goldenQuote, analyticText, status, recontextualised
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    name = try c.decode(.name)
    description = try c.decode(.description, or: "")
    condensate = try c.decode(.condensate, or: "")
    goldenQuote = try c.decodeIfPresent(MeaningUnitID.self, forKey: .goldenQuote)
    analyticText = try c.decode(.analyticText, or: "")
    status = try c.decode(.status, or: .draft)
    recontextualised = try c.decode(.recontextualised, or: []).sorted()
  }
}

/// A code group (kodegruppe): a heading of the results chapter, holding ordered subgroups.
public struct CodeGroup: Codable, Equatable, Sendable, Identifiable {
  public var id: CodeGroupID
  public var name: String
  public var description: String
  /// The text that opens the group's section in the results chapter.
  public var introduction: String
  public var subgroups: [Subgroup]

  public init(
    id: CodeGroupID, name: String, description: String = "", introduction: String = "", subgroups: [Subgroup] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.introduction = introduction
    self.subgroups = subgroups
  }

  enum CodingKeys: String, CodingKey { case id, name, description, introduction, subgroups }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    name = try c.decode(.name)
    description = try c.decode(.description, or: "")
    introduction = try c.decode(.introduction, or: "")
    subgroups = try c.decode(.subgroups, or: [])
  }

  /// The group without its subgroups, for updates that must not touch them.
  public var header: CodeGroup {
    var copy = self
    copy.subgroups = []
    return copy
  }
}
