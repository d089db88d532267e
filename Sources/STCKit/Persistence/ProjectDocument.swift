/// The content of `project.json`, as written. Everything but the transcripts' texts and the
/// meaning units.
struct ProjectDocument: Codable, Equatable {
  var schemaVersion: Int
  var project: ProjectMetadata
  var informants: [Informant]
  var transcripts: [TranscriptRecord]
  var themes: [Theme]
  /// Keyed by transcript id.
  var impressions: [String: Impression]
  /// Sorted by name, then id.
  var codes: [Code]
  var codeGroups: [CodeGroup]
  var memos: [Memo]
  /// The names table for pseudonymised exports.
  var names: [Pseudonym]

  enum CodingKeys: String, CodingKey {
    case schemaVersion, project, informants, transcripts, themes, impressions, codes, codeGroups, memos, names
  }

  init(_ p: Project) {
    schemaVersion = Project.schemaVersion
    project = p.metadata
    informants = p.informants
    transcripts = p.transcripts
    themes = p.themes
    impressions = Dictionary(uniqueKeysWithValues: p.impressions.map { ($0.key.rawValue, $0.value) })
    codes = p.sortedCodes
    codeGroups = p.groups
    memos = p.memos.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    names = p.names
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(.schemaVersion)
    project = try c.decode(.project)
    informants = try c.decode(.informants, or: [])
    transcripts = try c.decode(.transcripts, or: [])
    themes = try c.decode(.themes, or: [])
    impressions = try c.decode(.impressions, or: [:])
    codes = try c.decode(.codes, or: [])
    codeGroups = try c.decode(.codeGroups, or: [])
    memos = try c.decode(.memos, or: [])
    names = try c.decode(.names, or: [])
  }
}

/// The content of `coding/<coder>/<transcript>.json`: one coder's meaning units in one
/// transcript. Coder and transcript are named once, at the top.
struct CodingDocument: Codable, Equatable {
  struct StoredUnit: Codable, Equatable {
    var id: MeaningUnitID
    var start: Int
    var end: Int
    var codes: [CodeID]
    var note: String?
    var created: Timestamp
    var modified: Timestamp
  }

  var schemaVersion: Int
  var coder: CoderName
  var transcript: TranscriptID
  var meaningUnits: [StoredUnit]

  init(sheet: CodingSheetID, units: [MeaningUnit]) {
    schemaVersion = Project.schemaVersion
    coder = sheet.coder
    transcript = sheet.transcript
    meaningUnits = units.map {
      StoredUnit(
        id: $0.id, start: $0.span.start, end: $0.span.end, codes: $0.codes, note: $0.note.isEmpty ? nil : $0.note,
        created: $0.created, modified: $0.modified)
    }
  }
}

/// Reads only the schema version, before deciding how to read the rest.
struct SchemaVersionProbe: Decodable {
  var schemaVersion: Int?
}
