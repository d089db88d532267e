import Foundation
import ZIPFoundation

/// Writes a project as a REFI-QDA project exchange file (.qdpx): a zip holding `project.qde`
/// (XML in the `urn:QDA-XML:project:1.0` namespace) and each transcript as
/// `sources/<guid>.txt`.
///
/// Coders become users; the code tree is code group > subgroup > code (groups and subgroups
/// are not codable); meaning units become plain-text selections at code point positions with a
/// coding per code; memos, condensates, analytic texts, group introductions and impression
/// notes become notes; informants become cases with their attributes as variables; preliminary
/// themes become sets of the code groups they turned into; golden quotations and
/// recontextualised units become links from the subgroup to the selection. The same project
/// gives the same bytes.
public struct QDPXExport {
  /// What each selection is named.
  public enum SelectionNames: String, CaseIterable, Sendable {
    /// The first words of the passage, as ATLAS.ti and others show selections.
    case text
    /// "line:N" (lines from 0), one selection per line of a unit: what the qualitative-coding
    /// CLI (`qc`) reads, being line-based.
    case lines
  }

  public struct Options: Equatable, Sendable {
    public var selectionNames: SelectionNames
    /// Whether to add the note of stc details that makes a round trip exact.
    public var details: Bool

    public init(selectionNames: SelectionNames = .text, details: Bool = true) {
      self.selectionNames = selectionNames
      self.details = details
    }
  }

  public let project: Project
  public let options: Options
  private let salt: String
  /// GUIDs already made, for the objects asked for again and again (codes, coders).
  private let cache = GUIDCache()

  public init(_ project: Project, options: Options = Options()) {
    self.project = project
    self.options = options
    salt = project.metadata.created.description
  }

  final class GUIDCache {
    var guids: [String: String] = [:]
  }

  private func cached(_ kind: String, _ id: String) -> String {
    let key = kind + "\u{0}" + id
    if let known = cache.guids[key] { return known }
    let made = REFIIdentity.guid(kind, id, salt: salt)
    cache.guids[key] = made
    return made
  }

  /// The fixed time stamp of the zip entries, so that exports of the same project are identical.
  static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)

  /// The .qdpx file's bytes: the transcripts first, then `project.qde`. The XML is written on
  /// one processor while the transcripts are compressed on the other.
  public func archive() throws(STCError) -> [UInt8] {
    let sources = project.transcripts.map {
      ("sources/\(guid(transcript: $0.id)).txt", project.texts[$0.id]?.bytes ?? [])
    }
    final class Work: @unchecked Sendable {
      var xml: [UInt8] = []
      var archive: Archive?
      var error: STCError?
    }
    let work = Work()
    do {
      work.archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    } catch {
      throw .ioError("The archive could not be made: \(error.localizedDescription).")
    }
    nonisolated(unsafe) let export = self
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        work.xml = export.projectXMLBytes()
      } else {
        do throws(STCError) { try Self.add(sources, to: work.archive!) } catch { work.error = error }
      }
    }
    if let error = work.error { throw error }
    try Self.add([("project.qde", work.xml)], to: work.archive!)
    guard let data = work.archive!.data else { throw .ioError("The archive could not be packed.") }
    return Array(data)
  }

  /// Packs files into a zip in memory, deflated, with fixed dates.
  static func zip(_ files: [(String, [UInt8])]) throws(STCError) -> [UInt8] {
    let archive: Archive
    do {
      archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    } catch {
      throw .ioError("The archive could not be made: \(error.localizedDescription).")
    }
    try add(files, to: archive)
    guard let data = archive.data else { throw .ioError("The archive could not be packed.") }
    return Array(data)
  }

  /// Adds files to an archive, deflated, with fixed dates.
  static func add(_ files: [(String, [UInt8])], to archive: Archive) throws(STCError) {
    do {
      for (path, bytes) in files {
        let data = Data(bytes)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
          permissions: 0o600, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
    } catch {
      throw .ioError("The archive could not be packed: \(error.localizedDescription).")
    }
  }

  // MARK: GUIDs

  func guid(transcript id: TranscriptID) -> String { REFIIdentity.guid("transcript", id.rawValue, salt: salt) }
  func guid(code id: CodeID) -> String { cached("code", id.rawValue) }
  func guid(group id: CodeGroupID) -> String { REFIIdentity.guid("group", id.rawValue, salt: salt) }
  func guid(subgroup id: SubgroupID) -> String { REFIIdentity.guid("subgroup", id.rawValue, salt: salt) }
  func guid(theme id: ThemeID) -> String { REFIIdentity.guid("theme", id.rawValue, salt: salt) }
  func guid(memo id: MemoID) -> String { REFIIdentity.guid("memo", id.rawValue, salt: salt) }
  func guid(user name: CoderName) -> String { cached("user", name.rawValue) }
  func guid(informant number: Int) -> String { REFIIdentity.guid("informant", String(number), salt: salt) }
  func guid(variable name: String) -> String { REFIIdentity.guid("variable", name, salt: salt) }
  func guid(unit id: MeaningUnitID, part: Int = 0) -> String {
    REFIIdentity.guid("unit", part == 0 ? id.rawValue : "\(id.rawValue)#\(part)", salt: salt)
  }
  func guid(coding unit: MeaningUnitID, part: Int, code: CodeID) -> String {
    REFIIdentity.guid("coding", "\(unit.rawValue)#\(part)#\(code.rawValue)", salt: salt)
  }
  func guid(note kind: String, _ id: String) -> String { REFIIdentity.guid("note-\(kind)", id, salt: salt) }
  func guid(link kind: String, _ subgroup: SubgroupID, _ unit: MeaningUnitID) -> String {
    REFIIdentity.guid("link-\(kind)", "\(subgroup.rawValue)#\(unit.rawValue)", salt: salt)
  }
  var detailsGUID: String { REFIIdentity.guid("note-details", "stc", salt: salt) }
}
