import Foundation

/// A transcript read and normalised, ready to be added to a project.
public struct PreparedTranscript: Equatable, Sendable {
  public var sourceFile: String
  public var title: String
  public var text: String
  public var encoding: String
  /// The informant of an individual interview; nil for a focus group.
  public var informant: Int?
  /// For a focus group: informant numbers the user gave for speaker labels.
  public var speakerInformants: [String: Int]
  public var speakerPattern: SpeakerPattern

  public init(
    sourceFile: String, title: String, text: String, encoding: String, informant: Int?,
    speakerInformants: [String: Int] = [:], speakerPattern: SpeakerPattern = .standard
  ) {
    self.sourceFile = sourceFile
    self.title = title
    self.text = text
    self.encoding = encoding
    self.informant = informant
    self.speakerInformants = speakerInformants
    self.speakerPattern = speakerPattern
  }
}

/// Reads transcript files (.txt, .md, .docx) and adds them to a project, all or nothing.
public enum TranscriptImporter {
  /// The largest transcript file stc reads, far above any real interview.
  public static let maximumFileSize = 64 * 1024 * 1024

  /// The file types stc imports.
  public static let textExtensions: Set<String> = ["txt", "md", "text", "markdown"]

  /// Reads and normalises one file. `informant` overrides the number found in the file name; a
  /// focus group has none.
  public static func prepare(
    file path: String, informant: Int? = nil, focusGroup: Bool = false, title: String? = nil,
    speakerInformants: [String: Int] = [:], speakerPattern: SpeakerPattern = .standard
  ) throws(STCError) -> PreparedTranscript {
    let name = (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension.lowercased()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .noInput("\(path) does not exist.")
    }
    if isFolder.boolValue { throw .noInput("\(path) is a folder: name the transcript files in it instead.") }
    guard textExtensions.contains(ext) || ext == "docx" else {
      throw .dataError(
        "\(name) is a .\(ext.isEmpty ? "(no extension)" : ext) file: stc imports .txt, .md and .docx. "
          + "Save it in one of those formats first.")
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
      throw .dataError("\(name) is \(size / 1_048_576) MB, larger than any transcript stc accepts (64 MB).")
    }
    let text: String
    let encoding: String
    if ext == "docx" {
      text = try TextDecoding.normalise(DocxReader.text(of: URL(fileURLWithPath: path), fileName: name), fileName: name)
      encoding = "docx"
    } else {
      let decoded = try TextDecoding.decode(try AtomicFile.read(path), fileName: name)
      text = decoded.text
      encoding = decoded.encoding
    }
    let number: Int?
    if focusGroup {
      guard informant == nil else {
        throw .usage("A focus group has several informants: map its speakers with --speaker LABEL=N instead of --informant.")
      }
      number = nil
    } else if let informant {
      number = informant
    } else if let found = informantNumber(inFileName: name) {
      number = found
    } else {
      throw .usage(
        "Cannot tell which informant \(name) is: give --informant N, or name the file after the informant "
          + "(“informant3.txt”, “I3.docx”). For a focus group, give --focus-group.")
    }
    if let number, number < 1 { throw .usage("Informant numbers start at 1 (got \(number)).") }
    let stem = (name as NSString).deletingPathExtension
    return PreparedTranscript(
      sourceFile: name, title: title ?? stem, text: text, encoding: encoding, informant: number,
      speakerInformants: speakerInformants, speakerPattern: speakerPattern)
  }

  /// Reads and normalises several files, on all processors, in the order given. When a file
  /// cannot be read, the error of the first such file (in that order) is thrown.
  public static func prepare(
    files: [String], informant: Int? = nil, focusGroup: Bool = false, title: String? = nil,
    speakerInformants: [String: Int] = [:], speakerPattern: SpeakerPattern = .standard
  ) throws(STCError) -> [PreparedTranscript] {
    let results = concurrentMap(files) { file -> Result<PreparedTranscript, STCError> in
      do throws(STCError) {
        return .success(
          try prepare(
            file: file, informant: informant, focusGroup: focusGroup, title: title,
            speakerInformants: speakerInformants, speakerPattern: speakerPattern))
      } catch {
        return .failure(error)
      }
    }
    var prepared: [PreparedTranscript] = []
    for item in results {
      switch item {
      case .success(let value): prepared.append(value)
      case .failure(let error): throw error
      }
    }
    return prepared
  }

  /// The informant number in a file name: "informant3.docx", "I3.txt", "intervju_05.txt", "P2.md".
  public static func informantNumber(inFileName name: String) -> Int? {
    let stem = (name as NSString).deletingPathExtension.lowercased()
    guard let regex = informantPattern,
      let match = regex.firstMatch(in: stem, range: NSRange(stem.startIndex..., in: stem)),
      let range = Range(match.range(at: 1), in: stem)
    else { return nil }
    return Int(stem[range])
  }

