import Foundation

extension ProjectFolder {
  /// Checks `project.json` on its own: unique ids and names, and references between its parts.
  static func checkIndex(_ d: ProjectDocument) -> [ProjectProblem] {
    var problems: [ProjectProblem] = []
    func error(_ message: String) { problems.append(ProjectProblem(.error, "project.json", message)) }
    func duplicates<T: Hashable>(_ values: [T]) -> [T] {
      var seen: Set<T> = []
      return values.filter { !seen.insert($0).inserted }
    }

    for n in duplicates(d.informants.map(\.number)) { error("informant \(n) is listed twice.") }
    for id in duplicates(d.transcripts.map(\.id)) { error("transcript “\(id)” is listed twice.") }
    for record in d.transcripts where !TranscriptImporter.isSafeID(record.id.rawValue) {
      error("the transcript id “\(record.id)” is not a safe file name (use a–z, 0–9, “-” and “_”).")
    }
    for id in duplicates(d.codes.map(\.id)) { error("code \(id) is listed twice.") }
    for name in duplicates(d.codes.map { Code.nameKey($0.name) }) {
      error("two codes are named “\(name)”: rename or merge one of them.")
    }
    for code in d.codes where Code.nameKey(code.name).isEmpty { error("code \(code.id) has no name.") }
    for id in duplicates(d.codeGroups.map(\.id)) { error("code group \(id) is listed twice.") }
    let subgroups = d.codeGroups.flatMap(\.subgroups)
    for id in duplicates(subgroups.map(\.id)) { error("subgroup \(id) is listed twice.") }
    for id in duplicates(d.themes.map(\.id)) { error("theme \(id) is listed twice.") }
    for id in duplicates(d.memos.map(\.id)) { error("memo \(id) is listed twice.") }

    let informants = Set(d.informants.map(\.number))
    for record in d.transcripts {
      if let n = record.informant, !informants.contains(n) {
        error("transcript “\(record.id)” belongs to informant \(n), who is not in the list of informants.")
      }
      for speaker in record.speakers {
        if let n = speaker.informant, !informants.contains(n) {
          error("speaker “\(speaker.label)” in “\(record.id)” is informant \(n), who is not in the list of informants.")
        }
      }
    }
    let subgroupIDs = Set(subgroups.map(\.id))
    for code in d.codes {
      if let s = code.subgroup, !subgroupIDs.contains(s) {
        error("code “\(code.name)” is sorted into subgroup \(s), which does not exist.")
      }
    }
    let groupIDs = Set(d.codeGroups.map(\.id))
    for theme in d.themes {
      for g in theme.codeGroups where !groupIDs.contains(g) {
        error("theme “\(theme.title)” points to code group \(g), which does not exist.")
      }
    }
    let transcriptIDs = Set(d.transcripts.map(\.id.rawValue))
    for key in d.impressions.keys.sorted() where !transcriptIDs.contains(key) {
      error("there are impressions for “\(key)”, which is not a transcript of the project.")
    }
    return problems
  }

  /// Checks what refers to meaning units and other objects once everything is loaded.
  static func checkReferences(_ project: Project) -> [ProjectProblem] {
    var problems: [ProjectProblem] = []
    for group in project.groups {
      for subgroup in group.subgroups {
        for unit in subgroup.recontextualised where project.unit(unit) == nil {
          problems.append(
            ProjectProblem(
              .error, "project.json",
              "subgroup “\(subgroup.name)” ticks meaning unit \(unit) as read again, and it does not exist."))
        }
        if let golden = subgroup.goldenQuote, project.unit(golden) == nil {
          problems.append(
            ProjectProblem(
              .error, "project.json",
              "the golden quotation of subgroup “\(subgroup.name)” is meaning unit \(golden), which does not exist."))
        }
      }
    }
    for memo in project.memos {
      do {
        try project.checkTarget(memo.target)
      } catch {
        problems.append(ProjectProblem(.error, "project.json", "memo \(memo.id) is attached to \(memo.target), which does not exist."))
      }
    }
    return problems
  }

  /// Warns about project files that other users of the machine can read: transcripts are
  /// sensitive health data.
  func checkPermissions() -> [ProjectProblem] {
    var problems: [ProjectProblem] = []
    let manager = FileManager.default
    var paths = [path]
    if let walker = manager.enumerator(atPath: path) {
      while let relative = walker.nextObject() as? String {
        if relative.hasPrefix(".backup") { continue }
        paths.append("\(path)/\(relative)")
      }
    }
    var exposed: [String] = []
    for file in paths {
      var info = stat()
      guard lstat(file, &info) == 0 else { continue }
      if info.st_mode & 0o077 != 0 { exposed.append(file == path ? "." : String(file.dropFirst(path.count + 1))) }
    }
    if !exposed.isEmpty {
      let list = exposed.prefix(5).joined(separator: ", ") + (exposed.count > 5 ? " and \(exposed.count - 5) more" : "")
      problems.append(
        ProjectProblem(
          .warning, ".",
          "other users of this machine can read or write \(list). Transcripts are sensitive: run "
            + "`chmod -R go-rwx \(path)`."))
    }
    return problems
  }
}
