/// One coder's coding, possibly from another copy of the project.
public struct CodingSide: Sendable {
  public var project: Project
  public var coder: CoderName

  public init(project: Project, coder: CoderName) {
    self.project = project
    self.coder = coder
  }
}

/// What is compared: lines or characters, and optionally only some codes and transcripts.
public struct AgreementOptions: Equatable, Sendable {
  public enum UnitKind: String, Codable, Sendable, CaseIterable {
    /// A transcript line is coded with a code if a meaning unit with it touches the line.
    case line
    /// A character (a Unicode scalar) is coded if a meaning unit with the code covers it.
    case character
  }

  public var unit: UnitKind
  /// Code names to compare (compared without case); nil for every code either coder used.
  public var codes: [String]?
  /// Transcripts to compare; nil for those both coders have coded.
  public var transcripts: [TranscriptID]?

  public init(unit: UnitKind = .line, codes: [String]? = nil, transcripts: [TranscriptID]? = nil) {
    self.unit = unit
    self.codes = codes
    self.transcripts = transcripts
  }
}

/// The agreement between two coders, per code and overall.
public struct AgreementReport: Equatable, Sendable, Codable {
  public var coders: [String]
  public var unit: AgreementOptions.UnitKind
  public var transcripts: [String]
  /// Lines or characters in the compared transcripts.
  public var unitsCompared: Int
  /// Per code, sorted by name.
  public var codes: [CodeAgreement]
  /// Every (unit, code) pair as one yes/no item.
  public var overall: CodeAgreement
}

/// Compares two codings by merging sorted intervals per code and transcript: no per-unit
/// bitmaps, so 20,000 meaning units take milliseconds.
public enum AgreementCalculator {
  public static func compare(_ first: CodingSide, _ second: CodingSide, options: AgreementOptions = AgreementOptions())
    throws(STCError) -> AgreementReport
  {
    guard first.coder != second.coder || first.project != second.project else {
      throw .usage("Compare two different coders (or the same coder in two copies of the project).")
    }
    let transcripts = try chooseTranscripts(first, second, options.transcripts)
    let wanted = options.codes.map { Set($0.map(Code.nameKey)) }
    if let codes = options.codes {
      for name in codes where first.project.code(named: name) == nil && second.project.code(named: name) == nil {
        throw .usage("Neither coding has a code named “\(name)”.")
      }
    }
    var tables: [String: AgreementTable] = [:]
    var displayNames: [String: String] = [:]
    var universe = 0
    // Codes are compared by name key; each key gets a number once, so that the work per meaning
    // unit is array indexing, not hashing strings.
    var keys = CodeKeys(wanted: wanted)
    // (In any order: within one project no two codes share a name key, so the order decides
    // only the numbers, and the first side's names win.)
    for id in first.project.codes.keys { _ = keys.number(of: id, side: 0, in: first.project) }
    for id in second.project.codes.keys { _ = keys.number(of: id, side: 1, in: second.project) }
    // Transcripts on all processors: every code has its number already, so each works on its
    // own copy of the numbering and nothing is shared.
    let numbering = keys
    let unit = options.unit
    let perTranscript = concurrentMap(transcripts) { id -> (size: Int, tables: [(key: Int, table: AgreementTable)]) in
      var keys = numbering
      let text = first.project.texts[id]!
      let a = intervals(first, id, text, unit, &keys, side: 0)
      let b = intervals(second, id, text, unit, &keys, side: 1)
      let size = unit == .line ? text.lineCount : scalarCount(text.bytes, 0, text.byteCount)
      var tables: [(key: Int, table: AgreementTable)] = []
      // Both lists are sorted by key: walk them side by side.
      var i = 0
      var j = 0
      while i < a.count || j < b.count {
        let key = min(i < a.count ? a[i].key : .max, j < b.count ? b[j].key : .max)
        let first = i < a.count && a[i].key == key ? a[i].ranges : []
        let second = j < b.count && b[j].key == key ? b[j].ranges : []
        if i < a.count && a[i].key == key { i += 1 }
        if j < b.count && b[j].key == key { j += 1 }
        let both = intersectionLength(first, second)
        let firstLength = length(first)
        let secondLength = length(second)
        tables.append(
          (key, AgreementTable(
            both: both, onlyFirst: firstLength - both, onlySecond: secondLength - both,
            neither: size - firstLength - secondLength + both)))
      }
      return (size, tables)
    }
    var counts = [AgreementTable](repeating: .zero, count: keys.names.count)
    for (size, tables) in perTranscript {
      universe += size
      for (key, table) in tables { counts[key] = counts[key] + table }
    }
    for (index, key) in keys.keys.enumerated() where counts.indices.contains(index) && counts[index] != .zero {
      tables[key] = counts[index]
      displayNames[key] = keys.names[index]
    }
    // A code used in one transcript only still counts "neither" in every other compared one.
    for key in wanted ?? Set(tables.keys) where tables[key] == nil || tables[key]!.units < universe {
      var table = tables[key] ?? .zero
      table.neither += universe - table.units
      tables[key] = table
      if displayNames[key] == nil {
        displayNames[key] = first.project.code(named: key)?.name ?? second.project.code(named: key)?.name ?? key
      }
    }
    let perCode = tables.keys.sorted().map {
      CodeAgreement(code: displayNames[$0] ?? $0, table: tables[$0]!, first: first.coder, second: second.coder)
    }
    let pooled = perCode.reduce(AgreementTable.zero) { $0 + $1.table }
    return AgreementReport(
      coders: [first.coder.rawValue, second.coder.rawValue], unit: options.unit, transcripts: transcripts.map(\.rawValue),
      unitsCompared: universe, codes: perCode,
      overall: CodeAgreement(code: "all codes", table: pooled, first: first.coder, second: second.coder))
  }

