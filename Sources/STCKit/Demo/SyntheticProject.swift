/// A deterministic synthetic project for benchmarks and load tests: Norwegian-like interview
/// text with æøå, now and then an emoji or a CJK word, speaker turns, codes in groups and
/// subgroups, condensates, and meaning units of several coders who partly agree.
///
/// The same specification gives the same project, byte for byte, on every machine.
public struct SyntheticProject: Equatable, Sendable {
  public var transcripts: Int
  public var linesPerTranscript: Int
  /// Meaning units in all, shared among the coders.
  public var units: Int
  public var coders: Int
  public var codes: Int
  public var seed: UInt64

  public init(transcripts: Int, linesPerTranscript: Int, units: Int, coders: Int, codes: Int, seed: UInt64 = 1) {
    self.transcripts = transcripts
    self.linesPerTranscript = linesPerTranscript
    self.units = units
    self.coders = coders
    self.codes = codes
    self.seed = seed
  }

  /// The sizes `stc bench` measures.
  public enum Size: String, CaseIterable, Sendable {
    case small, medium, large

    public var spec: SyntheticProject {
      switch self {
      case .small: SyntheticProject(transcripts: 10, linesPerTranscript: 500, units: 1_000, coders: 2, codes: 100)
      case .medium: SyntheticProject(transcripts: 30, linesPerTranscript: 1_500, units: 6_000, coders: 2, codes: 600)
      case .large: SyntheticProject(transcripts: 100, linesPerTranscript: 2_000, units: 20_000, coders: 2, codes: 2_000)
      }
    }
  }

  /// Checks the numbers; throws a usage error that says which is out of range.
  public func validate() throws(STCError) {
    func check(_ value: Int, _ name: String, _ range: ClosedRange<Int>) throws(STCError) {
      guard range.contains(value) else {
        throw .usage("--\(name) must be between \(range.lowerBound) and \(range.upperBound) (got \(value)).")
      }
    }
    try check(transcripts, "transcripts", 1...10_000)
    try check(linesPerTranscript, "lines-per-transcript", 10...100_000)
    try check(units, "units", 0...10_000_000)
    try check(coders, "coders", 1...26)
    try check(codes, "codes", 1...100_000)
  }

  static let created = Timestamp(iso8601: "2026-01-05T08:00:00Z")!

