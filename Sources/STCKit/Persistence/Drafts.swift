import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Text being written in the workbench that is not saved into the project yet: a condensate
/// half done, a memo, a note. The workbench keeps it in `.drafts/<coder>.json`, rewritten and
/// synced after every keystroke, so that a terminal that dies (an SSH drop, a power cut) loses
/// none of it; on the next open the workbench puts it back in the editor and says so, as Vim
/// does with its swap file. Saving the text removes the draft.
public struct Draft: Codable, Equatable, Sendable {
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  /// What the text belongs to, as the workbench names it (opaque to the engine).
  public var target: String
  /// What the text is, in words, for the message on recovery ("Condensate: Trygghet").
  public var title: String
  public var text: String
  /// When it was last written.
  public var saved: Timestamp

  public init(target: String, title: String, text: String, saved: Timestamp) {
    self.schemaVersion = Self.currentSchemaVersion
    self.target = target
    self.title = title
    self.text = text
    self.saved = saved
  }
}

extension ProjectFolder {
  /// The path, relative to the folder, of a coder's draft.
  public static func draftPath(_ coder: CoderName) -> String { ".drafts/\(coder).json" }

  /// Keeps `draft` as the coder's unsaved text: atomically, synced, sealed when the project is
  /// encrypted.
  public func keepDraft(_ draft: Draft, coder: CoderName) throws(STCError) {
    let relative = Self.draftPath(coder)
    let seal = try sealer()
    try AtomicFile.makeFolder(file(".drafts"))
    try AtomicFile.write(seal(Self.encode(draft), relative), to: file(relative))
  }

  /// Removes the coder's draft (its text was saved into the project).
  public func discardDraft(coder: CoderName) {
    if unlink(file(Self.draftPath(coder))) == 0 { AtomicFile.syncFolder(file(".drafts")) }
  }

  /// The coder's unsaved text from a session that ended without saving it; nil when there is
  /// none, an error when the file cannot be read (it is then left where it is).
  public func draft(of coder: CoderName) -> Result<Draft, STCError>? {
    let relative = Self.draftPath(coder)
    guard access(file(relative), F_OK) == 0 else { return nil }
    do throws(STCError) {
      let bytes = try readFile(relative, limit: 64 * 1024 * 1024)
      guard let draft = try? JSONDecoder().decode(Draft.self, from: Data(bytes)) else {
        throw .dataError("\(relative) cannot be read as a draft")
      }
      return .success(draft)
    } catch {
      return .failure(error)
    }
  }
}
