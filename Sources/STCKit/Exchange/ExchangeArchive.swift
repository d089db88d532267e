import Foundation
import ZIPFoundation

/// A .qdpx opened for reading, with limits that keep a damaged or hostile file from filling
/// memory or disk: the archive at most 2 GB, `project.qde` at most 256 MB, each source at most
/// 64 MB unpacked; sizes are counted while unpacking, not taken from the archive's word.
struct ExchangeArchive {
  static let maximumArchiveSize: Int64 = 2 * 1024 * 1024 * 1024

  let fileName: String
  private let archive: Archive
  /// Entry paths in lower case → entries, for the case-insensitive lookup some tools need.
  private let entries: [String: Entry]

  init(path: String) throws(STCError) {
    fileName = (path as NSString).lastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .noInput("\(path) does not exist.")
    }
    if isFolder.boolValue { throw .noInput("\(path) is a folder, not a .qdpx file.") }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    guard size <= Self.maximumArchiveSize else {
      throw .dataError("\(fileName) is \(size / 1_073_741_824) GB: stc reads .qdpx files up to 2 GB.")
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .dataError("\(fileName) is not a .qdpx file: it cannot be opened as a zip archive.")
    }
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file {
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
    guard entry.uncompressedSize <= UInt64(limit) else {
      throw .dataError(
        "\(fileName): \(path) unpacks to \(entry.uncompressedSize / 1_048_576) MB, more than stc accepts "
          + "(\(limit / 1_048_576) MB); it is refused as damaged or as a zip bomb.")
    }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        data.append(chunk)
        if data.count > limit { throw CocoaError(.fileReadTooLarge) }
      }
    } catch {
      throw .dataError("\(fileName) is damaged: \(path) cannot be unpacked (\(error.localizedDescription)).")
    }
    return data
  }
}