  /// Builds the project in memory.
  public func make() -> Project {
    var random = Random(seed: seed)
    var ids = IDGenerator(seed: seed &+ 1)
    var project = Project(
      metadata: ProjectMetadata(
        title: "Syntetisk prosjekt (\(transcripts) intervjuer)",
        researchQuestion: "Hvordan erfarer ansatte og brukere digitalt tilsyn om natta?", language: .nb, created: Self.created))
    var clock = Self.created.secondsSince1970

    // Transcripts, one informant each.
    for t in 0..<transcripts {
      let number = t + 1
      project.putInformant(
        Informant(number: number, attributes: ["rolle": Self.roles[t % Self.roles.count], "alder": Self.ages[t % Self.ages.count]]))
      let bytes = Array(Self.interview(informant: number, lines: linesPerTranscript, random: &random).utf8)
      let text = TranscriptText(bytes: bytes)
      let id = TranscriptID("intervju-\(Self.padded(number, 3))")
      let speakers = text.turns.labels.map { label in
        SpeakerAssignment(label: label, informant: label == "I" ? nil : number, interviewer: label == "I")
      }
      project.addTranscript(
        TranscriptRecord(
          id: id, title: "Intervju \(number)", sourceFile: "\(id).txt", sourceEncoding: "utf-8", informant: number,
          speakers: speakers, sha256: ProjectFolder.sha256(bytes), byteCount: bytes.count, lineCount: text.lineCount,
          imported: Self.created),
        text: text)
    }

    // Codes in subgroups of groups; about one in ten stays unsorted.
    let subgroupCount = max(2, codes / 20)
    let groupCount = max(1, subgroupCount / 5)
    for g in 0..<groupCount {
      let name = "\(Self.capitalised(Self.nouns[g % Self.nouns.count])) og \(Self.nouns[(g * 7 + 3) % Self.nouns.count]) \(g + 1)"
      project.groups.append(CodeGroup(id: ids.make(), name: name, description: Self.sentence(&random, words: 8)))
    }
    for s in 0..<subgroupCount {
      let g = s % groupCount
      var subgroup = Subgroup(
        id: ids.make(), name: "\(Self.capitalised(Self.verbs[s % Self.verbs.count])) \(Self.nouns[(s * 3) % Self.nouns.count]) \(s + 1)")
      subgroup.condensate = (0..<4).map { _ in "Jeg " + Self.sentence(&random, words: 12) }.joined(separator: " ")
      if s % 2 == 0 { subgroup.analyticText = (0..<3).map { _ in "Informantene " + Self.sentence(&random, words: 14) }.joined(separator: " ") }
      project.groups[g].subgroups.append(subgroup)
    }
    let subgroups = project.groups.flatMap(\.subgroups).map(\.id)
    var codeIDs: [CodeID] = []
    for c in 0..<codes {
      let id: CodeID = ids.make()
      let name = "\(Self.nouns[c % Self.nouns.count]) \(Self.adjectives[(c / Self.nouns.count) % Self.adjectives.count]) \(c + 1)"
      project.putCode(
        Code(
          id: id, name: name, description: c % 3 == 0 ? Self.sentence(&random, words: 6) : "",
          colour: PaletteColour.cycling(c), valence: c % 11 == 0 ? .positive : (c % 13 == 0 ? .negative : nil),
          subgroup: c % 10 == 9 ? nil : subgroups[c % subgroups.count], created: Self.created))
      codeIDs.append(id)
    }

    // Meaning units: the first coder marks passages; the others code many of the same passages,
    // often with other bounds or other codes, as real coders do.
    let coderNames = (0..<coders).map { CoderName(stringLiteral: Self.coderNames[$0 % Self.coderNames.count] + ($0 >= Self.coderNames.count ? "\($0)" : "")) }
    let perCoder = coders == 0 ? 0 : units / coders
    var firstCoderUnits: [MeaningUnit] = []
    func pickCodes(_ random: inout Random) -> [CodeID] {
      // Skewed: a few codes are common, most are rare.
      let count = 1 + Int(random.next() % 3)
      return (0..<count).map { _ in
        let r = Double(random.next() % 1_000_000) / 1_000_000
        return codeIDs[min(codeIDs.count - 1, Int(r * r * Double(codeIDs.count)))]
      }
    }
    for (c, coder) in coderNames.enumerated() {
      let count = c == coders - 1 ? units - perCoder * (coders - 1) : perCoder
      for u in 0..<count {
        clock += 7
        let time = Timestamp(secondsSince1970: clock)
        var transcript: TranscriptID
        var span: TextSpan
        var codes: [CodeID]
        if c > 0, !firstCoderUnits.isEmpty, random.next() % 10 < 7 {
          let other = firstCoderUnits[u % firstCoderUnits.count]
          transcript = other.transcript
          let text = project.texts[transcript]!
          let lines = text.lines(of: other.span)
          let shift = Int(random.next() % 3) - 1
          let first = min(max(0, lines.lowerBound + (random.next() % 4 == 0 ? shift : 0)), text.lineCount - 1)
          let last = min(max(first, lines.upperBound), text.lineCount - 1)
          span = text.span(lines: first...last)
          codes = random.next() % 5 == 0 ? pickCodes(&random) : other.codes
        } else {
          transcript = project.transcripts[Int(random.next() % UInt64(project.transcripts.count))].id
          let text = project.texts[transcript]!
          let first = Int(random.next() % UInt64(text.lineCount))
          let last = min(text.lineCount - 1, first + Int(random.next() % 4))
          span = text.span(lines: first...last)
          codes = pickCodes(&random)
        }
        if span.isEmpty { continue }
        let unit = MeaningUnit(
          id: ids.make(), transcript: transcript, coder: coder, span: span, codes: codes,
          note: u % 17 == 0 ? Self.sentence(&random, words: 7) : "", created: time)
        project.insertUnit(unit)
        if c == 0 { firstCoderUnits.append(unit) }
      }
    }
    // (sheets in sorted order: a dictionary's order differs from one instance to the next)
    let orderedUnits = project.sheets.keys.sorted().flatMap { project.sheets[$0]! }
    for (i, subgroup) in subgroups.enumerated() where i % 3 == 0 {
      if let unit = orderedUnits.first(where: { $0.codes.contains { project.codes[$0]?.subgroup == subgroup } }) {
        let at = project.location(of: subgroup)!
        project.groups[at.group].subgroups[at.index].goldenQuote = unit.id
      }
    }
    project.themes = (0..<6).map { i in
      Theme(id: ids.make(), title: Self.capitalised(Self.nouns[i * 5 % Self.nouns.count]), note: Self.sentence(&random, words: 10),
        codeGroups: [project.groups[i % project.groups.count].id])
    }
    project.memos = coderNames.map { coder in
      Memo(id: ids.make(), target: .preconceptions(coder), author: coder, text: Self.sentence(&random, words: 30), created: Self.created)
    }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    project.rebuildIndexes()
    return project
  }

