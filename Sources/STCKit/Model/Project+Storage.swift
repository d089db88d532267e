/// The low-level changes that operations are made of. They keep the indexes in step and check
/// nothing else: `Operation.apply` validates before it calls them.
extension Project {
  mutating func insertUnit(_ unit: MeaningUnit) {
    let sheet = unit.sheet
    var units = sheets[sheet] ?? []
    let key = (unit.span, unit.id)
    var low = 0
    var high = units.count
    while low < high {
      let mid = (low + high) / 2
      if (units[mid].span, units[mid].id) < key { low = mid + 1 } else { high = mid }
    }
    units.insert(unit, at: low)
    sheets[sheet] = units
    unitSheets[unit.id] = sheet
  }

  @discardableResult
  mutating func removeUnit(_ id: MeaningUnitID) -> MeaningUnit? {
    guard let sheet = unitSheets.removeValue(forKey: id),
      let index = sheets[sheet]?.firstIndex(where: { $0.id == id })
    else { return nil }
    let unit = sheets[sheet]!.remove(at: index)
    // An empty sheet is no sheet: the coder has no meaning units in that transcript.
    if sheets[sheet]!.isEmpty { sheets[sheet] = nil }
    return unit
  }

  mutating func replaceUnit(_ unit: MeaningUnit) {
    let old = unit.id
    if let sheet = unitSheets[old], let index = sheets[sheet]?.firstIndex(where: { $0.id == old }),
      sheets[sheet]![index].span == unit.span
    {
      sheets[sheet]![index] = unit
    } else {
      removeUnit(old)
      insertUnit(unit)
    }
  }

  mutating func putCode(_ code: Code) {
    if let old = codes[code.id] { codeIDsByName.removeValue(forKey: Code.nameKey(old.name)) }
    codes[code.id] = code
    codeIDsByName[Code.nameKey(code.name)] = code.id
  }

  mutating func dropCode(_ id: CodeID) {
    guard let old = codes.removeValue(forKey: id) else { return }
    codeIDsByName.removeValue(forKey: Code.nameKey(old.name))
  }

  /// Rebuilds the indexes from the stored data, after loading.
  mutating func rebuildIndexes() {
    unitSheets = [:]
    unitSheets.reserveCapacity(sheets.values.reduce(0) { $0 + $1.count })
    for (sheet, units) in sheets {
      for unit in units { unitSheets[unit.id] = sheet }
    }
    codeIDsByName = [:]
    for code in codes.values { codeIDsByName[Code.nameKey(code.name)] = code.id }
  }

  /// Adds an informant, keeping the list sorted by number.
  mutating func putInformant(_ informant: Informant) {
    informants.removeAll { $0.number == informant.number }
    let index = informants.firstIndex { $0.number > informant.number } ?? informants.count
    informants.insert(informant, at: index)
  }

  mutating func addTranscript(_ record: TranscriptRecord, text: TranscriptText) {
    transcripts.append(record)
    texts[record.id] = text
  }

  mutating func setSheet(_ sheet: CodingSheetID, units: [MeaningUnit]) {
    sheets[sheet] = units.isEmpty ? nil : units.sorted { ($0.span, $0.id) < ($1.span, $1.id) }
  }
}
