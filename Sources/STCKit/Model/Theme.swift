/// A preliminary theme from step 1 (total impression). Malterud suggests four to eight.
public struct Theme: Codable, Equatable, Sendable, Identifiable {
  public var id: ThemeID
  public var title: String
  public var note: String
  /// The code groups this theme became, so that readers can follow how 18 themes turned into 4
  /// code groups.
  public var codeGroups: [CodeGroupID]

  public init(id: ThemeID, title: String, note: String = "", codeGroups: [CodeGroupID] = []) {
    self.id = id
    self.title = title
    self.note = note
    self.codeGroups = codeGroups
  }

  enum CodingKeys: String, CodingKey { case id, title, note, codeGroups }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    title = try c.decode(.title)
    note = try c.decode(.note, or: "")
    codeGroups = try c.decode(.codeGroups, or: [])
  }
}

/// Malterud's suggested range for the number of preliminary themes.
public let suggestedThemeCount = 4...8

/// Step-1 material for one transcript: the impressions note, who has read it, and how far each
/// coder has read.
public struct Impression: Codable, Equatable, Sendable {
  public var note: String
  /// The coders who have read the whole transcript, sorted.
  public var readBy: [CoderName]
  /// The furthest line (from 1) each coder has read, keyed by coder name.
  public var readTo: [String: Int]

  public init(note: String = "", readBy: [CoderName] = [], readTo: [String: Int] = [:]) {
    self.note = note
    self.readBy = readBy.sorted()
    self.readTo = readTo
  }

  enum CodingKeys: String, CodingKey { case note, readBy, readTo }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    note = try c.decode(.note, or: "")
    readBy = try c.decode(.readBy, or: []).sorted()
    readTo = try c.decode(.readTo, or: [:])
  }

  /// Whether nothing is recorded, so that the entry need not be stored.
  public var isEmpty: Bool { note.isEmpty && readBy.isEmpty && readTo.isEmpty }
}
