extension QDPXReader {
  /// Brings back what only stc's note of details holds.
  func applyDetails() {
    guard let details else { return }
    let p = details.project
    project.metadata = ProjectMetadata(
      title: p.title, researchQuestion: p.researchQuestion, language: options.language ?? p.language, created: p.created)
    project.names = p.names
    for (guid, part) in details.transcripts {
      guard let id = transcriptIDs[guid], part.readBy != nil || part.readTo != nil else { continue }
      var impression = project.impressions[id] ?? Impression()
      impression.readBy = (part.readBy ?? []).sorted()
      impression.readTo = part.readTo ?? [:]
      project.impressions[id] = impression
    }
    for (guid, part) in details.informants {
      guard let number = informantNumbers[guid], var informant = project.informant(number) else { continue }
      informant.label = part.label
      informant.colour = part.colour
      project.putInformant(informant)
    }
    report.imported.append("stc's details: ids, valence, colours, reading progress, statuses and the names table.")
  }

  func summarise() {
    let codes = project.codes.count
    let unsorted = project.codes.values.filter { $0.subgroup == nil }.count
    let subgroups = project.groups.reduce(0) { $0 + $1.subgroups.count }
    let coders = project.coders.map(\.rawValue).joined(separator: ", ")
    var lines = [
      "\(project.transcripts.count) transcript(s), \(project.informants.count) informant(s)",
      "\(codes) code(s) in \(project.groups.count) code group(s) and \(subgroups) subgroup(s)"
        + (unsorted > 0 ? ", \(unsorted) unsorted" : ""),
      "\(project.unitCount) meaning unit(s)" + (coders.isEmpty ? "" : " by \(coders)"),
    ]
    if !project.memos.isEmpty { lines.append("\(project.memos.count) memo(s)") }
    let condensates = project.groups.flatMap(\.subgroups).filter { !$0.condensate.isEmpty }.count
    let analytic = project.groups.flatMap(\.subgroups).filter { !$0.analyticText.isEmpty }.count
    if condensates + analytic > 0 { lines.append("\(condensates) condensate(s), \(analytic) analytic text(s)") }
    if !project.themes.isEmpty { lines.append("\(project.themes.count) preliminary theme(s)") }
    report.imported.insert(contentsOf: lines, at: 0)
  }
}