  /// The transcripts to compare: those named, or those both coders have coded; in both copies
  /// with the same text.
  static func chooseTranscripts(_ first: CodingSide, _ second: CodingSide, _ named: [TranscriptID]?) throws(STCError)
    -> [TranscriptID]
  {
    func coded(_ side: CodingSide) -> Set<TranscriptID> {
      Set(side.project.sheets.keys.filter { $0.coder == side.coder }.map(\.transcript))
    }
    let codedByFirst = coded(first)
    let codedBySecond = coded(second)
    let candidates = named ?? first.project.transcripts.map(\.id).filter { codedByFirst.contains($0) && codedBySecond.contains($0) }
    for id in candidates {
      guard let a = first.project.transcript(id) else { throw .usage("There is no transcript “\(id)” in the first project.") }
      guard let b = second.project.transcript(id) else { throw .usage("There is no transcript “\(id)” in the second project.") }
      guard a.sha256 == b.sha256 else {
        throw .dataError("The transcript “\(id)” has different texts in the two copies: they cannot be compared.")
      }
    }
    if candidates.isEmpty {
      throw .usage("\(first.coder) and \(second.coder) have not both coded any transcript: nothing to compare.")
    }
    return candidates
  }

  /// The numbers given to code name keys, and the key of each code of each side.
  struct CodeKeys {
    let wanted: Set<String>?
    /// Key number → key, and the name it was first seen under.
    var keys: [String] = []
    var names: [String] = []
    var numbers: [String: Int] = [:]
    /// Per side, code → key number (-1 for a code that is not wanted).
    var byCode: [[CodeID: Int]] = [[:], [:]]

    init(wanted: Set<String>?) { self.wanted = wanted }

    mutating func number(of code: CodeID, side: Int, in project: Project) -> Int? {
      if let known = byCode[side][code] { return known < 0 ? nil : known }
      guard let found = project.codes[code] else { return nil }
      let key = Code.nameKey(found.name)
      guard wanted?.contains(key) ?? true else {
        byCode[side][code] = -1
        return nil
      }
      let number: Int
      if let known = numbers[key] {
        number = known
      } else {
        number = keys.count
        keys.append(key)
        names.append(found.name)
        numbers[key] = number
      }
      byCode[side][code] = number
      return number
    }
  }

  /// Per code (key number, in ascending order), the sorted, merged intervals a coder coded in
  /// one transcript.
  static func intervals(
    _ side: CodingSide, _ transcript: TranscriptID, _ text: TranscriptText, _ kind: AgreementOptions.UnitKind,
    _ keys: inout CodeKeys, side index: Int
  ) -> [(key: Int, ranges: [Range<Int>])] {
    var pairs: [(key: Int, range: Range<Int>)] = []
    let units = side.project.sheets[CodingSheetID(coder: side.coder, transcript: transcript)] ?? []
    pairs.reserveCapacity(units.count * 2)
    for unit in units {
      let range: Range<Int>
      switch kind {
      case .line:
        let lines = text.lines(of: unit.span)
        range = lines.lowerBound..<(lines.upperBound + 1)
      case .character:
        range = unit.span.start..<unit.span.end
      }
      for codeID in unit.codes {
        guard let key = keys.number(of: codeID, side: index, in: side.project) else { continue }
        pairs.append((key, range))
      }
    }
    pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.range.lowerBound < $1.range.lowerBound }
    var result: [(key: Int, ranges: [Range<Int>])] = []
    var p = 0
    while p < pairs.count {
      let key = pairs[p].key
      var list: [Range<Int>] = []
      while p < pairs.count && pairs[p].key == key {
        let range = pairs[p].range
        if let last = list.last, range.lowerBound <= last.upperBound {
          list[list.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
        } else {
          list.append(range)
        }
        p += 1
      }
      // Byte ranges to scalar ranges, in one pass over the text.
      result.append((key, kind == .character ? toScalars(list, text.bytes) : list))
    }
    return result
  }

  static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  static func length(_ ranges: [Range<Int>]) -> Int { ranges.reduce(0) { $0 + $1.count } }

  /// The length both sorted, merged lists cover.
  static func intersectionLength(_ a: [Range<Int>], _ b: [Range<Int>]) -> Int {
    var i = 0
    var j = 0
    var total = 0
    while i < a.count && j < b.count {
      let low = max(a[i].lowerBound, b[j].lowerBound)
      let high = min(a[i].upperBound, b[j].upperBound)
      if low < high { total += high - low }
      if a[i].upperBound < b[j].upperBound { i += 1 } else { j += 1 }
    }
    return total
  }

  /// Unicode scalars in bytes `from..<to` of UTF-8: the bytes that are not continuation bytes.
  static func scalarCount(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    var count = 0
    for i in from..<to where bytes[i] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Sorted byte ranges as scalar ranges.
  static func toScalars(_ ranges: [Range<Int>], _ bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var position = 0
    var scalars = 0
    for range in ranges {
      scalars += scalarCount(bytes, position, range.lowerBound)
      let start = scalars
      scalars += scalarCount(bytes, range.lowerBound, range.upperBound)
      position = range.upperBound
      result.append(start..<scalars)
    }
    return result
  }
}
