import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Changing the passphrase of an encrypted project: every file is opened with the old key and
/// sealed with the new one, one file at a time and atomically, so that no plain text reaches
/// the disk (as decrypting and encrypting again would write it).
///
/// The new settings wait in `encryption-next.json` until every file is sealed with the new key;
/// then they replace `encryption.json`. A change that was interrupted leaves files under both
/// keys: such a project does not open, says why, and running the change again with the same
/// two passphrases finishes it.
extension ProjectFolder {
  /// Where the new encryption settings wait while the passphrase is being changed.
  public var nextEncryptionFile: String { "\(path)/encryption-next.json" }

  /// Whether a passphrase change was begun and has not finished.
  public var isChangingPassphrase: Bool { access(nextEncryptionFile, F_OK) == 0 }

  /// The settings of the new passphrase of a change that was interrupted; nil when none was.
  public func nextEncryptionSettings() throws(STCError) -> EncryptionSettings? {
    guard isChangingPassphrase else { return nil }
    return try Self.decodeSettings(nextEncryptionFile)
  }

  /// The error for a project whose passphrase change was interrupted.
  var changeInterrupted: STCError {
    .dataError(
      "A change of the passphrase of \(path) was interrupted: some files are sealed with the old passphrase and some "
        + "with the new one. Run `stc passphrase \(path)` again and give the same old and new passphrase: it finishes.")
  }

  /// Seals every file of the project with `newCipher` instead of this folder's key (the folder
  /// must be unlocked). The project must open without errors, and no one may have it open. Run
  /// again after an interruption, with a cipher unlocked from `nextEncryptionSettings()`, it
  /// finishes.
  public func changePassphrase(to newCipher: ProjectCipher, coder: CoderName) throws(STCError) -> EncryptionReport {
    guard isEncrypted else { throw .usage("\(name) is not encrypted: encrypt it with `stc encrypt`.") }
    guard let cipher else { throw locked }
    if let next = try nextEncryptionSettings(), next != newCipher.settings {
      throw .usage("\(name) is in the middle of a change to another new passphrase: give that one to finish it.")
    }
    return try withEveryoneOut(coder: coder, purpose: "stc passphrase") { () throws(STCError) -> EncryptionReport in
      if !isChangingPassphrase {
        try requireSound()
        try AtomicFile.write(ProjectFolder.encode(newCipher.settings), to: nextEncryptionFile)
      }
      let count = try rewriteEveryFile(
        file: { stored, logical throws(STCError) in
          guard ProjectCipher.isSealed(stored) else { return newCipher.seal(stored, as: logical) }
          if (try? newCipher.open(stored, as: logical)) != nil { return nil }
          return newCipher.seal(try cipher.open(stored, as: logical), as: logical)
        },
        line: { line, logical in
          if newCipher.openLine(line, as: logical) != nil { return Array(line) }
          if let plain = cipher.openLine(line, as: logical) { return newCipher.sealLine(plain, as: logical) }
          // a plain line is sealed; a damaged one stays as it is (reading the log skips it)
          return ProjectCipher.isSealedLine(line) ? Array(line) : newCipher.sealLine(Array(line), as: logical)
        })
      guard rename(nextEncryptionFile, encryptionFile) == 0 else {
        throw AtomicFile.failure("put the new passphrase in place as", encryptionFile, errno)
      }
      AtomicFile.syncFolder(path)
      _ = try ProjectFolder(path: path, cipher: newCipher).load()
      return EncryptionReport(files: count, notes: [])
    }
  }
}
