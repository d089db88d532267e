/// The language a project is written in; it sets the default language of exports and labels.
public enum ProjectLanguage: String, Codable, Sendable, CaseIterable {
  /// Norwegian bokmål.
  case nb
  /// English.
  case en
}

/// What a project is about: shown at the top of every screen and export.
public struct ProjectMetadata: Codable, Equatable, Sendable {
  public var title: String
  /// The research question the meaning units should shed light on.
  public var researchQuestion: String
  public var language: ProjectLanguage
  public var created: Timestamp

  public init(title: String, researchQuestion: String = "", language: ProjectLanguage = .nb, created: Timestamp) {
    self.title = title
    self.researchQuestion = researchQuestion
    self.language = language
    self.created = created
  }

  enum CodingKeys: String, CodingKey { case title, researchQuestion, language, created }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    title = try c.decode(.title)
    researchQuestion = try c.decode(.researchQuestion, or: "")
    language = try c.decode(.language, or: .nb)
    created = try c.decode(.created)
  }
}
