import Foundation

/// A .qdpx opened for reading, with limits that keep a damaged or hostile file from filling
/// memory or disk: the archive at most 512 MB, `project.qde` at most 256 MB, each source at most
/// 64 MB unpacked; sizes are counted while unpacking, not taken from the archive's word (see
/// `ZipReader`).
struct ExchangeArchive {
  static let maximumArchiveSize = AtomicFile.maximumReadSize

  let fileName: String
  private let archive: ZipReader
  /// Entry paths in lower case → entries, for the case-insensitive lookup some tools need.
  private let entries: [String: ZipReader.Entry]

  init(path: String) throws(STCError) {
    fileName = (path as NSString).lastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .noInput("\(path) does not exist.")
    }
    if isFolder.boolValue { throw .noInput("\(path) is a folder, not a .qdpx file.") }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    guard size <= Self.maximumArchiveSize else {
      throw .dataError("\(fileName) is \(size / 1_048_576) MB: stc reads .qdpx files up to \(Self.maximumArchiveSize / 1_048_576) MB.")
    }
    archive = try ZipReader(AtomicFile.read(path), fileName: fileName, kind: ".qdpx file")
    var entries: [String: ZipReader.Entry] = [:]
    for entry in archive.entries where !entry.isFolder {
      entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
    }
    self.entries = entries
  }

  /// Whether the archive holds a file at `path` (any case).
  func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

  /// The paths of every file in the archive.
  var paths: [String] { entries.values.map(\.path).sorted() }

  /// Unpacks one file; nil when there is none at `path`.
  func read(_ path: String, limit: Int) throws(STCError) -> Data? {
    guard let entry = entries[path.lowercased()] else { return nil }
    return Data(try archive.contents(of: entry, limit: limit))
  }
}
