import Crypto
import CryptoExtras
import Foundation

/// How an encrypted project's key is made from its passphrase, kept in `encryption.json` (the
/// one file of an encrypted project that is not encrypted: it holds no data, only what is
/// needed to derive and check the key).
public struct EncryptionSettings: Codable, Equatable, Sendable {
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  /// "AES-256-GCM".
  public var cipher: String
  /// "scrypt".
  public var kdf: String
  /// scrypt's cost parameters: N (a power of two), r and p.
  public var scryptN: Int
  public var scryptR: Int
  public var scryptP: Int
  /// Random, 32 bytes, base64.
  public var salt: String
  /// A known text sealed with the key (base64): opening it tells a right passphrase from a
  /// wrong one before any file is touched.
  public var check: String

  /// The cost stc uses: N = 2^17, r = 8, p = 1 (128 MB of memory and about half a second per
  /// derivation, OWASP's recommendation for scrypt). Tests pass cheaper settings.
  public static let standardCost = (n: 1 << 17, r: 8, p: 1)
}

/// The key of an encrypted project and how files are sealed with it.
///
/// Every file of an encrypted project (`project.json`, transcripts, coding files, backups, the
/// save journal) is sealed whole with AES-256-GCM: the magic line `STC-ENCRYPTED 1`, then a
/// fresh 12-byte nonce, the ciphertext and the 16-byte tag. The file's path in the project is
/// the additional authenticated data, so a file moved to another name does not open. The change
/// log is appended to, so each of its lines is sealed on its own and written as base64.
public struct ProjectCipher: Equatable, Sendable {
  public let settings: EncryptionSettings
  let key: SymmetricKey

  static let fileMagic = Array("STC-ENCRYPTED 1\n".utf8)
  static let lineMagic = "stc-encrypted-1 "
  static let checkText = Array("stc passphrase check".utf8)
  /// Passphrases shorter than this are refused when a project is encrypted.
  public static let minimumPassphraseLength = 10

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.settings == rhs.settings && lhs.key == rhs.key }

  /// Makes a new key from `passphrase` with a fresh salt (for `stc encrypt`).
  public static func create(
    passphrase: String, cost: (n: Int, r: Int, p: Int) = EncryptionSettings.standardCost
  ) throws(STCError) -> ProjectCipher {
    guard passphrase.count >= minimumPassphraseLength else {
      throw .usage(
        "The passphrase is too short: use at least \(minimumPassphraseLength) characters (a few words you can remember are best).")
    }
    let salt = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    var settings = EncryptionSettings(
      schemaVersion: EncryptionSettings.currentSchemaVersion, cipher: "AES-256-GCM", kdf: "scrypt",
      scryptN: cost.n, scryptR: cost.r, scryptP: cost.p, salt: salt.base64EncodedString(), check: "")
    let key = try derive(passphrase, settings)
    let cipher = ProjectCipher(settings: settings, key: key)
    settings.check = Data(cipher.seal(checkText, as: "encryption.json")).base64EncodedString()
    return ProjectCipher(settings: settings, key: key)
  }

  /// The key of an encrypted project, from its settings and the passphrase; a clear error when
  /// the passphrase is wrong.
  public static func unlock(_ settings: EncryptionSettings, passphrase: String, project: String) throws(STCError) -> ProjectCipher {
    let cipher = ProjectCipher(settings: settings, key: try derive(passphrase, settings))
    guard let check = Data(base64Encoded: settings.check),
      (try? cipher.open(Array(check), as: "encryption.json")) == checkText
    else {
      throw .noPermission(
        "That is not the passphrase of \(project): nothing was read or changed. Try again; "
          + "stc cannot recover a forgotten passphrase (keep it in a password manager).")
    }
    return cipher
  }

  private init(settings: EncryptionSettings, key: SymmetricKey) {
    self.settings = settings
    self.key = key
  }

  private static func derive(_ passphrase: String, _ settings: EncryptionSettings) throws(STCError) -> SymmetricKey {
    guard settings.schemaVersion == EncryptionSettings.currentSchemaVersion, settings.cipher == "AES-256-GCM",
      settings.kdf == "scrypt", let salt = Data(base64Encoded: settings.salt), salt.count >= 16,
      settings.scryptN >= 2, settings.scryptN <= 1 << 22, settings.scryptN & (settings.scryptN - 1) == 0,
      (1...32).contains(settings.scryptR), (1...16).contains(settings.scryptP)
    else {
      throw .dataError(
        "encryption.json does not describe an encryption this stc knows (schema \(settings.schemaVersion), "
          + "\(settings.cipher), \(settings.kdf)); use the stc that encrypted the project.")
    }
    do {
      return try KDF.Scrypt.deriveKey(
        from: Array(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: 32,
        rounds: settings.scryptN, blockSize: settings.scryptR, parallelism: settings.scryptP)
    } catch {
      throw .ioError("The key could not be derived from the passphrase (\(error)); there may not be enough free memory.")
    }
  }

  /// Whether `bytes` are a sealed file.
  public static func isSealed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: fileMagic) }

  /// Seals a file's contents; `relative` is its path in the project.
  public func seal(_ plain: [UInt8], as relative: String) -> [UInt8] {
    // Sealing with a fresh random nonce and a valid key cannot fail.
    let box = try! AES.GCM.seal(plain, using: key, authenticating: Array(relative.utf8))
    return Self.fileMagic + Array(box.combined!)
  }

  /// Opens a sealed file; throws when it was changed, cut short, or sealed for another path or key.
  public func open(_ sealed: [UInt8], as relative: String) throws(STCError) -> [UInt8] {
    let damaged = STCError.dataError(
      "\(relative) cannot be decrypted: it was changed, cut short, or encrypted with another key. Restore it from .backup/.")
    guard Self.isSealed(sealed), sealed.count >= Self.fileMagic.count + 28 else { throw damaged }
    do {
      let box = try AES.GCM.SealedBox(combined: sealed[Self.fileMagic.count...])
      return Array(try AES.GCM.open(box, using: key, authenticating: Array(relative.utf8)))
    } catch {
      throw damaged
    }
  }

  /// Seals one line of an append-only file (the change log): a text line without line breaks.
  public func sealLine(_ plain: [UInt8], as relative: String) -> [UInt8] {
    let box = try! AES.GCM.seal(plain, using: key, authenticating: Array(relative.utf8))
    return Array((Self.lineMagic + box.combined!.base64EncodedString()).utf8)
  }

  /// Opens a line sealed by `sealLine`; nil when it is not one or does not open.
  public func openLine(_ line: ArraySlice<UInt8>, as relative: String) -> [UInt8]? {
    let magic = Array(Self.lineMagic.utf8)
    guard line.starts(with: magic), let combined = Data(base64Encoded: Data(line.dropFirst(magic.count))),
      let box = try? AES.GCM.SealedBox(combined: combined),
      let plain = try? AES.GCM.open(box, using: key, authenticating: Array(relative.utf8))
    else { return nil }
    return Array(plain)
  }

  /// Whether a line of an append-only file is sealed.
  public static func isSealedLine(_ line: ArraySlice<UInt8>) -> Bool { line.starts(with: Array(lineMagic.utf8)) }
}
