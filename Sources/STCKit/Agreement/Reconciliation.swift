/// A place where two coders coded differently.
public struct Disagreement: Equatable, Sendable {
  public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
    /// Only the first coder marked a meaning unit here.
    case onlyFirst
    /// Only the second coder marked one here.
    case onlySecond
    /// Both marked the passage, with different codes.
    case differentCodes
    /// Both gave the same codes to passages with different bounds.
    case otherBounds
  }

  public var kind: Kind
  public var transcript: TranscriptID
  public var first: MeaningUnit?
  public var second: MeaningUnit?

  /// The text both units cover together.
  public var span: TextSpan {
    switch (first, second) {
    case let (a?, b?): a.span.covering(b.span)
    case let (a?, nil): a.span
    case let (nil, b?): b.span
    case (nil, nil): TextSpan(start: 0, end: 0)
    }
  }
}

/// Comparing two codings unit by unit, and writing a third, agreed coding from them without
/// touching either.
public enum Reconciliation {
  /// The meaning units the coders agree on exactly (same passage, same codes), and the places
  /// they differ, in transcript order: in the named transcripts, or in those both have coded.
  public static func compare(_ project: Project, _ first: CoderName, _ second: CoderName, transcripts: [TranscriptID]? = nil)
    -> (agreed: [(MeaningUnit, MeaningUnit)], disagreements: [Disagreement])
  {
    var agreed: [(MeaningUnit, MeaningUnit)] = []
    var disagreements: [Disagreement] = []
    for record in project.transcripts where transcripts?.contains(record.id) ?? true {
      let a = project.sheets[CodingSheetID(coder: first, transcript: record.id)] ?? []
      let b = project.sheets[CodingSheetID(coder: second, transcript: record.id)] ?? []
      guard transcripts != nil ? (!a.isEmpty || !b.isEmpty) : (!a.isEmpty && !b.isEmpty) else { continue }
      // Pair overlapping units, the largest overlaps first.
      var candidates: [(overlap: Int, i: Int, j: Int)] = []
      for (i, ua) in a.enumerated() {
        for (j, ub) in b.enumerated() where ub.span.start < ua.span.end {
          guard let shared = ua.span.intersection(ub.span) else { continue }
          candidates.append((shared.length, i, j))
        }
      }
      candidates.sort { ($0.overlap, -$0.i, -$0.j) > ($1.overlap, -$1.i, -$1.j) }
      var pairedA = [Int?](repeating: nil, count: a.count)
      var pairedB = [Bool](repeating: false, count: b.count)
      for candidate in candidates where pairedA[candidate.i] == nil && !pairedB[candidate.j] {
        pairedA[candidate.i] = candidate.j
        pairedB[candidate.j] = true
      }
      var here: [Disagreement] = []
      for (i, ua) in a.enumerated() {
        guard let j = pairedA[i] else {
          here.append(Disagreement(kind: .onlyFirst, transcript: record.id, first: ua, second: nil))
          continue
        }
        let ub = b[j]
        if ua.span == ub.span && ua.codes == ub.codes {
          agreed.append((ua, ub))
        } else {
          let kind: Disagreement.Kind = ua.codes == ub.codes ? .otherBounds : .differentCodes
          here.append(Disagreement(kind: kind, transcript: record.id, first: ua, second: ub))
        }
      }
      for (j, ub) in b.enumerated() where !pairedB[j] {
        here.append(Disagreement(kind: .onlySecond, transcript: record.id, first: nil, second: ub))
      }
      disagreements += here.sorted { $0.span < $1.span }
    }
    return (agreed, disagreements)
  }

  /// Whether the agreed coding already settles a place: a unit of it covers part of the place.
  public static func isSettled(_ disagreement: Disagreement, in project: Project, into: CoderName) -> Bool {
    let units = project.sheets[CodingSheetID(coder: into, transcript: disagreement.transcript)] ?? []
    return units.contains { $0.span.overlaps(disagreement.span) }
  }

  /// A copy of a unit for the agreed coding: a new id, the same passage, codes and note.
  static func copy(_ unit: MeaningUnit, into: CoderName, ids: inout IDGenerator, at time: Timestamp) -> MeaningUnit {
    MeaningUnit(
      id: ids.make(), transcript: unit.transcript, coder: into, span: unit.span, codes: unit.codes, note: unit.note,
      created: time)
  }

  /// Copies every exactly agreed unit into the agreed coding, unless it has a unit on that
  /// passage already; nil when there is nothing to copy.
  public static func takeOverAgreed(
    _ project: Project, _ first: CoderName, _ second: CoderName, into: CoderName, ids: inout IDGenerator, at time: Timestamp
  ) -> (operation: Operation?, count: Int) {
    let agreed = compare(project, first, second).agreed
    var steps: [Operation] = []
    for (unit, _) in agreed {
      let existing = project.sheets[CodingSheetID(coder: into, transcript: unit.transcript)] ?? []
      if existing.contains(where: { $0.span == unit.span }) { continue }
      steps.append(.addMeaningUnit(copy(unit, into: into, ids: &ids, at: time)))
    }
    guard !steps.isEmpty else { return (nil, 0) }
    return (.batch("Took over \(steps.count) agreed meaning units of \(first) and \(second) into \(into)", steps), steps.count)
  }

  /// What to keep of a place where the coders differ.
  public enum Choice: Equatable, Sendable {
    case first, second, both
  }

  /// Copies the chosen unit or units of a place into the agreed coding.
  public static func keep(
    _ choice: Choice, of disagreement: Disagreement, into: CoderName, ids: inout IDGenerator, at time: Timestamp
  ) throws(STCError) -> Operation {
    var units: [MeaningUnit] = []
    switch choice {
    case .first: units = disagreement.first.map { [$0] } ?? []
    case .second: units = disagreement.second.map { [$0] } ?? []
    case .both: units = [disagreement.first, disagreement.second].compactMap { $0 }
    }
    guard !units.isEmpty else { throw .usage("That coder has no meaning unit at this place.") }
    if choice == .both, let a = disagreement.first, let b = disagreement.second, a.span == b.span {
      // One passage: one unit with both coders' codes.
      var merged = copy(a, into: into, ids: &ids, at: time)
      merged.codes = Array(Set(a.codes + b.codes)).sorted()
      if !b.note.isEmpty && b.note != a.note { merged.note = [a.note, b.note].filter { !$0.isEmpty }.joined(separator: "\n") }
      return .addMeaningUnit(merged)
    }
    let steps = units.map { Operation.addMeaningUnit(copy($0, into: into, ids: &ids, at: time)) }
    return steps.count == 1 ? steps[0] : .batch("Kept both codings in \(into)", steps)
  }
}
