import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Encryption at rest: the files of an encrypted project are sealed with a key made from a
/// passphrase (see `ProjectCipher`); every read and write of a project file goes through
/// `sealer()` and `opened(_:as:)`, so no plain text of an encrypted project reaches the disk,
/// temporary files included.
extension ProjectFolder {
  /// The settings of an encrypted project; its presence makes the project encrypted.
  public var encryptionFile: String { "\(path)/encryption.json" }

  /// Whether the project is encrypted (or being encrypted or decrypted).
  public var isEncrypted: Bool { access(encryptionFile, F_OK) == 0 }

  /// The project's encryption settings; nil when it is not encrypted.
  public func encryptionSettings() throws(STCError) -> EncryptionSettings? {
    guard isEncrypted else { return nil }
    return try Self.decodeSettings(encryptionFile)
  }

  /// Encryption settings read from `file`.
  static func decodeSettings(_ file: String) throws(STCError) -> EncryptionSettings {
    let bytes = try AtomicFile.read(file, limit: 64 * 1024)
    guard let settings = try? JSONDecoder().decode(EncryptionSettings.self, from: Data(bytes)) else {
      throw .dataError(
        "\(file) is damaged: without it the project cannot be decrypted. Restore it from a copy of the project.")
    }
    return settings
  }

  /// This folder with the key made from `passphrase`; a plain project comes back as it is.
  public func unlocked(passphrase: String) throws(STCError) -> ProjectFolder {
    guard let settings = try encryptionSettings() else { return self }
    return ProjectFolder(path: path, cipher: try ProjectCipher.unlock(settings, passphrase: passphrase, project: name))
  }

  /// The error for an encrypted project opened without its passphrase.
  var locked: STCError {
    .noPermission(
      "\(path) is encrypted: stc needs its passphrase. In a terminal stc asks for it; scripts set "
        + "STC_PASSPHRASE_FILE to a file that holds it.")
  }

  /// How this folder turns a file's contents into the bytes on disk: sealed in an encrypted
  /// project, as they are in a plain one. Throws for an encrypted project that is still locked:
  /// nothing is ever written in plain text into it.
  func sealer() throws(STCError) -> @Sendable ([UInt8], String) -> [UInt8] {
    if isChangingPassphrase { throw changeInterrupted }
    if let cipher { return { plain, relative in cipher.seal(plain, as: relative) } }
    if isEncrypted { throw locked }
    return { plain, _ in plain }
  }

  /// The contents of a file read from disk: opened when sealed. A plain file in an encrypted
  /// project is read as it is (an `stc encrypt` that was interrupted; running it again finishes).
  public func opened(_ bytes: [UInt8], as relative: String) throws(STCError) -> [UInt8] {
    guard ProjectCipher.isSealed(bytes) else { return bytes }
    guard let cipher else { throw locked }
    return try cipher.open(bytes, as: relative)
  }

  /// Reads a project file, relative to the folder, and opens it.
  public func readFile(_ relative: String, limit: Int = AtomicFile.maximumReadSize) throws(STCError) -> [UInt8] {
    try opened(AtomicFile.read(file(relative), limit: limit + 64), as: relative)
  }

  /// The path a file in the project is sealed for: a backup is sealed as the file it keeps.
  static func sealedPath(of relative: String) -> String {
    guard relative.hasPrefix(".backup/") else { return relative }
    var logical = String(relative.dropFirst(".backup/".count))
    if let dot = logical.lastIndex(of: "."), let version = Int(logical[logical.index(after: dot)...]),
      (2...AtomicFile.backupVersions).contains(version)
    {
      logical = String(logical[..<dot])
    }
    return logical
  }
}

