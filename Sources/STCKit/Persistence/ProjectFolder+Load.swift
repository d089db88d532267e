import Crypto
import Foundation

/// The outcome of reading a project folder: the project when it could be read, and every problem.
public struct ProjectInspection: Sendable {
  public var project: Project?
  public var problems: [ProjectProblem]

  public var errors: [ProjectProblem] { problems.filter { $0.severity == .error } }
  public var warnings: [ProjectProblem] { problems.filter { $0.severity == .warning } }
}

extension ProjectFolder {
  /// Opens the project, or throws when anything is wrong with it. Nothing is ever written while
  /// opening, so a file that fails to load stays as it is.
  public func load() throws(STCError) -> Project {
    if cipher == nil && isEncrypted { throw locked }
    let inspection = inspect()
    let errors = inspection.errors
    guard let project = inspection.project, errors.isEmpty else {
      let shown = errors.prefix(3).map { "  \($0)" }.joined(separator: "\n")
      let more = errors.count > 3 ? "\n  … and \(errors.count - 3) more." : ""
      throw .dataError(
        "The project \(path) cannot be opened:\n\(shown)\(more)\nNothing was changed. "
          + "Run `stc validate \(path)` to see every problem; a previous version of each file is in .backup/.")
    }
    return project
  }

  /// Reads the whole project and checks it: hashes, spans, references. Used by `load()` and by
  /// `stc validate`, which prints every problem.
  public func inspect() -> ProjectInspection {
    var problems: [ProjectProblem] = []
    func error(_ file: String, _ message: String) { problems.append(ProjectProblem(.error, file, message)) }
    if cipher == nil && isEncrypted {
      return ProjectInspection(project: nil, problems: [ProjectProblem(.error, "encryption.json", locked.message)])
    }
    if isChangingPassphrase {
      return ProjectInspection(project: nil, problems: [ProjectProblem(.error, "encryption-next.json", changeInterrupted.message)])
    }

    // A save that was interrupted is read as if it had finished (opening for work finishes it).
    var journaled: [String: [UInt8]] = [:]
    switch pendingSave() {
    case .success(let journal)?:
      for file in journal.files { journaled[file.path] = file.bytes }
      problems.append(
        ProjectProblem(
          .warning, ".journal",
          "a save was interrupted at \(journal.at); the project is read as if it had finished, and opening it for work finishes it."))
    case .failure(let damage)?:
      problems.append(
        ProjectProblem(.warning, ".journal", "an unfinished save left a damaged journal (\(damage.reason)); it is not used."))
    case nil: break
    }
    let bytes: [UInt8]
    do throws(STCError) {
      if let fromJournal = journaled["project.json"] {
        bytes = try opened(fromJournal, as: "project.json")
      } else {
        bytes = try readFile("project.json")
      }
    } catch where error.kind == .dataError {
      // too large to be a project file, or a sealed file that does not open
      return ProjectInspection(project: nil, problems: [ProjectProblem(.error, "project.json", error.message)])
    } catch {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
      let message = exists
        ? "it is missing or unreadable (\(error.message)); this folder is not an stc project, or project.json was lost: restore it from .backup/project.json."
        : "there is no project folder at \(path)."
      return ProjectInspection(project: nil, problems: [ProjectProblem(.error, "project.json", message)])
    }
    let document: ProjectDocument
    switch Self.decodeVersioned(ProjectDocument.self, from: bytes) {
    case .failure(let message):
      return ProjectInspection(project: nil, problems: [ProjectProblem(.error, "project.json", message)])
    case .success(let value):
      document = value
    }

    var project = Project(metadata: document.project)
    project.informants = document.informants.sorted { $0.number < $1.number }
    project.transcripts = document.transcripts
    project.themes = document.themes
    project.groups = document.codeGroups
    project.memos = document.memos
    project.names = document.names
    for (key, impression) in document.impressions { project.impressions[TranscriptID(key)] = impression }
    for code in document.codes { project.codes[code.id] = code }
    problems += Self.checkIndex(document)
    problems += checkPermissions()
    problems += checkEncryption()

    // Read, hash and index every transcript on all processors.
    let records = document.transcripts.filter { TranscriptImporter.isSafeID($0.id.rawValue) }
    let folder = self
    let texts = concurrentMap(records) { record -> TranscriptText? in
      guard let text = try? folder.readFile("transcripts/\(record.id).txt", limit: TranscriptImporter.maximumFileSize),
        Self.sha256(text) == record.sha256
      else {
        return nil
      }
      let pattern: SpeakerPattern = record.speakerPattern.map { .custom($0) } ?? .standard
      return TranscriptText(bytes: text, speakerPattern: pattern)
    }
    for (record, text) in zip(records, texts) {
      if let text {
        project.texts[record.id] = text
        continue
      }
      let relative = "transcripts/\(record.id).txt"
      let size = ((try? FileManager.default.attributesOfItem(atPath: transcriptFile(record.id)))?[.size] as? NSNumber)?.intValue
      if size == nil {
        error(relative, "the text of transcript “\(record.title)” is missing: restore the file from a backup or a copy of the project.")
      } else if let size, size > TranscriptImporter.maximumFileSize + 64 {
        error(relative, "the file is \(size / 1_048_576) MB, larger than any transcript stc imports: it is not the text that was imported. Restore the original file.")
      } else if case .failure(let failure) = Result(catching: { () throws(STCError) in try readFile(relative) }) {
        error(relative, failure.message)
      } else {
        error(relative, "the text has changed since it was imported (its SHA-256 does not match): transcripts must never be edited. Restore the original file.")
      }
    }

    problems += loadSheets(into: &project, journaled: journaled)
    project.rebuildIndexes()
    problems += Self.checkReferences(project)
    return ProjectInspection(project: project, problems: problems)
  }

