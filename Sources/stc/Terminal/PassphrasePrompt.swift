import Foundation
import STCKit

#if canImport(Glibc)
  import Glibc
#endif

/// Asks for the passphrase of an encrypted project: from the file named by
/// $STC_PASSPHRASE_FILE (for scripts and tests), else on the terminal without echo, like ssh.
enum PassphrasePrompt {
  /// The passphrase from the file the environment variable `variable` names
  /// ($STC_PASSPHRASE_FILE, or $STC_NEW_PASSPHRASE_FILE for a new one), or nil when it is not set.
  static func fromEnvironment(_ variable: String = "STC_PASSPHRASE_FILE") throws(STCError) -> String? {
    guard let file = ProcessInfo.processInfo.environment[variable], !file.isEmpty else { return nil }
    let bytes = try AtomicFile.read(file, limit: 64 * 1024)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .dataError("\(file) (\(variable)) is not UTF-8 text.")
    }
    // The first line, without its line break.
    return String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
      .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
  }

  /// Reads a line from the terminal with echo off; nil when there is no terminal. Ctrl-C or
  /// Ctrl-D cancels (a usage error); the terminal is restored on every path.
  static func ask(_ prompt: String) throws(STCError) -> String? {
    let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
    guard tty >= 0 else { return nil }
    defer { close(tty) }
    var saved = termios()
    guard tcgetattr(tty, &saved) == 0 else { return nil }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
    tcsetattr(tty, TCSAFLUSH, &raw)
    defer {
      tcsetattr(tty, TCSAFLUSH, &saved)
      _ = write(tty, "\n", 1)
    }
    _ = prompt.withCString { write(tty, $0, strlen($0)) }
    var line: [UInt8] = []
    while true {
      var byte: UInt8 = 0
      let n = read(tty, &byte, 1)
      if n < 0 && errno == EINTR { continue }
      guard n == 1 else { throw .usage("No passphrase was given; nothing was opened.") }
      switch byte {
      case 10, 13: return String(decoding: line, as: UTF8.self)
      case 3, 4: throw .usage("Cancelled; nothing was opened.")
      case 0x7F, 8:
        // back over one character (a whole UTF-8 sequence)
        while let last = line.popLast(), last & 0xC0 == 0x80 {}
      case 0x15: line.removeAll()
      default: if byte >= 0x20 || byte == 9 { line.append(byte) }
      }
    }
  }

  /// The passphrase to open `folder` with: from the environment, else asked for (in Norwegian
  /// when the workbench speaks it).
  static func passphrase(for folder: ProjectFolder, norwegian: Bool = false) throws(STCError) -> String {
    if let given = try fromEnvironment() { return given }
    if let typed = try ask("\(norwegian ? "Passfrase" : "Passphrase") for \(folder.name): ") { return typed }
    throw .noPermission(
      "\(folder.path) is encrypted and there is no terminal to ask for its passphrase: set STC_PASSPHRASE_FILE to a file that holds it.")
  }

  /// A new passphrase, asked twice on a terminal (once from the environment: `variable` names
  /// the file that holds it). `command` is the command asking, for the messages.
  static func newPassphrase(
    for folder: ProjectFolder, variable: String = "STC_PASSPHRASE_FILE", command: String = "stc encrypt"
  ) throws(STCError) -> String {
    if let given = try fromEnvironment(variable) { return given }
    guard let first = try ask("New passphrase for \(folder.name) (at least \(ProjectCipher.minimumPassphraseLength) characters): ") else {
      throw .usage("\(command) asks for the new passphrase on a terminal; scripts set \(variable) to a file that holds it.")
    }
    guard first.count >= ProjectCipher.minimumPassphraseLength else {
      throw .usage("The passphrase is too short: use at least \(ProjectCipher.minimumPassphraseLength) characters. Nothing was changed.")
    }
    guard try ask("The same passphrase again: ") == first else {
      throw .usage("The two passphrases differ; nothing was changed. Run \(command) again.")
    }
    return first
  }
}

extension ProjectFolder {
  /// This folder unlocked with its passphrase when it is encrypted; as it is otherwise.
  func unlockedFromConsole(norwegian: Bool = false) throws(STCError) -> ProjectFolder {
    guard isEncrypted, cipher == nil else { return self }
    return try unlocked(passphrase: PassphrasePrompt.passphrase(for: self, norwegian: norwegian))
  }
}