  /// Compiled once: compiling it for every file cost an import of 100 files a tenth of its time.
  /// (NSRegularExpression is immutable once made, so sharing it is safe.)
  static let informantPattern = try? NSRegularExpression(
    pattern: #"(?:^|[^\p{L}])(?:informant|inf|intervju|interview|deltaker|participant|respondent|i|p|d|r)[ _-]*0*(\d{1,4})(?!\d)"#)

  /// A transcript id from a file name: lower case, æ ø å spelt out, other letters without accents,
  /// everything else a hyphen.
  public static func slug(_ name: String) -> String {
    let stem = (name as NSString).deletingPathExtension.lowercased()
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
      .replacingOccurrences(of: "å", with: "a")
      .folding(options: [.diacriticInsensitive], locale: nil)
    var slug = ""
    for scalar in stem.unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "_" {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug.append("-")
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "transcript" : String(slug.prefix(60))
  }

  /// Whether an id is safe as a file name: a–z, 0–9, "-" and "_", not starting with a dot.
  public static func isSafeID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 100
      && id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_" }
  }
}

extension ProjectFolder {
  /// Adds prepared transcripts to the project and saves them: all of them, or, when anything
  /// fails, none (files written so far are removed and `project` is left as it was).
  ///
  /// Informants that do not exist yet are created; in a focus group, speakers not mapped by the
  /// user get new informant numbers.
  public func importTranscripts(
    _ prepared: [PreparedTranscript], into project: inout Project, at time: Timestamp = .now()
  ) throws(STCError) -> [TranscriptRecord] {
    var updated = project
    var records: [TranscriptRecord] = []
    var usedIDs = Set(project.transcripts.map(\.id.rawValue))
    var hashes = Dictionary(project.transcripts.map { ($0.sha256, $0.id) }, uniquingKeysWith: { a, _ in a })
    // Bytes, hash and line index of each text, made on all processors.
    let made = concurrentMap(prepared) { item -> ([UInt8], String, TranscriptText) in
      let bytes = Array(item.text.utf8)
      return (bytes, Self.sha256(bytes), TranscriptText(bytes: bytes, speakerPattern: item.speakerPattern))
    }
    for (n, item) in prepared.enumerated() {
      let (bytes, hash, text) = made[n]
      if let existing = hashes[hash] {
        throw .dataError("\(item.sourceFile) has the same text as the transcript “\(existing)” already in the project.")
      }
      var id = TranscriptImporter.slug(item.sourceFile)
      if usedIDs.contains(id) {
        var n = 2
        while usedIDs.contains("\(id)-\(n)") { n += 1 }
        id = "\(id)-\(n)"
      }
      usedIDs.insert(id)
      hashes[hash] = TranscriptID(id)
      var speakers: [SpeakerAssignment] = []
      for label in text.turns.labels {
        if SpeakerRole.of(label: label) == .interviewer {
          speakers.append(SpeakerAssignment(label: label, interviewer: true))
        } else if let informant = item.informant {
          speakers.append(SpeakerAssignment(label: label, informant: informant))
        } else {
          let number = item.speakerInformants[label] ?? ((updated.informants.map(\.number).max() ?? 0) + 1)
          if updated.informant(number) == nil { updated.putInformant(Informant(number: number)) }
          speakers.append(SpeakerAssignment(label: label, informant: number))
        }
      }
      if let informant = item.informant, updated.informant(informant) == nil {
        updated.putInformant(Informant(number: informant))
      }
      let record = TranscriptRecord(
        id: TranscriptID(id), title: item.title, sourceFile: item.sourceFile, sourceEncoding: item.encoding,
        informant: item.informant, speakers: speakers, speakerPattern: item.speakerPattern.stored, sha256: hash,
        byteCount: bytes.count, lineCount: text.lineCount, imported: time)
      updated.addTranscript(record, text: text)
      records.append(record)
    }
    let seal = try sealer()
    try AtomicFile.makeFolder(transcriptsFolder)
    let files = records.map { (bytes: seal(updated.texts[$0.id]!.bytes, "transcripts/\($0.id).txt"), path: transcriptFile($0.id)) }
    try AtomicFile.writeAll(files)
    do {
      try save(updated, files: [.project])
    } catch {
      for file in files { unlink(file.path) }
      throw error
    }
    project = updated
    return records
  }
}

/// `transform` applied to every element on all processors, results in order.
func concurrentMap<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
  var results = [U?](repeating: nil, count: items.count)
  results.withUnsafeMutableBufferPointer { buffer in
    // Each iteration writes its own slot: no two touch the same memory.
    nonisolated(unsafe) let slots = buffer
    DispatchQueue.concurrentPerform(iterations: items.count) { i in slots[i] = transform(items[i]) }
  }
  return results.map { $0! }
}
