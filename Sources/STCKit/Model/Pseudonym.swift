/// A name that must not leave the project: a person or place the informants mention, and what
/// exports write instead.
public struct Pseudonym: Codable, Equatable, Hashable, Sendable {
  /// The real name, as it appears in the transcripts.
  public var name: String
  /// What exports write instead ("Nina", "[sykehuset]").
  public var replacement: String

  public init(name: String, replacement: String) {
    self.name = name
    self.replacement = replacement
  }
}
