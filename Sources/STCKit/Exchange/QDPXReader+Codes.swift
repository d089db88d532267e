import Foundation

extension QDPXReader {
  /// The GUIDs of every code that some coding refers to.
  func codedGUIDs() -> Set<String> {
    var coded = Set<String>()
    func walk(_ element: XMLTree) {
      if element.name == "CodeRef", let target = element["targetGUID"] { coded.insert(REFIIdentity.key(target)) }
      for child in element.children { walk(child) }
    }
    if let sources = root.first("Sources") { walk(sources) }
    return coded
  }

  func readCodeBook() throws(STCError) {
    let roots = REFICode.read(root.first("CodeBook")?.all("Code", in: "Codes") ?? [])
    let plan = CodeTreePlan(roots, coded: codedGUIDs())
    var builder = CodebookBuilder(project: project, details: details, ids: ids)
    builder.valenceSuffixes = details == nil && root["origin"]?.hasPrefix("stc") == true
    builder.add(plan)
    project = builder.project
    ids = builder.ids
    codeIDs.merge(builder.codeIDs) { a, _ in a }
    groupIDs.merge(builder.groupIDs) { a, _ in a }
    subgroupIDs.merge(builder.subgroupIDs) { a, _ in a }
    if details == nil { report.adjusted += plan.adjusted }
    report.adjusted += builder.adjusted
  }
}

/// Adds a planned code tree to a project: new groups, subgroups and codes with unique names.
/// Used by the .qdpx import (into an empty project) and the .qdc import (into an existing one,
/// where a group, subgroup or code of the same name is reused).
struct CodebookBuilder {
  var project: Project
  let details: ExchangeDetails?
  var ids: IDGenerator
  var codeIDs: [String: CodeID] = [:]
  var groupIDs: [String: CodeGroupID] = [:]
  var subgroupIDs: [String: SubgroupID] = [:]
  var adjusted: [String] = []
  /// Whether names already in the project are reused rather than made unique.
  var reuseByName = false
  /// Whether a name ending in " +" or " −" gives the code its valence (codebooks stc wrote).
  var valenceSuffixes = false
  /// What was reused and created, for the .qdc report.
  var reused = 0
  var created = 0

  init(project: Project, details: ExchangeDetails?, ids: IDGenerator) {
    self.project = project
    self.details = details
    self.ids = ids
  }

  mutating func add(_ plan: CodeTreePlan) {
    for planned in plan.groups {
      let groupID: CodeGroupID
      if reuseByName, let existing = project.group(named: planned.name) {
        groupID = existing.id
      } else {
        groupID = details?.groups[planned.guid].map { CodeGroupID($0) } ?? ids.make()
        let name = unique(planned.name.isEmpty ? "Code group" : planned.name, among: project.groups.map(\.name))
        project.groups.append(CodeGroup(id: groupID, name: name, description: planned.description))
      }
      groupIDs[planned.guid] = groupID
      for sub in planned.subgroups {
        let g = project.groups.firstIndex { $0.id == groupID }!
        let subgroupID: SubgroupID
        if reuseByName,
          let existing = project.groups[g].subgroups.first(where: { Code.nameKey($0.name) == Code.nameKey(sub.name) })
        {
          subgroupID = existing.id
        } else {
          let fromDetails = sub.guid.flatMap { details?.subgroups[$0] }
          subgroupID = fromDetails.map { SubgroupID($0.id) } ?? ids.make()
          let name = unique(sub.name.isEmpty ? "Subgroup" : sub.name, among: project.groups[g].subgroups.map(\.name))
          project.groups[g].subgroups.append(
            Subgroup(id: subgroupID, name: name, description: sub.description, status: fromDetails?.status ?? .draft))
        }
        if let guid = sub.guid { subgroupIDs[guid] = subgroupID }
        for code in sub.codes { addCode(code, subgroup: subgroupID) }
      }
    }
    for code in plan.unsorted { addCode(code, subgroup: nil) }
  }

  private mutating func addCode(_ planned: CodeTreePlan.PlannedCode, subgroup: SubgroupID?) {
    let known = details?.codes[planned.guid]
    var wanted = known?.name ?? planned.name.trimmingCharacters(in: .whitespacesAndNewlines)
    var valence = known?.valence
    if valenceSuffixes, known == nil {
      for candidate in Valence.allCases where wanted.hasSuffix(" " + candidate.sign) && wanted.count > 2 {
        valence = candidate
        wanted = String(wanted.dropLast(2))
      }
    }
    if reuseByName, let existing = project.code(named: wanted) {
      codeIDs[planned.guid] = existing.id
      reused += 1
      if existing.subgroup == nil, let subgroup {
        var moved = existing
        moved.subgroup = subgroup
        project.putCode(moved)
      }
      return
    }
    var name = wanted.isEmpty ? "Code" : wanted
    if project.code(named: name) != nil {
      var renamed = planned.parent.map { "\(name) (\($0))" } ?? name
      if project.code(named: renamed) != nil { renamed = unique(renamed, among: project.codes.values.map(\.name)) }
      adjusted.append("A second code named “\(name)” became “\(renamed)”: merge them in stc if they are the same.")
      name = renamed
    }
    let id = known.map { CodeID($0.id) } ?? ids.make()
    let colour =
      known?.colour ?? planned.colour.flatMap(REFIIdentity.paletteColour) ?? PaletteColour.cycling(project.codes.count)
    project.putCode(
      Code(
        id: id, name: name, description: planned.description, colour: colour, valence: valence,
        subgroup: subgroup, created: known?.created ?? project.metadata.created))
    codeIDs[planned.guid] = id
    created += 1
  }

  /// `name`, or "name (2)", "name (3)"… when it is already among `names` (compared as stc
  /// compares names).
  func unique(_ name: String, among names: [String]) -> String {
    let taken = Set(names.map(Code.nameKey))
    guard taken.contains(Code.nameKey(name)) else { return name }
    var n = 2
    while taken.contains(Code.nameKey("\(name) (\(n))")) { n += 1 }
    return "\(name) (\(n))"
  }
}
