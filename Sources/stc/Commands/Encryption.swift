import ArgumentParser
import Foundation
import STCKit

struct Encrypt: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Encrypt every file of a project with a passphrase.",
    discussion: """
      Interview transcripts are sensitive health data. An encrypted project keeps every file \
      (project.json, transcripts, coding files, the change log, backups) sealed with AES-256-GCM \
      under a key made from your passphrase with scrypt; stc asks for the passphrase whenever it \
      opens the project, and nothing is written to disk in plain text while you work. Exports \
      (Markdown, CSV, .qdpx) that you ask for are written in plain text.

      There is no way back without the passphrase: keep it in a password manager, and tell your \
      co-coder through a safe channel. Files that were plain before may remain in the disk's free \
      space and in older copies: encrypt a project before you import transcripts.

      No one may have the project open while it is encrypted. If encrypting is interrupted, run \
      the command again with the same passphrase: it finishes. To change the passphrase later, \
      use `stc passphrase`.

      Scripts give the passphrase in a file: STC_PASSPHRASE_FILE=secret.txt stc encrypt thesis.stc

      Examples:
        stc encrypt thesis.stc
        stc decrypt thesis.stc
      """)

  @OptionGroup var target: ProjectArgument
  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let located = try ProjectFolder.locate(target.project)
    let folder: ProjectFolder
    let cipher: ProjectCipher
    if located.isEncrypted {
      // Finishing an encryption that was interrupted, with the passphrase it began with.
      folder = try located.unlockedFromConsole()
      cipher = folder.cipher!
    } else {
      folder = located
      cipher = try ProjectCipher.create(passphrase: PassphrasePrompt.newPassphrase(for: folder))
    }
    let report = try folder.encrypt(with: cipher, coder: try coder.resolve())
    Console.line("Encrypted \(report.files) files of \(folder.path). stc will ask for the passphrase whenever it opens the project.")
    for note in report.notes { Console.line("Note: \(note)") }
  }
}

struct Decrypt: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Decrypt every file of an encrypted project, leaving it in plain text.",
    discussion: """
      Asks for the passphrase, then writes every file of the project in plain text and removes \
      encryption.json. No one may have the project open meanwhile. If decrypting is interrupted, \
      run the command again: it finishes.

      Examples:
        stc decrypt thesis.stc
      """)

  @OptionGroup var target: ProjectArgument
  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let located = try ProjectFolder.locate(target.project)
    guard located.isEncrypted else { throw .usage("\(located.path) is not encrypted; there is nothing to decrypt.") }
    let folder = try located.unlockedFromConsole()
    let report = try folder.decrypt(coder: try coder.resolve())
    Console.line("Decrypted \(report.files) files of \(folder.path): the project is in plain text now.")
  }
}

struct ChangePassphrase: STCCommand {
  static let configuration = CommandConfiguration(
    commandName: "passphrase",
    abstract: "Change the passphrase of an encrypted project.",
    discussion: """
      Asks for the current passphrase, then twice for the new one, and seals every file of the \
      project with a key made from the new passphrase, one file at a time; nothing is written \
      in plain text on the way. Afterwards only the new passphrase opens the project; copies \
      and backups made elsewhere before still open with the old one. No one may have the \
      project open meanwhile.

      If the change is interrupted, the project does not open until you run the command again \
      with the same old and new passphrase: it finishes.

      Scripts give the current passphrase in STC_PASSPHRASE_FILE and the new one in \
      STC_NEW_PASSPHRASE_FILE.

      Examples:
        stc passphrase thesis.stc
        STC_PASSPHRASE_FILE=old.txt STC_NEW_PASSPHRASE_FILE=new.txt \\
            stc passphrase thesis.stc
      """)

  @OptionGroup var target: ProjectArgument
  @OptionGroup var coder: CoderOption

  func execute() throws(STCError) {
    let located = try ProjectFolder.locate(target.project)
    guard located.isEncrypted else {
      throw .usage("\(located.path) is not encrypted: give it a passphrase with `stc encrypt \(target.project)`.")
    }
    let folder = try located.unlockedFromConsole()
    let newCipher: ProjectCipher
    if let next = try folder.nextEncryptionSettings() {
      // Finishing a change that was interrupted, with the new passphrase it began with.
      var given = try PassphrasePrompt.fromEnvironment("STC_NEW_PASSPHRASE_FILE")
      if given == nil { given = try PassphrasePrompt.ask("The new passphrase the interrupted change began with: ") }
      guard let given else {
        throw .usage("stc passphrase asks for the new passphrase on a terminal; scripts set STC_NEW_PASSPHRASE_FILE.")
      }
      newCipher = try ProjectCipher.unlock(next, passphrase: given, project: folder.name)
    } else {
      newCipher = try ProjectCipher.create(
        passphrase: PassphrasePrompt.newPassphrase(for: folder, variable: "STC_NEW_PASSPHRASE_FILE", command: "stc passphrase"))
    }
    let report = try folder.changePassphrase(to: newCipher, coder: try coder.resolve())
    Console.line(
      "Sealed \(report.files) files of \(folder.path) with the new passphrase. Only the new passphrase opens the project now.")
  }
}
