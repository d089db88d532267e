/// What REFI-QDA has no place for, written into a .qdpx as one note of JSON so that stc reads
/// back the same project: stc's ids, valence, palette colours, informant numbers, step-1 reading
/// progress, subgroup status, which notes are condensates and analytic texts, and the names
/// table. Keyed by the GUIDs of the export, so that objects another program added or removed
/// simply have no entry.
struct ExchangeDetails: Codable, Equatable {
  static let formatName = "stc-qdpx-details"
  /// The note's name, as other programs show it.
  static let noteName = "stc details (machine-readable; keep this note to bring the project back to stc)"

  var format = formatName
  var version = 1
  var project: ProjectPart
  var transcripts: [String: TranscriptPart] = [:]
  var informants: [String: InformantPart] = [:]
  var codes: [String: CodePart] = [:]
  var groups: [String: String] = [:]
  var subgroups: [String: SubgroupPart] = [:]
  var themes: [String: String] = [:]
  /// Selection GUID → meaning unit id (several selections make one unit when exported by line).
  var units: [String: String] = [:]
  var notes: [String: NotePart] = [:]
  /// Link GUID → "golden" or "recontextualised".
  var links: [String: String] = [:]

  struct ProjectPart: Codable, Equatable {
    var title: String
    var researchQuestion: String
    var language: ProjectLanguage
    var created: Timestamp
    var names: [Pseudonym]
  }

  struct TranscriptPart: Codable, Equatable {
    var id: String
    var title: String
    var sourceFile: String
    var sourceEncoding: String
    var informant: Int?
    var speakers: [SpeakerAssignment]
    var speakerPattern: String?
    var imported: Timestamp
    var readBy: [CoderName]?
    var readTo: [String: Int]?
  }

  struct InformantPart: Codable, Equatable {
    var number: Int
    var label: String
    var colour: PaletteColour
  }

  struct CodePart: Codable, Equatable {
    var id: String
    var name: String
    var valence: Valence?
    var colour: PaletteColour
    var created: Timestamp
  }

  struct SubgroupPart: Codable, Equatable {
    var id: String
    var status: SubgroupStatus
  }

  /// What a note is in stc.
  struct NotePart: Codable, Equatable {
    enum Role: String, Codable { case memo, condensate, analyticText, introduction, impression }
    var role: Role
    /// For a memo: its id, target and title as stc has them.
    var memo: String?
    var target: MemoTarget?
    var title: String?
    var author: CoderName?
  }
}