extension ProjectFolder {
  /// In an encrypted project: the data files still in plain text (an `stc encrypt` that was
  /// interrupted, or a file copied in by hand).
  func checkEncryption() -> [ProjectProblem] {
    guard cipher != nil else { return [] }
    var plain: [String] = []
    for relative in filesToEncrypt() {
      let fd = open(file(relative), O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { continue }
      var head = [UInt8](repeating: 0, count: ProjectCipher.fileMagic.count)
      let n = read(fd, &head, head.count)
      close(fd)
      if n <= 0 { continue }
      let sealed = relative.hasPrefix("log/") ? head.starts(with: Array(ProjectCipher.lineMagic.utf8)) : ProjectCipher.isSealed(head)
      if !sealed { plain.append(relative) }
    }
    guard !plain.isEmpty else { return [] }
    let list = plain.prefix(3).joined(separator: ", ") + (plain.count > 3 ? " and \(plain.count - 3) more" : "")
    return [
      ProjectProblem(
        .warning, "encryption.json",
        "the project is encrypted, but \(list) \(plain.count == 1 ? "is" : "are") still in plain text (an `stc encrypt` was interrupted?): run `stc encrypt \(path)` again.")
    ]
  }
}

/// What `stc encrypt` and `stc decrypt` did.
public struct EncryptionReport: Equatable, Sendable {
  /// Files rewritten.
  public var files: Int
  /// Files that stay as they are, with why (exports, a git repository).
  public var notes: [String]
}

extension ProjectFolder {
  /// Encrypts every file of the project with `cipher`. The project must open without errors
  /// (a damaged project is never rewritten) and no one may have it open. `encryption.json` is
  /// written first and each file is then replaced atomically, so an interruption leaves a
  /// project that opens with the passphrase, and running this again finishes the work.
  public func encrypt(with cipher: ProjectCipher, coder: CoderName) throws(STCError) -> EncryptionReport {
    if let existing = try encryptionSettings() {
      guard existing == cipher.settings else {
        throw .usage("\(name) is already encrypted. To change its passphrase, use `stc passphrase \(path)`.")
      }
    }
    return try withEveryoneOut(coder: coder, purpose: "stc encrypt") { () throws(STCError) -> EncryptionReport in
      try requireSound()
      if !isEncrypted {
        try AtomicFile.write(ProjectFolder.encode(cipher.settings), to: encryptionFile)
      }
      let sealedFolder = ProjectFolder(path: path, cipher: cipher)
      let count = try rewriteEveryFile(
        file: { stored, logical in ProjectCipher.isSealed(stored) ? nil : cipher.seal(stored, as: logical) },
        line: { line, logical in ProjectCipher.isSealedLine(line) ? Array(line) : cipher.sealLine(Array(line), as: logical) })
      _ = try sealedFolder.load()
      return EncryptionReport(files: count, notes: plainNotes())
    }
  }

  /// Decrypts every file of the project (the folder must be unlocked), then removes
  /// `encryption.json`; like `encrypt`, it can be run again after an interruption.
  public func decrypt(coder: CoderName) throws(STCError) -> EncryptionReport {
    guard isEncrypted else { throw .usage("\(name) is not encrypted.") }
    guard let cipher else { throw locked }
    return try withEveryoneOut(coder: coder, purpose: "stc decrypt") { () throws(STCError) -> EncryptionReport in
      try requireSound()
      let count = try rewriteEveryFile(
        file: { stored, logical throws(STCError) in ProjectCipher.isSealed(stored) ? try cipher.open(stored, as: logical) : nil },
        line: { line, logical in cipher.openLine(line, as: logical) ?? Array(line) })
      unlink(encryptionFile)
      AtomicFile.syncFolder(self.path)
      _ = try ProjectFolder(path: self.path).load()
      return EncryptionReport(files: count, notes: [])
    }
  }

  /// Every file that holds project data, relative to the folder: all but `encryption.json`,
  /// `.gitignore`, locks, exports and a git repository.
  func filesToEncrypt() -> [String] {
    let skipped: Set<String> = ["encryption.json", "encryption-next.json", ".gitignore", ".locks", "exports", ".git"]
    var result: [String] = []
    func walk(_ relative: String) {
      let full = relative.isEmpty ? path : file(relative)
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted() {
        let child = relative.isEmpty ? name : "\(relative)/\(name)"
        if relative.isEmpty && skipped.contains(name) { continue }
        if name.contains(".tmp-") { continue }
        var info = stat()
        guard lstat(file(child), &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(child)
        case S_IFREG: result.append(child)
        default: continue
        }
      }
    }
    walk("")
    return result
  }

