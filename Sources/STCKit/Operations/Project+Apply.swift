extension Project {
  /// Applies `operation`, or throws and leaves the project as it was.
  ///
  /// `time` stamps the meaning units the operation changes.
  public mutating func apply(_ operation: Operation, at time: Timestamp = .now()) throws(STCError) -> AppliedOperation {
    switch operation {
    case .batch(let label, let operations):
      return try applyBatch(label, operations, at: time)
    case .addMeaningUnit, .deleteMeaningUnit, .updateMeaningUnit, .assignCode, .removeCode:
      return try applyUnitOperation(operation, at: time)
    case .createCode, .deleteCode, .updateCode:
      return try applyCodeOperation(operation)
    case .createGroup, .deleteGroup, .updateGroup, .moveGroup, .createSubgroup, .deleteSubgroup, .updateSubgroup,
      .moveSubgroup:
      return try applyGroupOperation(operation)
    case .createTheme, .deleteTheme, .updateTheme, .moveTheme, .setImpression, .createMemo, .deleteMemo, .updateMemo,
      .updateInformant, .updateMetadata, .setNames:
      return try applyNoteOperation(operation)
    }
  }

  private mutating func applyBatch(
    _ label: String, _ operations: [Operation], at time: Timestamp
  ) throws(STCError) -> AppliedOperation {
    var inverses: [Operation] = []
    var touched: Set<ProjectFile> = []
    for operation in operations {
      do {
        let applied = try apply(operation, at: time)
        inverses.append(applied.inverse)
        touched.formUnion(applied.touched)
      } catch {
        // Put back what the batch did so far; each inverse was valid when it was made.
        for inverse in inverses.reversed() { _ = try? apply(inverse, at: time) }
        throw error
      }
    }
    return AppliedOperation(inverse: .batch(label, inverses.reversed()), touched: touched, summary: label)
  }

  // MARK: Meaning units

  private mutating func applyUnitOperation(_ operation: Operation, at time: Timestamp) throws(STCError) -> AppliedOperation {
    switch operation {
    case .addMeaningUnit(let unit):
      guard self.unit(unit.id) == nil else { throw .dataError("A meaning unit with id \(unit.id) already exists.") }
      try check(unit)
      insertUnit(unit)
      return AppliedOperation(
        inverse: .deleteMeaningUnit(unit.id), touched: [.sheet(unit.sheet)],
        summary: "Added meaning unit \(unit.id) in \(unit.transcript) lines \(lineLabel(of: unit))\(codeList(unit.codes))")

    case .deleteMeaningUnit(let id):
      let old = try existingUnit(id)
      if let subgroup = groups.lazy.flatMap(\.subgroups).first(where: { $0.goldenQuote == id }) {
        throw .usage(
          "Meaning unit \(id) is the golden quotation of subgroup “\(subgroup.name)”: choose another one first.")
      }
      if memos.contains(where: { $0.target == .meaningUnit(id) }) {
        throw .usage("Meaning unit \(id) has memos: delete or move them first.")
      }
      if let subgroup = groups.lazy.flatMap(\.subgroups).first(where: { $0.recontextualised.contains(id) }) {
        throw .usage("Meaning unit \(id) is ticked as read again in “\(subgroup.name)”: untick it first.")
      }
      removeUnit(id)
      return AppliedOperation(
        inverse: .addMeaningUnit(old), touched: [.sheet(old.sheet)],
        summary: "Deleted meaning unit \(id) in \(old.transcript) lines \(lineLabel(of: old))")

    case .updateMeaningUnit(var unit):
      let old = try existingUnit(unit.id)
      guard old.coder == unit.coder, old.transcript == unit.transcript else {
        throw .usage("A meaning unit cannot move to another coder or transcript; add a new one instead.")
      }
      try check(unit)
      unit.modified = time
      replaceUnit(unit)
      return AppliedOperation(
        inverse: .updateMeaningUnit(old), touched: [.sheet(unit.sheet)],
        summary: "Changed meaning unit \(unit.id) in \(unit.transcript) lines \(lineLabel(of: unit))")

    case .assignCode(let codeID, let unitID):
      var unit = try existingUnit(unitID)
      let code = try existingCode(codeID)
      guard !unit.codes.contains(codeID) else {
        throw .usage("Meaning unit \(unitID) already has the code “\(code.name)”.")
      }
      let old = unit
      unit.codes = (unit.codes + [codeID]).sorted()
      unit.modified = time
      replaceUnit(unit)
      return AppliedOperation(
        inverse: .updateMeaningUnit(old), touched: [.sheet(unit.sheet)],
        summary: "Coded \(unit.transcript) lines \(lineLabel(of: unit)) with “\(code.name)”")

    case .removeCode(let codeID, let unitID):
      var unit = try existingUnit(unitID)
      let name = codes[codeID]?.name ?? codeID.rawValue
      guard unit.codes.contains(codeID) else {
        throw .usage("Meaning unit \(unitID) does not have the code “\(name)”.")
      }
      let old = unit
      unit.codes.removeAll { $0 == codeID }
      unit.modified = time
      replaceUnit(unit)
      return AppliedOperation(
        inverse: .updateMeaningUnit(old), touched: [.sheet(unit.sheet)],
        summary: "Removed code “\(name)” from \(unit.transcript) lines \(lineLabel(of: unit))")

    default:
      preconditionFailure("not a meaning-unit operation")
    }
  }

  private func existingUnit(_ id: MeaningUnitID) throws(STCError) -> MeaningUnit {
    guard let unit = unit(id) else { throw .usage("There is no meaning unit with id \(id).") }
    return unit
  }

  private func existingCode(_ id: CodeID) throws(STCError) -> Code {
    guard let code = codes[id] else { throw .usage("There is no code with id \(id).") }
    return code
  }

  /// Checks that a unit's transcript, span and codes exist and fit.
  private func check(_ unit: MeaningUnit) throws(STCError) {
    guard let text = texts[unit.transcript] else {
      throw .usage("There is no transcript “\(unit.transcript)”. See `stc stats` for the transcripts.")
    }
    if let problem = text.problem(with: unit.span) {
      throw .usage("That passage cannot be a meaning unit in \(unit.transcript): \(problem).")
    }
    for code in unit.codes where codes[code] == nil {
      throw .usage("There is no code with id \(code).")
    }
  }

  private func codeList(_ ids: [CodeID]) -> String {
    ids.isEmpty ? "" : " coded " + ids.map { "“\(codes[$0]?.name ?? $0.rawValue)”" }.joined(separator: ", ")
  }

  // MARK: Codes

  private mutating func applyCodeOperation(_ operation: Operation) throws(STCError) -> AppliedOperation {
    switch operation {
    case .createCode(let code):
      guard codes[code.id] == nil else { throw .dataError("A code with id \(code.id) already exists.") }
      try checkName(of: code)
      putCode(code)
      return AppliedOperation(inverse: .deleteCode(code.id), touched: [.project], summary: "Created code “\(code.name)”")

    case .deleteCode(let id):
      let old = try existingCode(id)
      let carriers = allUnits.lazy.filter { $0.codes.contains(id) }.count
      guard carriers == 0 else {
        throw .usage(
          "The code “\(old.name)” is on \(carriers) meaning unit\(carriers == 1 ? "" : "s"): merge it into another "
            + "code, or delete it with force to take it off them.")
      }
      if memos.contains(where: { $0.target == .code(id) }) {
        throw .usage("The code “\(old.name)” has memos: delete or move them first.")
      }
      dropCode(id)
      return AppliedOperation(inverse: .createCode(old), touched: [.project], summary: "Deleted code “\(old.name)”")

    case .updateCode(let code):
      let old = try existingCode(code.id)
      try checkName(of: code)
      putCode(code)
      return AppliedOperation(inverse: .updateCode(old), touched: [.project], summary: describeCodeChange(old, code))

    default:
      preconditionFailure("not a code operation")
    }
  }

  private func checkName(of code: Code) throws(STCError) {
    let key = Code.nameKey(code.name)
    guard !key.isEmpty else { throw .usage("A code needs a name.") }
    if let other = codeIDsByName[key], other != code.id {
      throw .usage("There is already a code named “\(codes[other]?.name ?? code.name)”: choose another name, or merge.")
    }
    if let subgroup = code.subgroup, location(of: subgroup) == nil {
      throw .usage("There is no subgroup with id \(subgroup).")
    }
  }

  private func describeCodeChange(_ old: Code, _ new: Code) -> String {
    var parts: [String] = []
    if old.name != new.name { parts.append("renamed code “\(old.name)” to “\(new.name)”") }
    if old.subgroup != new.subgroup {
      let target = new.subgroup.flatMap { subgroup($0) }.map { "subgroup “\($0.name)”" } ?? "unsorted"
      parts.append("moved code “\(new.name)” to \(target)")
    }
    if old.colour != new.colour { parts.append("recoloured code “\(new.name)” \(new.colour.rawValue)") }
    if old.description != new.description { parts.append("described code “\(new.name)”") }
    if old.valence != new.valence { parts.append("set the valence of code “\(new.name)”") }
    guard let first = parts.first else { return "Left code “\(new.name)” as it was" }
    return ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: "; ")
  }
}