  // MARK: Text

  static func interview(informant: Int, lines: Int, random: inout Random) -> String {
    var out = ""
    out.reserveCapacity(lines * 72)
    var line = 0
    var interviewer = true
    while line < lines {
      let turn = interviewer ? 1 + Int(random.next() % 2) : 1 + Int(random.next() % 6)
      for i in 0..<min(turn, lines - line) {
        if i == 0 { out += interviewer ? "I: " : "Informant \(informant): " }
        out += sentence(&random, words: 7 + Int(random.next() % 6))
        if line % 47 == 13 { out += " " + emoji[Int(random.next() % UInt64(emoji.count))] }
        if line % 211 == 101 { out += " " + cjk[Int(random.next() % UInt64(cjk.count))] }
        out += "\n"
        line += 1
      }
      interviewer.toggle()
    }
    return out
  }

  static func sentence(_ random: inout Random, words: Int) -> String {
    var out = ""
    for w in 0..<words {
      let pool = w % 3 == 1 ? verbs : (w % 3 == 2 ? adjectives : nouns)
      if w > 0 { out += " " }
      out += pool[Int(random.next() % UInt64(pool.count))]
    }
    return out + "."
  }

  static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

  static func padded(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  static let nouns = [
    "natta", "tilsynet", "kameraet", "sensoren", "alarmen", "pårørende", "brukeren", "søvnen", "tryggheten", "ensomheten",
    "besøket", "skjermen", "vakta", "kollegaen", "lederen", "dokumentasjonen", "tida", "døra", "sengen", "stua",
    "kjøkkenet", "bilen", "ruta", "telefonen", "samtykket", "verdigheten", "blikket", "hånda", "stemmen", "øyeblikket",
  ]
  static let verbs = [
    "merker", "ser", "hører", "føler", "savner", "stoler på", "glemmer", "husker", "forteller", "skjønner", "våkner",
    "sover", "venter på", "ringer", "går til", "tenker på", "snakker om", "lærer", "bekymrer seg for", "får",
  ]
  static let adjectives = [
    "trygg", "utrygg", "stille", "lang", "kort", "rolig", "sliten", "glad", "ensom", "nær", "fjern", "ny", "gammel",
    "vanskelig", "enkel", "viktig", "små", "store", "våken", "mørk",
  ]
  static let emoji = ["😀", "🙂", "👍", "🏠", "🌙", "👩‍⚕️", "🇳🇴"]
  static let cjk = ["中文", "安心", "夜間", "介護"]
  static let roles = ["sykepleier", "helsefagarbeider", "vernepleier", "bruker", "pårørende", "avdelingsleder"]
  static let ages = ["25–34", "35–44", "45–54", "55–64", "65–79", "80+"]
  static let coderNames = ["anna", "jonas", "kari", "ola", "siri", "per"]

  /// SplitMix64: the generator's source of numbers, also for other reproducible workloads.
  public struct Random: Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