  /// Reads every coding file into `project`, checking each meaning unit against its transcript.
  private func loadSheets(into project: inout Project, journaled: [String: [UInt8]]) -> [ProjectProblem] {
    var problems: [ProjectProblem] = []
    let manager = FileManager.default
    let coderFolders = ((try? manager.contentsOfDirectory(atPath: codingFolder)) ?? []).sorted()
    var seen: [MeaningUnitID: String] = [:]
    // The files first, then read and parsed on all processors, then checked in order.
    var found: [(relative: String, coder: CoderName, transcript: TranscriptID)] = []
    for folder in coderFolders where !folder.hasPrefix(".") {
      guard let coder = try? CoderName(validating: folder) else {
        problems.append(ProjectProblem(.error, "coding/\(folder)", "this folder name is not a valid coder name."))
        continue
      }
      let files = ((try? manager.contentsOfDirectory(atPath: "\(codingFolder)/\(folder)")) ?? []).sorted()
      for fileName in files where fileName.hasSuffix(".json") && !fileName.hasPrefix(".") {
        found.append(("coding/\(folder)/\(fileName)", coder, TranscriptID(String(fileName.dropLast(5)))))
      }
    }
    // Coding files that exist so far only in an interrupted save's journal.
    let known = Set(found.map(\.relative))
    for path in journaled.keys.sorted() where path.hasPrefix("coding/") && !known.contains(path) {
      let parts = path.split(separator: "/")
      guard let coder = try? CoderName(validating: String(parts[1])) else { continue }
      found.append((path, coder, TranscriptID(String(parts[2].dropLast(5)))))
    }
    found.sort { $0.relative < $1.relative }
    let folder = self
    let parsed = concurrentMap(found.map(\.relative)) { relative -> Decoded<CodingDocument> in
      let bytes: [UInt8]
      do throws(STCError) {
        if let fromJournal = journaled[relative] {
          bytes = try folder.opened(fromJournal, as: relative)
        } else {
          bytes = try folder.readFile(relative)
        }
      } catch {
        return .failure(error.kind == .noInput ? "the file cannot be read." : error.message)
      }
      if let fast = CodingFileFormat.read(bytes) { return .success(fast) }
      return Self.decodeVersioned(CodingDocument.self, from: bytes)
    }
    for ((relative, coder, transcript), outcome) in zip(found, parsed) {
      do {
        func error(_ message: String) { problems.append(ProjectProblem(.error, relative, message)) }
        let document: CodingDocument
        switch outcome {
        case .failure(let message):
          error(message)
          continue
        case .success(let value):
          document = value
        }
        guard document.coder == coder, document.transcript == transcript else {
          error("it says it holds \(document.coder)’s coding of \(document.transcript), but its place says \(coder)’s coding of \(transcript). Move it back where it belongs.")
          continue
        }
        guard let text = project.texts[transcript] else {
          if project.transcript(transcript) == nil {
            error("there is no transcript “\(transcript)” in the project for these meaning units.")
          }
          continue
        }
        var units: [MeaningUnit] = []
        units.reserveCapacity(document.meaningUnits.count)
        for stored in document.meaningUnits {
          if let other = seen[stored.id] {
            error("meaning unit \(stored.id) appears twice (also in \(other)).")
            continue
          }
          seen[stored.id] = relative
          guard stored.start < stored.end else {
            error("meaning unit \(stored.id) ends (\(stored.end)) before it starts (\(stored.start)).")
            continue
          }
          let span = TextSpan(start: stored.start, end: stored.end)
          if let problem = text.problem(with: span) {
            error("meaning unit \(stored.id) does not fit its transcript: \(problem).")
            continue
          }
          for code in stored.codes where project.codes[code] == nil {
            error("meaning unit \(stored.id) has a code \(code) that is not in the codebook.")
          }
          units.append(
            MeaningUnit(
              id: stored.id, transcript: transcript, coder: coder, span: span, codes: stored.codes,
              note: stored.note ?? "", created: stored.created, modified: stored.modified))
        }
        project.setSheet(CodingSheetID(coder: coder, transcript: transcript), units: units)
      }
    }
    return problems
  }

