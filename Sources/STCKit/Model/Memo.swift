/// What a memo is attached to.
public enum MemoTarget: Hashable, Sendable, Codable, CustomStringConvertible {
  case project
  /// A coder's preconceptions (forforståelse), written down for reflexivity.
  case preconceptions(CoderName)
  case code(CodeID)
  case group(CodeGroupID)
  case subgroup(SubgroupID)
  case transcript(TranscriptID)
  case meaningUnit(MeaningUnitID)
  case theme(ThemeID)
  case informant(Int)

  /// The written form, "project", "code:code-3fa85c1e9b02", "preconceptions:kari".
  public var description: String {
    switch self {
    case .project: "project"
    case .preconceptions(let c): "preconceptions:\(c)"
    case .code(let id): "code:\(id)"
    case .group(let id): "group:\(id)"
    case .subgroup(let id): "subgroup:\(id)"
    case .transcript(let id): "transcript:\(id)"
    case .meaningUnit(let id): "unit:\(id)"
    case .theme(let id): "theme:\(id)"
    case .informant(let n): "informant:\(n)"
    }
  }

  /// Reads the written form; nil when it names no kind of target.
  public init?(_ text: String) {
    if text == "project" {
      self = .project
      return
    }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let kind = text[..<colon]
    let value = String(text[text.index(after: colon)...])
    guard !value.isEmpty else { return nil }
    switch kind {
    case "preconceptions":
      guard CoderName.problem(with: value) == nil else { return nil }
      self = .preconceptions(CoderName(stringLiteral: value))
    case "code": self = .code(CodeID(value))
    case "group": self = .group(CodeGroupID(value))
    case "subgroup": self = .subgroup(SubgroupID(value))
    case "transcript": self = .transcript(TranscriptID(value))
    case "unit": self = .meaningUnit(MeaningUnitID(value))
    case "theme": self = .theme(ThemeID(value))
    case "informant":
      guard let n = Int(value) else { return nil }
      self = .informant(n)
    default: return nil
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let target = MemoTarget(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "“\(text)” is not a memo target such as “project” or “code:code-…”")
    }
    self = target
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// A memo: the analyst's own writing, attached to the project or to any object.
public struct Memo: Codable, Equatable, Sendable, Identifiable {
  public var id: MemoID
  public var target: MemoTarget
  public var author: CoderName?
  public var title: String
  public var text: String
  public var created: Timestamp
  public var modified: Timestamp

  public init(
    id: MemoID, target: MemoTarget, author: CoderName?, title: String = "", text: String, created: Timestamp,
    modified: Timestamp? = nil
  ) {
    self.id = id
    self.target = target
    self.author = author
    self.title = title
    self.text = text
    self.created = created
    self.modified = modified ?? created
  }

  enum CodingKeys: String, CodingKey { case id, target, author, title, text, created, modified }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    target = try c.decode(.target)
    author = try c.decodeIfPresent(CoderName.self, forKey: .author)
    title = try c.decode(.title, or: "")
    text = try c.decode(.text, or: "")
    created = try c.decode(.created)
    modified = try c.decode(.modified, or: created)
  }
}
