/// A meaning unit (meningsbærende enhet): a passage of a transcript marked by one coder, with the
/// codes it was given.
public struct MeaningUnit: Equatable, Sendable, Identifiable {
  public var id: MeaningUnitID
  public var transcript: TranscriptID
  public var coder: CoderName
  /// Where the passage lies in the transcript's text.
  public var span: TextSpan
  /// The codes given to the passage, sorted by id; may be empty while the passage awaits codes.
  public var codes: [CodeID]
  public var note: String
  public var created: Timestamp
  public var modified: Timestamp

  public init(
    id: MeaningUnitID, transcript: TranscriptID, coder: CoderName, span: TextSpan, codes: [CodeID] = [],
    note: String = "", created: Timestamp, modified: Timestamp? = nil
  ) {
    self.id = id
    self.transcript = transcript
    self.coder = coder
    self.span = span
    self.codes = Array(Set(codes)).sorted()
    self.note = note
    self.created = created
    self.modified = modified ?? created
  }

  /// Where the unit is stored: its coder's file for its transcript.
  public var sheet: CodingSheetID { CodingSheetID(coder: coder, transcript: transcript) }
}

/// One coder's coding of one transcript, stored as `coding/<coder>/<transcript>.json`.
public struct CodingSheetID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var coder: CoderName
  public var transcript: TranscriptID

  public init(coder: CoderName, transcript: TranscriptID) {
    self.coder = coder
    self.transcript = transcript
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.coder, lhs.transcript) < (rhs.coder, rhs.transcript)
  }

  public var description: String { "coding/\(coder)/\(transcript).json" }
}

extension MeaningUnit: Codable {
  enum CodingKeys: String, CodingKey { case id, transcript, coder, start, end, codes, note, created, modified }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let start: Int = try c.decode(.start)
    let end: Int = try c.decode(.end)
    guard start >= 0, start < end else {
      throw DecodingError.dataCorruptedError(
        forKey: .end, in: c, debugDescription: "a meaning unit must end after it starts (start \(start), end \(end))")
    }
    let created: Timestamp = try c.decode(.created)
    self.init(
      id: try c.decode(.id), transcript: try c.decode(.transcript), coder: try c.decode(.coder),
      span: TextSpan(start: start, end: end), codes: try c.decode(.codes, or: []), note: try c.decode(.note, or: ""),
      created: created, modified: try c.decode(.modified, or: created))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(transcript, forKey: .transcript)
    try c.encode(coder, forKey: .coder)
    try c.encode(span.start, forKey: .start)
    try c.encode(span.end, forKey: .end)
    try c.encode(codes, forKey: .codes)
    if !note.isEmpty { try c.encode(note, forKey: .note) }
    try c.encode(created, forKey: .created)
    try c.encode(modified, forKey: .modified)
  }
}