  enum Decoded<T: Sendable>: Sendable {
    case success(T)
    case failure(String)
  }

  /// Decodes a project file after checking its schema version; a failure is one sentence that
  /// says where the problem is and what to do.
  static func decodeVersioned<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> Decoded<T> {
    let data = Data(bytes)
    let decoder = JSONDecoder()
    if bytes.isEmpty { return .failure("the file is empty: restore it from .backup/.") }
    if let syntax = JSONSyntaxCheck.firstError(in: bytes) {
      return .failure("the JSON is broken at line \(syntax.line), column \(syntax.column): \(syntax.message).")
    }
    guard let probe = try? decoder.decode(SchemaVersionProbe.self, from: data), let version = probe.schemaVersion else {
      return .failure("it has no schemaVersion: it was not written by stc, or it was damaged.")
    }
    if version > Project.schemaVersion {
      return .failure(
        "it was written by a newer stc (file format \(version); this stc reads up to \(Project.schemaVersion)). "
          + "Update stc to open it.")
    }
    if version < 1 { return .failure("its schemaVersion \(version) is not valid.") }
    do {
      return .success(try decoder.decode(T.self, from: data))
    } catch let error as DecodingError {
      return .failure(describe(error))
    } catch {
      return .failure("it cannot be read: \(error).")
    }
  }

  /// A decoding error in words, with the JSON path of the value at fault.
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var text = ""
      for key in keys {
        if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
      }
      return text.isEmpty ? "the top level" : text
    }
    switch error {
    case .keyNotFound(let key, let context):
      let at = context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))"
      return "the field “\(key.stringValue)” is missing\(at)."
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) should be \(describe(type)). \(context.debugDescription)"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)) is null but should be \(describe(type))."
    case .dataCorrupted(let context):
      return "\(path(context.codingPath)): \(context.debugDescription)."
    @unknown default:
      return "it cannot be read: \(error)."
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Int.Type: "a whole number"
    case is Bool.Type: "true or false"
    default: "a \(type)"
    }
  }

  /// SHA-256 in lowercase hexadecimal.
  public static func sha256(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
