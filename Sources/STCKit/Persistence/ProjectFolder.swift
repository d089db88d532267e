import Foundation

/// A project on disk: a folder `NAME.stc/` with `project.json`, `transcripts/<id>.txt` and
/// `coding/<coder>/<transcript>.json`. Knows the paths; loading, saving and importing live in
/// extensions.
public struct ProjectFolder: Equatable, Sendable {
  /// The folder's absolute path, without a trailing slash.
  public let path: String
  /// The key of an encrypted project, once its passphrase was given (see `unlocked`); nil for a
  /// plain project, and for an encrypted one that is still locked (which then cannot be read or
  /// written).
  public private(set) var cipher: ProjectCipher?

  public init(path: String) {
    var absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    absolute = (absolute as NSString).standardizingPath
    while absolute.count > 1 && absolute.hasSuffix("/") { absolute.removeLast() }
    self.path = absolute
  }

  /// The same folder with the key of its encryption.
  public init(path: String, cipher: ProjectCipher?) {
    self.init(path: path)
    self.cipher = cipher
  }

  /// The folder's name without ".stc", for messages.
  public var name: String {
    let last = (path as NSString).lastPathComponent
    return last.hasSuffix(".stc") ? String(last.dropLast(4)) : last
  }

  public var projectFile: String { "\(path)/project.json" }
  public var transcriptsFolder: String { "\(path)/transcripts" }
  public var codingFolder: String { "\(path)/coding" }
  public var backupFolder: String { "\(path)/.backup" }
  public var logFolder: String { "\(path)/log" }

  public func transcriptFile(_ id: TranscriptID) -> String { "\(transcriptsFolder)/\(id).txt" }
  public func sheetFile(_ sheet: CodingSheetID) -> String { "\(codingFolder)/\(sheet.coder)/\(sheet.transcript).json" }
  public func logFile(_ coder: CoderName) -> String { "\(logFolder)/\(coder).jsonl" }

  /// The path of a file given relative to the folder.
  public func file(_ relative: String) -> String { "\(path)/\(relative)" }

  /// Where the previous version of a project file is kept.
  public func backupFile(_ relative: String) -> String { "\(backupFolder)/\(relative)" }

  /// Finds the project a user means: `path` itself, or `path` with ".stc" added.
  public static func locate(_ path: String) throws(STCError) -> ProjectFolder {
    let manager = FileManager.default
    for candidate in [path, path.hasSuffix(".stc") ? nil : path + ".stc"].compactMap({ $0 }) {
      if manager.fileExists(atPath: candidate + "/project.json") { return ProjectFolder(path: candidate) }
    }
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw .noInput("\(path) is not an stc project (it has no project.json). Create one with `stc init \(path)`.")
    }
    throw .noInput("There is no project at \(path). Create one with `stc init \(path)`, or check the path.")
  }

  /// The project the current folder is, or is inside of, or the only `*.stc` folder in it.
  public static func discover(from start: String = FileManager.default.currentDirectoryPath) -> ProjectFolder? {
    var current = (start as NSString).standardizingPath
    while true {
      if FileManager.default.fileExists(atPath: current + "/project.json") { return ProjectFolder(path: current) }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { break }
      current = parent
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: start)) ?? []
    let projects = entries.filter { $0.hasSuffix(".stc") && FileManager.default.fileExists(atPath: "\(start)/\($0)/project.json") }
    return projects.count == 1 ? ProjectFolder(path: "\(start)/\(projects[0])") : nil
  }

  /// What the project folder tells git to leave alone: backups, temporary files, locks.
  static let gitignore = """
    # Written by stc: backups and temporary files stay out of version control.
    .backup/
    .*.tmp-*
    *.lock
    .locks/
    .journal
    .journal-damaged
    .drafts/
    exports/

    """
}
