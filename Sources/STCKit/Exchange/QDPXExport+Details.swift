import Foundation

extension QDPXExport {
  /// The details REFI-QDA cannot hold, keyed by the GUIDs of this export.
  func details() -> ExchangeDetails {
    let m = project.metadata
    var d = ExchangeDetails(
      project: .init(
        title: m.title, researchQuestion: m.researchQuestion, language: m.language, created: m.created,
        names: project.names))
    for record in project.transcripts {
      let impression = project.impressions[record.id]
      d.transcripts[guid(transcript: record.id)] = .init(
        id: record.id.rawValue, title: record.title, sourceFile: record.sourceFile,
        sourceEncoding: record.sourceEncoding, informant: record.informant, speakers: record.speakers,
        speakerPattern: record.speakerPattern, imported: record.imported,
        readBy: impression.flatMap { $0.readBy.isEmpty ? nil : $0.readBy },
        readTo: impression.flatMap { $0.readTo.isEmpty ? nil : $0.readTo })
    }
    for informant in project.informants {
      d.informants[guid(informant: informant.number)] = .init(
        number: informant.number, label: informant.label, colour: informant.colour)
    }
    for code in project.codes.values {
      d.codes[guid(code: code.id)] = .init(
        id: code.id.rawValue, name: code.name, valence: code.valence, colour: code.colour, created: code.created)
    }
    for group in project.groups {
      d.groups[guid(group: group.id)] = group.id.rawValue
      for subgroup in group.subgroups {
        d.subgroups[guid(subgroup: subgroup.id)] = .init(id: subgroup.id.rawValue, status: subgroup.status)
      }
    }
    for theme in project.themes { d.themes[guid(theme: theme.id)] = theme.id.rawValue }
    for unit in project.allUnits {
      guard let text = project.texts[unit.transcript] else { continue }
      for part in parts(of: unit, in: text) { d.units[guid(unit: unit.id, part: part.part)] = unit.id.rawValue }
    }
    for note in collectNotes(withDetails: false).all { d.notes[note.guid] = note.details }
    for link in links() { d.links[link.guid] = link.kind }
    return d
  }

  func detailsJSON() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(details())) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
