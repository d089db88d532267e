import Foundation

/// One kept version of a project file in `.backup/`.
public struct Backup: Equatable, Sendable {
  /// The file, relative to the project folder ("project.json", "coding/anna/informant3.json").
  public var file: String
  /// 1 for the newest backup, up to `AtomicFile.backupVersions`.
  public var version: Int
  /// When that version was saved (the time the file was written).
  public var saved: Timestamp
  public var bytes: Int
  /// Why it cannot be read as that kind of file; nil when it reads.
  public var problem: String?
}

extension ProjectFolder {
  /// Every kept version of the project's files, by file and then newest first.
  public func backups() -> [Backup] {
    var files: [String] = []
    if FileManager.default.fileExists(atPath: backupFile("project.json")) { files.append("project.json") }
    let codingBackups = backupFolder + "/coding"
    for coder in ((try? FileManager.default.contentsOfDirectory(atPath: codingBackups)) ?? []).sorted()
    where !coder.hasPrefix(".") {
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: "\(codingBackups)/\(coder)")) ?? []).sorted()
      where name.hasSuffix(".json") && !name.hasPrefix(".") {
        files.append("coding/\(coder)/\(name)")
      }
    }
    var result: [Backup] = []
    for file in files {
      for version in 1...AtomicFile.backupVersions {
        let path = AtomicFile.backupPath(backupFile(file), version: version)
        var info = stat()
        guard stat(path, &info) == 0 else { break }
        let problem: String?
        do throws(STCError) {
          problem = Self.problem(readingBackup: try opened(AtomicFile.read(path), as: file), of: file)
        } catch {
          problem = error.message
        }
        result.append(
          Backup(
            file: file, version: version, saved: Timestamp(secondsSince1970: Int64(info.st_mtim.tv_sec)),
            bytes: Int(info.st_size), problem: problem))
      }
    }
    return result
  }

  /// Why the bytes cannot be read as `file`, or nil.
  static func problem(readingBackup bytes: [UInt8], of file: String) -> String? {
    if file == "project.json" {
      if case .failure(let message) = decodeVersioned(ProjectDocument.self, from: bytes) { return message }
      return nil
    }
    if CodingFileFormat.read(bytes) != nil { return nil }
    if case .failure(let message) = decodeVersioned(CodingDocument.self, from: bytes) { return message }
    return nil
  }

  /// Puts a kept version of a file back in place. The version being replaced becomes the newest
  /// backup, so a restore can itself be undone by restoring version 1. Refuses a backup that
  /// cannot be read; returns the problems the project has with it in place (a restored
  /// `project.json` may lack codes that later coding files use).
  public func restore(_ file: String, version: Int) throws(STCError) -> [ProjectProblem] {
    guard file == "project.json" || SaveJournal.isSafe(file) else {
      throw .usage("“\(file)” is not a project file with backups: name project.json or coding/CODER/TRANSCRIPT.json (see `stc backups`).")
    }
    guard (1...AtomicFile.backupVersions).contains(version) else {
      throw .usage("Backups are numbered 1 (the newest) to \(AtomicFile.backupVersions).")
    }
    let path = AtomicFile.backupPath(backupFile(file), version: version)
    guard let bytes = try? AtomicFile.read(path) else {
      throw .noInput("There is no backup \(version) of \(file): see `stc backups \(self.path)` for what is kept.")
    }
    if cipher == nil && isEncrypted { throw locked }
    if let problem = Self.problem(readingBackup: try opened(bytes, as: file), of: file) {
      throw .dataError("Backup \(version) of \(file) cannot be read (\(problem)); it was not restored.")
    }
    // Saves are not journaled here: one file is replaced atomically; its current version is
    // linked to backup 1 first, which moves the others down (the chosen one is read already).
    try AtomicFile.makeFolder((self.file(file) as NSString).deletingLastPathComponent)
    // (a backup kept before `stc encrypt` finished may still be plain: it is sealed on the way)
    let stored = cipher.map { ProjectCipher.isSealed(bytes) ? bytes : $0.seal(bytes, as: file) } ?? bytes
    // As the only writer, like every save: an open workbench finds the restored file on its
    // next save and saves on top of it.
    try writingAsTheOnlyWriter { () throws(STCError) in try AtomicFile.write(stored, to: self.file(file), backup: backupFile(file)) }
    return inspect().problems
  }
}
