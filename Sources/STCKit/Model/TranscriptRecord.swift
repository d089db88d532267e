/// Who a speaker label in a transcript stands for ("I" is the interviewer, "P2" Informant 12).
public struct SpeakerAssignment: Codable, Equatable, Sendable {
  /// The label as written before the colon, "Intervjuer" or "P2".
  public var label: String
  /// The informant who speaks under this label, if it is an informant.
  public var informant: Int?
  /// Whether the label marks the interviewer or moderator.
  public var interviewer: Bool

  public init(label: String, informant: Int? = nil, interviewer: Bool = false) {
    self.label = label
    self.informant = informant
    self.interviewer = interviewer
  }

  enum CodingKeys: String, CodingKey { case label, informant, interviewer }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    label = try c.decode(.label)
    informant = try c.decodeIfPresent(Int.self, forKey: .informant)
    interviewer = try c.decode(.interviewer, or: false)
  }
}

/// One imported transcript as the project index records it. Its text lives in
/// `transcripts/<id>.txt` and never changes after import.
public struct TranscriptRecord: Codable, Equatable, Sendable {
  public var id: TranscriptID
  public var title: String
  /// The name of the file it was imported from.
  public var sourceFile: String
  /// How the source was encoded ("utf-8", "utf-16le", "windows-1252", "docx").
  public var sourceEncoding: String
  /// The informant of an individual interview; nil for a focus group, whose speakers say.
  public var informant: Int?
  /// The speaker labels found in the text and who they stand for.
  public var speakers: [SpeakerAssignment]
  /// A regular expression with one capture group for speaker labels, when the defaults do not fit.
  public var speakerPattern: String?
  /// SHA-256 of the stored text, in lowercase hexadecimal; checked on every open.
  public var sha256: String
  public var byteCount: Int
  public var lineCount: Int
  public var imported: Timestamp

  public init(
    id: TranscriptID, title: String, sourceFile: String, sourceEncoding: String, informant: Int?,
    speakers: [SpeakerAssignment], speakerPattern: String? = nil, sha256: String, byteCount: Int,
    lineCount: Int, imported: Timestamp
  ) {
    self.id = id
    self.title = title
    self.sourceFile = sourceFile
    self.sourceEncoding = sourceEncoding
    self.informant = informant
    self.speakers = speakers
    self.speakerPattern = speakerPattern
    self.sha256 = sha256
    self.byteCount = byteCount
    self.lineCount = lineCount
    self.imported = imported
  }

  enum CodingKeys: String, CodingKey {
    case id, title, sourceFile, sourceEncoding, informant, speakers, speakerPattern, sha256, byteCount,
      lineCount, imported
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    title = try c.decode(.title, or: id.rawValue)
    sourceFile = try c.decode(.sourceFile, or: "")
    sourceEncoding = try c.decode(.sourceEncoding, or: "utf-8")
    informant = try c.decodeIfPresent(Int.self, forKey: .informant)
    speakers = try c.decode(.speakers, or: [])
    speakerPattern = try c.decodeIfPresent(String.self, forKey: .speakerPattern)
    sha256 = try c.decode(.sha256)
    byteCount = try c.decode(.byteCount)
    lineCount = try c.decode(.lineCount)
    imported = try c.decode(.imported)
  }

  /// Whether this is a focus group: no single informant, several speakers.
  public var isFocusGroup: Bool { informant == nil }
}
