import Foundation
import Testing

/// `stc encrypt` and `stc decrypt` as a user runs them, with the real scrypt cost.
@Suite struct EncryptionCLITests {
  @Test func encryptWorkAndDecrypt() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    let before = try cli.ok("stats", "demo.stc")
    FileManager.default.createFile(atPath: cli.home + "/pass", contents: Data("rødt eple og grønn pære\n".utf8))
    FileManager.default.createFile(atPath: cli.home + "/short", contents: Data("kort\n".utf8))
    FileManager.default.createFile(atPath: cli.home + "/wrong", contents: Data("feil passord her\n".utf8))
    let withPass = ["STC_PASSPHRASE_FILE": cli.home + "/pass"]

    // a too-short passphrase, and no terminal to ask on, are refused and change nothing
    let short = try cli.run(["encrypt", "demo.stc"], environment: ["STC_PASSPHRASE_FILE": cli.home + "/short"])
    #expect(short.status == 64 && short.stderr.contains("too short"))
    let noTerminal = try cli.run(["encrypt", "demo.stc"])
    #expect(noTerminal.status == 64 && noTerminal.stderr.contains("STC_PASSPHRASE_FILE"))
    #expect(!FileManager.default.fileExists(atPath: cli.work + "/demo.stc/encryption.json"))

    let encrypted = try cli.run(["encrypt", "demo.stc"], environment: withPass)
    #expect(encrypted.status == 0, "\(encrypted.stderr)")
    #expect(encrypted.stdout.contains("Encrypted") && encrypted.stdout.contains("ask for the passphrase"))
    let transcript = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/demo.stc/transcripts/informant1.txt"))
    #expect(transcript.starts(with: Data("STC-ENCRYPTED 1\n".utf8)))

    // without the passphrase: a clear error (EX_NOPERM); a wrong one likewise
    let locked = try cli.run(["stats", "demo.stc"])
    #expect(locked.status == 77 && locked.stderr.contains("is encrypted") && locked.stderr.contains("STC_PASSPHRASE_FILE"))
    let wrong = try cli.run(["stats", "demo.stc"], environment: ["STC_PASSPHRASE_FILE": cli.home + "/wrong"])
    #expect(wrong.status == 77 && wrong.stderr.contains("not the passphrase"))

    // with it, everything works as before
    #expect(try cli.run(["stats", "demo.stc"], environment: withPass).stdout == before)
    let coded = try cli.run(
      ["code", "demo.stc", "--transcript", "informant1", "--lines", "3-4", "--code", "Hemmelig kode"], environment: withPass)
    #expect(coded.status == 0, "\(coded.stderr)")
    let sheet = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/demo.stc/coding/anna/informant1.json"))
    #expect(sheet.starts(with: Data("STC-ENCRYPTED 1\n".utf8)))
    let validated = try cli.run(["validate", "demo.stc"], environment: withPass)
    #expect(validated.status == 0, "\(validated.stdout) \(validated.stderr)")
    #expect(try cli.run(["codes", "demo.stc"], environment: withPass).stdout.contains("Hemmelig kode"))

    let decrypted = try cli.run(["decrypt", "demo.stc"], environment: withPass)
    #expect(decrypted.status == 0, "\(decrypted.stderr)")
    #expect(!FileManager.default.fileExists(atPath: cli.work + "/demo.stc/encryption.json"))
    #expect(try cli.ok("codes", "demo.stc").contains("Hemmelig kode"))
    #expect(try cli.fails(64, "decrypt", "demo.stc").contains("not encrypted"))
  }

  @Test func changeThePassphrase() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try cli.ok("demo", "demo.stc")
    #expect(try cli.fails(64, "passphrase", "demo.stc").contains("is not encrypted"))
    FileManager.default.createFile(atPath: cli.home + "/old", contents: Data("rødt eple og grønn pære\n".utf8))
    FileManager.default.createFile(atPath: cli.home + "/new", contents: Data("blå bær og gule plommer\n".utf8))
    let old = ["STC_PASSPHRASE_FILE": cli.home + "/old"]
    #expect(try cli.run(["encrypt", "demo.stc"], environment: old).status == 0)
    let before = try cli.run(["stats", "demo.stc"], environment: old).stdout

    let noNew = try cli.run(["passphrase", "demo.stc"], environment: old)
    #expect(noNew.status == 64 && noNew.stderr.contains("STC_NEW_PASSPHRASE_FILE"))
    let changed = try cli.run(
      ["passphrase", "demo.stc"], environment: old.merging(["STC_NEW_PASSPHRASE_FILE": cli.home + "/new"]) { $1 })
    #expect(changed.status == 0, "\(changed.stderr)")
    #expect(changed.stdout.contains("with the new passphrase"))
    #expect(try cli.run(["stats", "demo.stc"], environment: old).status == 77)
    #expect(try cli.run(["stats", "demo.stc"], environment: ["STC_PASSPHRASE_FILE": cli.home + "/new"]).stdout == before)
  }
}
