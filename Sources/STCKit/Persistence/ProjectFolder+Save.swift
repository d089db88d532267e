import Foundation

extension ProjectFolder {
  /// Encodes values as stc writes every file: pretty, keys sorted, slashes as they are, ending
  /// with a line feed, so that two researchers can diff and merge them in git.
  static func encode<T: Encodable>(_ value: T) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding these plain value types cannot fail.
    var bytes = [UInt8](try! encoder.encode(value))
    bytes.append(10)
    return bytes
  }

  /// The bytes of one project file as they would be saved now.
  public func bytes(of file: ProjectFile, in project: Project) -> [UInt8] {
    switch file {
    case .project:
      return Self.encode(ProjectDocument(project))
    case .sheet(let sheet):
      return CodingFileFormat.write(CodingDocument(sheet: sheet, units: project.sheets[sheet] ?? []))
    }
  }

  /// Saves the given files of `project`, keeping each previous version in .backup/. One file is
  /// replaced atomically; several go through the save journal, so that they change together or
  /// not at all (see `SaveJournal`). Holds the folder's save lock meanwhile (see `SaveLock`); to
  /// save only on top of what others saved, use `save(_:files:known:replaying:at:)`.
  public func save(_ project: Project, files: Set<ProjectFile>, at time: Timestamp = .now()) throws(STCError) {
    try writingAsTheOnlyWriter { () throws(STCError) in try writeProjectFiles(project, files: files, at: time) }
  }

  private func writeProjectFiles(_ project: Project, files: Set<ProjectFile>, at time: Timestamp) throws(STCError) {
    let seal = try sealer()
    let sorted = files.sorted()
    for coder in Set(sorted.compactMap { if case .sheet(let sheet) = $0 { sheet.coder } else { nil } }).sorted() {
      try AtomicFile.makeFolder("\(codingFolder)/\(coder)")
    }
    guard sorted.count > 1 else {
      for file in sorted {
        let relative = file.description
        try AtomicFile.write(seal(bytes(of: file, in: project), relative), to: self.file(relative), backup: backupFile(relative))
      }
      return
    }
    let folder = self
    let encode = { @Sendable (file: ProjectFile) -> (path: String, bytes: [UInt8]) in
      (file.description, seal(folder.bytes(of: file, in: project), file.description))
    }
    let contents = sorted.count < 4 ? sorted.map(encode) : concurrentMap(sorted, encode)
    try saveJournaled(contents, at: time)
  }

  /// Saves every file of the project: `project.json` and every coding file.
  public func saveAll(_ project: Project) throws(STCError) {
    try save(project, files: Set([.project] + project.sheets.keys.map { .sheet($0) }))
  }

  /// Creates a new, empty project folder and returns it with its project. Refuses a folder that
  /// already exists and is not empty.
  public static func create(at path: String, metadata: ProjectMetadata) throws(STCError) -> (ProjectFolder, Project) {
    let folder = ProjectFolder(path: path)
    let manager = FileManager.default
    if manager.fileExists(atPath: folder.path) {
      let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
      if manager.fileExists(atPath: folder.projectFile) {
        throw .cannotCreate("There is already a project at \(folder.path); open it, or choose another name.")
      }
      if !entries.isEmpty {
        throw .cannotCreate("\(folder.path) already exists and is not empty; choose a new folder name.")
      }
    }
    guard !metadata.title.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .usage("A project needs a title: give one with --title.")
    }
    try AtomicFile.makeFolder(folder.path)
    try AtomicFile.makeFolder(folder.transcriptsFolder)
    try AtomicFile.makeFolder(folder.codingFolder)
    try AtomicFile.write(Array(gitignore.utf8), to: folder.file(".gitignore"))
    let project = Project(metadata: metadata)
    try folder.save(project, files: [.project])
    return (folder, project)
  }
}

/// One line of the change log, `log/<coder>.jsonl`: who changed what, when.
public struct ChangeLogEntry: Codable, Equatable, Sendable {
  public var at: Timestamp
  public var coder: CoderName
  public var summary: String

  public init(at: Timestamp, coder: CoderName, summary: String) {
    self.at = at
    self.coder = coder
    self.summary = summary
  }
}

extension ProjectFolder {
  /// Appends entries to the coder's change log. The log is a record, not data: a failure to
  /// write it is reported but never undoes a saved change.
  public func appendToLog(_ entries: [ChangeLogEntry], coder: CoderName) throws(STCError) {
    guard !entries.isEmpty else { return }
    if cipher == nil && isEncrypted { throw locked }
    try AtomicFile.makeFolder(logFolder)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8] = []
    let relative = "log/\(coder).jsonl"
    for entry in entries {
      let line = Array((try? encoder.encode(entry)) ?? Data())
      bytes += cipher.map { $0.sealLine(line, as: relative) } ?? line
      bytes.append(10)
    }
    let path = logFile(coder)
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw AtomicFile.failure("open the change log", path, errno) }
    defer { close(fd) }
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fdatasync(fd) == 0 else {
      throw AtomicFile.failure("write the change log", path, errno)
    }
  }

  /// The change log of every coder, oldest first; lines that cannot be read are skipped.
  public func readLog() -> [ChangeLogEntry] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: logFolder)) ?? []).filter { $0.hasSuffix(".jsonl") }
    var entries: [ChangeLogEntry] = []
    let decoder = JSONDecoder()
    for file in files {
      guard let bytes = try? AtomicFile.read("\(logFolder)/\(file)") else { continue }
      for line in bytes.split(separator: 10) {
        let plain = ProjectCipher.isSealedLine(line) ? cipher?.openLine(line, as: "log/\(file)") : Array(line)
        if let plain, let entry = try? decoder.decode(ChangeLogEntry.self, from: Data(plain)) { entries.append(entry) }
      }
    }
    return entries.sorted { ($0.at, $0.coder) < ($1.at, $1.coder) }
  }
}

extension ProjectFolder {
  /// Writes a whole project, transcripts and all, into a new folder at `path` (a merge's
  /// result). Refuses a folder that exists.
  @discardableResult
  public static func create(with project: Project, at path: String, cipher: ProjectCipher? = nil) throws(STCError) -> ProjectFolder {
    let folder = ProjectFolder(path: path, cipher: cipher)
    if FileManager.default.fileExists(atPath: folder.path) {
      throw .cannotCreate("\(folder.path) already exists: choose a new name for the merged project.")
    }
    try AtomicFile.makeFolder(folder.transcriptsFolder)
    try AtomicFile.makeFolder(folder.codingFolder)
    try AtomicFile.write(Array(gitignore.utf8), to: folder.file(".gitignore"))
    if let cipher { try AtomicFile.write(encode(cipher.settings), to: folder.encryptionFile) }
    let seal = try folder.sealer()
    try AtomicFile.writeAll(
      project.transcripts.map { (bytes: seal(project.texts[$0.id]!.bytes, "transcripts/\($0.id).txt"), path: folder.transcriptFile($0.id)) })
    // A new folder needs no journal: until project.json is in place there is no project.
    let sheets = project.sheets.keys.sorted()
    for coder in Set(sheets.map(\.coder)).sorted() { try AtomicFile.makeFolder("\(folder.codingFolder)/\(coder)") }
    try folder.writeFiles(
      concurrentMap(sheets) {
        (path: ProjectFile.sheet($0).description, bytes: seal(folder.bytes(of: .sheet($0), in: project), ProjectFile.sheet($0).description))
      },
      backups: false)
    try AtomicFile.write(seal(folder.bytes(of: .project, in: project), "project.json"), to: folder.projectFile)
    return folder
  }
}
