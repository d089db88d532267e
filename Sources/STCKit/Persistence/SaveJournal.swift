import Crypto
import Foundation

/// The write-ahead journal that makes a save of several files all-or-nothing.
///
/// Before a save that touches more than one file (deleting a code rewrites `project.json` and
/// every coding file that used it), the new contents of all the files go into `.journal`, written
/// atomically and synced; then the files are replaced one by one; then the journal is removed.
/// If the process dies on the way, the journal is still there: reading the project takes the
/// files from it, and opening the project for work finishes the save (`ProjectFolder.recover`).
/// A journal that was cut short cannot exist (it is renamed into place whole), and one whose
/// checksums fail is set aside and reported, never applied.
public struct SaveJournal: Equatable, Sendable {
  static let magic = "STC-JOURNAL 1"

  public struct Entry: Codable, Equatable, Sendable {
    /// The file, relative to the project folder ("coding/anna/informant3.json").
    public var path: String
    public var bytes: Int
    public var sha256: String
  }

  struct Header: Codable, Equatable {
    var at: Timestamp
    var files: [Entry]
  }

  public let at: Timestamp
  /// The files and their new contents, in the order they are written.
  public let files: [(path: String, bytes: [UInt8])]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.at == rhs.at && lhs.files.elementsEqual(rhs.files) { $0.path == $1.path && $0.bytes == $1.bytes }
  }

  public init(at: Timestamp, files: [(path: String, bytes: [UInt8])]) {
    self.at = at
    self.files = files
  }

  /// The journal as written on disk.
  func encoded() -> [UInt8] {
    let header = Header(
      at: at,
      files: files.map { Entry(path: $0.path, bytes: $0.bytes.count, sha256: ProjectFolder.sha256($0.bytes)) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = Array((Self.magic + "\n").utf8)
    out += (try? encoder.encode(header)).map(Array.init) ?? []
    out.append(10)
    for file in files { out += file.bytes }
    return out
  }

  /// Reads a journal; nil, with the reason, when it is not a whole, intact journal.
  static func decode(_ bytes: [UInt8]) -> Result<SaveJournal, JournalDamage> {
    let magic = Array((Self.magic + "\n").utf8)
    guard bytes.starts(with: magic) else { return .failure(JournalDamage("it does not start like a journal of this stc")) }
    guard let end = bytes[magic.count...].firstIndex(of: 10) else { return .failure(JournalDamage("its header is cut short")) }
    guard let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[magic.count..<end])) else {
      return .failure(JournalDamage("its header cannot be read"))
    }
    var offset = end + 1
    var files: [(String, [UInt8])] = []
    for entry in header.files {
      guard entry.bytes >= 0, offset + entry.bytes <= bytes.count else { return .failure(JournalDamage("it is shorter than it says")) }
      let content = Array(bytes[offset..<(offset + entry.bytes)])
      guard ProjectFolder.sha256(content) == entry.sha256 else {
        return .failure(JournalDamage("the contents of \(entry.path) do not match their checksum"))
      }
      guard Self.isSafe(entry.path) else { return .failure(JournalDamage("it names a file outside the project (\(entry.path))")) }
      files.append((entry.path, content))
      offset += entry.bytes
    }
    guard offset == bytes.count else { return .failure(JournalDamage("it is longer than it says")) }
    return .success(SaveJournal(at: header.at, files: files))
  }

  /// Only `project.json` and coding files may be written through the journal.
  static func isSafe(_ path: String) -> Bool {
    if path == "project.json" { return true }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0] == "coding" && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
      && parts[2].hasSuffix(".json")
  }
}

/// Why a journal cannot be used.
public struct JournalDamage: Error, Equatable, Sendable {
  public let reason: String
  init(_ reason: String) { self.reason = reason }
}

extension ProjectFolder {
  /// Where the journal of an unfinished save lies.
  public var journalFile: String { "\(path)/.journal" }

  /// The save that was interrupted, if there is one; `.failure` describes a journal that is
  /// damaged (it is never applied).
  public func pendingSave() -> Result<SaveJournal, JournalDamage>? {
    guard let bytes = try? AtomicFile.read(journalFile) else { return nil }
    return SaveJournal.decode(bytes)
  }

  /// Saves several files all-or-nothing through the journal.
  func saveJournaled(_ contents: [(path: String, bytes: [UInt8])], at time: Timestamp) throws(STCError) {
    try AtomicFile.write(SaveJournal(at: time, files: contents).encoded(), to: journalFile)
    try writeFiles(contents, backups: true)
    unlink(journalFile)
    AtomicFile.syncFolder(path)
  }

  /// Replaces files of the project, each atomically, on all processors when there are many.
  func writeFiles(_ contents: [(path: String, bytes: [UInt8])], backups: Bool) throws(STCError) {
    let folder = self
    let write = { @Sendable (file: (path: String, bytes: [UInt8])) -> STCError? in
      do throws(STCError) {
        try AtomicFile.write(
          file.bytes, to: folder.file(file.path), backup: backups ? folder.backupFile(file.path) : nil)
        return nil
      } catch {
        return error
      }
    }
    let failures = contents.count < 4 ? contents.map(write) : concurrentMap(contents, write)
    if let failure = failures.compactMap({ $0 }).first { throw failure }
  }

  /// Finishes a save that was interrupted: writes the files the journal holds and removes it.
  /// Returns what was done, for the user to be told; nil when there was nothing to finish. A
  /// damaged journal is moved aside to `.journal-damaged` and reported.
  @discardableResult
  public func recover() throws(STCError) -> String? {
    // Cheap when there is nothing to finish: no lock is taken to find that out.
    guard pendingSave() != nil else { return nil }
    return try writingAsTheOnlyWriter { () throws(STCError) in try finishPendingSave() }
  }

  private func finishPendingSave() throws(STCError) -> String? {
    guard let pending = pendingSave() else { return nil }
    switch pending {
    case .failure(let damage):
      let reason = damage.reason
      let aside = "\(path)/.journal-damaged"
      unlink(aside)
      rename(journalFile, aside)
      AtomicFile.syncFolder(path)
      return "An unfinished save was found, but its journal is damaged (\(reason)); it was set aside as "
        + ".journal-damaged and the files were left as they are. Run `stc validate` to check the project."
    case .success(let journal):
      for file in journal.files where file.path.hasPrefix("coding/") {
        try AtomicFile.makeFolder((self.file(file.path) as NSString).deletingLastPathComponent)
      }
      try writeFiles(journal.files, backups: false)
      unlink(journalFile)
      AtomicFile.syncFolder(path)
      let names = journal.files.map(\.path).joined(separator: ", ")
      return "Finished a save that was interrupted at \(journal.at) (\(journal.files.count) files: \(names))."
    }
  }
}
