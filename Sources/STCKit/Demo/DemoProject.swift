import Foundation
import STCSamples

/// The demo project: the sample transcripts, coded in part by two coders ("anna" and "jonas"),
/// with codes sorted into groups and subgroups, some condensates and analytic texts, themes,
/// impressions and memos. Built from the transcripts compiled into the binary, with fixed ids and
/// times, so that every build makes the same project.
public enum DemoProject {
  /// The time the demo project was "created"; later changes are one minute apart.
  static let start = Timestamp(iso8601: "2026-04-14T08:00:00Z")!

  /// Writes the demo project into a new folder at `path`.
  @discardableResult
  public static func create(at path: String) throws(STCError) -> ProjectFolder {
    let metadata = ProjectMetadata(title: DemoPlan.title, researchQuestion: DemoPlan.question, language: .nb, created: start)
    var (folder, project) = try ProjectFolder.create(at: path, metadata: metadata)
    _ = try folder.importTranscripts(try preparedSamples(), into: &project, at: start)
    var builder = Builder(project: project)
    try builder.build()
    try folder.saveAll(builder.project)
    return folder
  }

  /// The sample transcripts as an analyst would import them.
  static func preparedSamples() throws(STCError) -> [PreparedTranscript] {
    let titles: [String: (String, Int?)] = [
      "informant1.txt": ("Intervju 1 – sykepleier", 1), "informant2.txt": ("Intervju 2 – helsefagarbeider", 2),
      "informant3.txt": ("Intervju 3 – sykepleier, natt", 3), "informant4.txt": ("Intervju 4 – vernepleier", 4),
      "informant5.txt": ("Intervju 5 – avdelingsleder", 5), "informant6.txt": ("Intervju 6 – nyutdannet sykepleier", 6),
      "fokusgruppe.txt": ("Fokusgruppe – sone nord", nil),
      "interview-e1.txt": ("Interview E1 – community nurse", 11), "interview-e2.txt": ("Interview E2 – care worker", 12),
    ]
    var prepared: [PreparedTranscript] = []
    for file in SampleTranscripts.all {
      let decoded = try TextDecoding.decode(file.bytes, fileName: file.name)
      let (title, informant) = titles[file.name] ?? (file.name, nil)
      prepared.append(
        PreparedTranscript(
          sourceFile: file.name, title: title, text: decoded.text, encoding: decoded.encoding, informant: informant,
          speakerInformants: informant == nil ? ["P1": 7, "P2": 8, "P3": 9, "P4": 10] : [:]))
    }
    return prepared
  }

  /// Applies the plan to the project, one operation at a time, as an analyst would.
  struct Builder {
    var project: Project
    var ids = IDGenerator(seed: 2026)
    var clock = DemoProject.start

    mutating func apply(_ operation: Operation) throws(STCError) {
      clock = Timestamp(secondsSince1970: clock.secondsSince1970 + 60)
      _ = try project.apply(operation, at: clock)
    }

    mutating func build() throws(STCError) {
      for (number, attributes) in DemoPlan.informants {
        guard var informant = project.informant(number) else { continue }
        informant.attributes = attributes
        try apply(.updateInformant(informant))
      }
      try buildCodebook()
      try buildUnits()
      try buildCondensation()
      try buildStepOne()
    }

    mutating func buildCodebook() throws(STCError) {
      for plan in DemoPlan.groups {
        let group = CodeGroup(id: ids.make(), name: plan.name, introduction: plan.introduction)
        try apply(.createGroup(group, at: project.groups.count))
        for (index, subgroupPlan) in plan.subgroups.enumerated() {
          let subgroup = Subgroup(id: ids.make(), name: subgroupPlan.name)
          try apply(.createSubgroup(subgroup, in: group.id, at: index))
          for name in subgroupPlan.codes {
            var code = project.newCode(named: name, valence: DemoPlan.valences[name], ids: &ids, at: clock)
            code.subgroup = subgroup.id
            code.description = DemoPlan.descriptions[name] ?? ""
            try apply(.createCode(code))
          }
        }
      }
      for name in ["Medisindispenser", "Videosamtaler med familie", "Tekniske feil"] {
        try apply(.createCode(project.newCode(named: name, valence: DemoPlan.valences[name], ids: &ids, at: clock)))
      }
    }

    mutating func buildUnits() throws(STCError) {
      for plan in DemoPlan.units {
        let span = try find(plan.words, in: plan.transcript)
        let op = try project.codePassage(
          transcript: plan.transcript, span: span, codeNames: plan.codes, coder: plan.coder, ids: &ids, at: clock)
        try apply(op)
      }
    }

    mutating func buildCondensation() throws(STCError) {
      for plan in DemoPlan.condensates {
        var subgroup = try project.subgroup(named: plan.subgroup)
        subgroup.condensate = plan.condensate
        subgroup.analyticText = plan.analytic
        if let words = plan.golden {
          let unit = project.allUnits.filter {
            project.quote(of: $0).replacingOccurrences(of: "\n", with: " ").contains(words) && $0.coder == DemoPlan.anna
          }
            .min { $0.id < $1.id }
          subgroup.goldenQuote = unit?.id
        }
        try apply(.updateSubgroup(subgroup))
      }
    }

    mutating func buildStepOne() throws(STCError) {
      for (index, plan) in DemoPlan.themes.enumerated() {
        let groups = plan.groups.compactMap { project.group(named: $0)?.id }
        try apply(.createTheme(Theme(id: ids.make(), title: plan.title, note: plan.note, codeGroups: groups), at: index))
      }
      let notes: [TranscriptID: String] = [
        "informant1": "Skeptisk, men ser at brukerne sover bedre. Sterk fortelling om samtykke og verdighet.",
        "informant2": "Dialekt. Ensomhet og «det lille ekstra» går igjen. Føler seg selv overvåket.",
        "informant3": "Natt: savner brukerne. «Man sparer ikke tid, man flytter den.»",
      ]
      for record in project.transcripts {
        var readBy: [CoderName] = []
        if record.informant.map({ $0 <= 6 }) ?? true { readBy.append(DemoPlan.anna) }
        if record.informant.map({ $0 <= 3 }) ?? false { readBy.append(DemoPlan.jonas) }
        try apply(.setImpression(Impression(note: notes[record.id] ?? "", readBy: readBy), for: record.id))
      }
      let memos: [(MemoTarget, CoderName?, String, String)] = [
        (.project, nil, "Om prosjektet", "Masterprosjekt i sykepleievitenskap. Analysen følger Malteruds systematiske tekstkondensering."),
        (.preconceptions(DemoPlan.anna), DemoPlan.anna, "Forforståelse",
         "Jeg har selv jobbet natt i hjemmesykepleien og var skeptisk til kamera. Jeg må passe på å se det positive informantene forteller."),
        (.preconceptions(DemoPlan.jonas), DemoPlan.jonas, "Forforståelse",
         "Jeg kommer fra IT og tror på teknologien. Jeg må lytte etter det som går tapt."),
      ]
      for (target, author, title, text) in memos {
        try apply(.createMemo(Memo(id: ids.make(), target: target, author: author, title: title, text: text, created: clock)))
      }
    }

    /// The span of `words` in a transcript (a space matches a line break: the interviews are
    /// wrapped).
    func find(_ words: String, in transcript: TranscriptID) throws(STCError) -> TextSpan {
      guard let text = project.texts[transcript], let span = text.occurrences(of: words).first else {
        throw .dataError("The demo plan quotes words that are not in \(transcript): “\(words)”.")
      }
      return span
    }
  }
}