  /// What stays in plain text beside an encrypted project, for the user to decide about.
  func plainNotes() -> [String] {
    var notes: [String] = []
    let exports = ((try? FileManager.default.contentsOfDirectory(atPath: file("exports"))) ?? []).filter { !$0.hasPrefix(".") }
    if !exports.isEmpty {
      notes.append(
        "exports/ holds \(exports.count) exported files in plain text; stc does not encrypt exports. Delete them if they should not stay.")
    }
    if FileManager.default.fileExists(atPath: file(".git")) {
      notes.append("The project is in a git repository: its history still holds the files as they were before.")
    }
    notes.append(
      "Copies of the plain files may remain in the disk's free space, and in any backup or copy made before; "
        + "keep the original transcripts on encrypted storage.")
    return notes
  }

  /// Refuses a project that does not open cleanly: it is never rewritten whole.
  func requireSound() throws(STCError) {
    _ = try recover()
    let errors = inspect().errors
    guard errors.isEmpty else {
      throw .dataError(
        "\(name) has problems (\(errors[0])); nothing was changed. Run `stc validate \(path)` and repair it first.")
    }
  }

  /// Runs `body`, which rewrites files of every kind, holding the lock of every coder who has
  /// worked on the project (so that no one has it open) and as its only writer.
  func withEveryoneOut<T>(coder: CoderName, purpose: String, _ body: () throws(STCError) -> T) throws(STCError) -> T {
    let held = try everyCodersLock(coder: coder, purpose: purpose)
    defer { for lock in held { lock.release() } }
    return try writingAsTheOnlyWriter(body)
  }

  /// The locks of every coder who has worked on the project, or a "busy" error for the first
  /// one held elsewhere (none is kept then).
  private func everyCodersLock(coder: CoderName, purpose: String) throws(STCError) -> [ProjectLock] {
    var coders = Set([coder])
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "\(path)/.locks")) ?? [] where name.hasSuffix(".lock") {
      if let other = try? CoderName(validating: String(name.dropLast(5))) { coders.insert(other) }
    }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: codingFolder)) ?? [] {
      if let other = try? CoderName(validating: name) { coders.insert(other) }
    }
    var held: [ProjectLock] = []
    for other in coders.sorted(by: { $0.rawValue < $1.rawValue }) {
      do {
        held.append(try ProjectLock.acquire(self, coder: other, purpose: purpose))
      } catch {
        for lock in held { lock.release() }
        throw error
      }
    }
    return held
  }

  /// Rewrites every data file of the project, each atomically: whole files through `file` (nil
  /// leaves a file as it is), change logs line by line through `line`; both get the path the
  /// file is sealed for. Returns how many files changed.
  func rewriteEveryFile(
    file transformFile: ([UInt8], String) throws(STCError) -> [UInt8]?,
    line transformLine: (ArraySlice<UInt8>, String) -> [UInt8]
  ) throws(STCError) -> Int {
    var count = 0
    for relative in filesToEncrypt() {
      let path = file(relative)
      let stored = try AtomicFile.read(path)
      let logical = Self.sealedPath(of: relative)
      let rewritten: [UInt8]?
      if relative.hasPrefix("log/") {
        rewritten = Self.mapLines(stored) { transformLine($0, logical) }
      } else {
        rewritten = try transformFile(stored, logical)
      }
      guard let rewritten, rewritten != stored else { continue }
      try AtomicFile.write(rewritten, to: path)
      count += 1
    }
    return count
  }

  static func mapLines(_ bytes: [UInt8], _ transform: (ArraySlice<UInt8>) -> [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    for line in bytes.split(separator: 10) {
      out += transform(line)
      out.append(10)
    }
    return out
  }
}
