extension Project {
  mutating func applyGroupOperation(_ operation: Operation) throws(STCError) -> AppliedOperation {
    switch operation {
    case .createGroup(let group, let index):
      guard self.group(group.id) == nil else { throw .dataError("A code group with id \(group.id) already exists.") }
      try checkGroupName(group.name, id: group.id)
      for subgroup in group.subgroups where location(of: subgroup.id) != nil {
        throw .dataError("A subgroup with id \(subgroup.id) already exists.")
      }
      groups.insert(group, at: clamp(index, groups.count))
      return AppliedOperation(inverse: .deleteGroup(group.id), touched: [.project], summary: "Created code group “\(group.name)”")

    case .deleteGroup(let id):
      guard let index = groups.firstIndex(where: { $0.id == id }) else { throw noGroup(id) }
      let group = groups[index]
      for subgroup in group.subgroups { try checkUnused(subgroup) }
      if memos.contains(where: { $0.target == .group(id) }) {
        throw .usage("The code group “\(group.name)” has memos: delete or move them first.")
      }
      if let theme = themes.first(where: { $0.codeGroups.contains(id) }) {
        throw .usage("The theme “\(theme.title)” became the code group “\(group.name)”: unlink it first.")
      }
      groups.remove(at: index)
      return AppliedOperation(
        inverse: .createGroup(group, at: index), touched: [.project], summary: "Deleted code group “\(group.name)”")

    case .updateGroup(let header):
      guard let index = groups.firstIndex(where: { $0.id == header.id }) else { throw noGroup(header.id) }
      try checkGroupName(header.name, id: header.id)
      let old = groups[index]
      groups[index].name = header.name
      groups[index].description = header.description
      groups[index].introduction = header.introduction
      let summary = old.name != header.name
        ? "Renamed code group “\(old.name)” to “\(header.name)”" : "Edited code group “\(header.name)”"
      return AppliedOperation(inverse: .updateGroup(old.header), touched: [.project], summary: summary)

    case .moveGroup(let id, let target):
      guard let index = groups.firstIndex(where: { $0.id == id }) else { throw noGroup(id) }
      let group = groups.remove(at: index)
      let destination = clamp(target, groups.count)
      groups.insert(group, at: destination)
      return AppliedOperation(
        inverse: .moveGroup(id, to: index), touched: [.project],
        summary: "Moved code group “\(group.name)” to place \(destination + 1)")

    case .createSubgroup(let subgroup, let groupID, let index):
      guard let g = groups.firstIndex(where: { $0.id == groupID }) else { throw noGroup(groupID) }
      guard location(of: subgroup.id) == nil else { throw .dataError("A subgroup with id \(subgroup.id) already exists.") }
      try checkSubgroup(subgroup, in: g)
      groups[g].subgroups.insert(subgroup, at: clamp(index, groups[g].subgroups.count))
      return AppliedOperation(
        inverse: .deleteSubgroup(subgroup.id), touched: [.project],
        summary: "Created subgroup “\(subgroup.name)” in “\(groups[g].name)”")

    case .deleteSubgroup(let id):
      guard let (g, s) = location(of: id) else { throw noSubgroup(id) }
      let subgroup = groups[g].subgroups[s]
      try checkUnused(subgroup)
      groups[g].subgroups.remove(at: s)
      return AppliedOperation(
        inverse: .createSubgroup(subgroup, in: groups[g].id, at: s), touched: [.project],
        summary: "Deleted subgroup “\(subgroup.name)”")

    case .updateSubgroup(let subgroup):
      guard let (g, s) = location(of: subgroup.id) else { throw noSubgroup(subgroup.id) }
      try checkSubgroup(subgroup, in: g)
      let old = groups[g].subgroups[s]
      groups[g].subgroups[s] = subgroup
      return AppliedOperation(
        inverse: .updateSubgroup(old), touched: [.project], summary: describeSubgroupChange(old, subgroup))

    case .moveSubgroup(let id, let groupID, let target):
      guard let (g, s) = location(of: id) else { throw noSubgroup(id) }
      guard let destinationGroup = groups.firstIndex(where: { $0.id == groupID }) else { throw noGroup(groupID) }
      let subgroup = groups[g].subgroups[s]
      if destinationGroup != g { try checkSubgroup(subgroup, in: destinationGroup) }
      let fromGroup = groups[g].id
      groups[g].subgroups.remove(at: s)
      let destination = clamp(target, groups[destinationGroup].subgroups.count)
      groups[destinationGroup].subgroups.insert(subgroup, at: destination)
      return AppliedOperation(
        inverse: .moveSubgroup(id, to: fromGroup, at: s), touched: [.project],
        summary: "Moved subgroup “\(subgroup.name)” to “\(groups[destinationGroup].name)”, place \(destination + 1)")

    default:
      preconditionFailure("not a group operation")
    }
  }

  private func clamp(_ index: Int, _ count: Int) -> Int { min(max(0, index), count) }

  private func noGroup(_ id: CodeGroupID) -> STCError { .usage("There is no code group with id \(id).") }
  private func noSubgroup(_ id: SubgroupID) -> STCError { .usage("There is no subgroup with id \(id).") }

  private func checkGroupName(_ name: String, id: CodeGroupID) throws(STCError) {
    let key = Code.nameKey(name)
    guard !key.isEmpty else { throw .usage("A code group needs a name.") }
    if groups.contains(where: { $0.id != id && Code.nameKey($0.name) == key }) {
      throw .usage("There is already a code group named “\(name)”.")
    }
  }

  /// Checks a subgroup's name within group `g` and its golden quotation.
  private func checkSubgroup(_ subgroup: Subgroup, in g: Int) throws(STCError) {
    let key = Code.nameKey(subgroup.name)
    guard !key.isEmpty else { throw .usage("A subgroup needs a name.") }
    if groups[g].subgroups.contains(where: { $0.id != subgroup.id && Code.nameKey($0.name) == key }) {
      throw .usage("The code group “\(groups[g].name)” already has a subgroup named “\(subgroup.name)”.")
    }
    if let golden = subgroup.goldenQuote, unit(golden) == nil {
      throw .usage("There is no meaning unit with id \(golden) to be the golden quotation.")
    }
    for id in subgroup.recontextualised where unit(id) == nil {
      throw .usage("There is no meaning unit with id \(id) to tick as read again.")
    }
  }

  /// Throws when codes are sorted into the subgroup or memos are attached to it.
  private func checkUnused(_ subgroup: Subgroup) throws(STCError) {
    let sorted = codes.values.filter { $0.subgroup == subgroup.id }.count
    if sorted > 0 {
      throw .usage(
        "The subgroup “\(subgroup.name)” holds \(sorted) code\(sorted == 1 ? "" : "s"): move them to another "
          + "subgroup, or delete it with force to leave them unsorted.")
    }
    if memos.contains(where: { $0.target == .subgroup(subgroup.id) }) {
      throw .usage("The subgroup “\(subgroup.name)” has memos: delete or move them first.")
    }
  }

  private func describeSubgroupChange(_ old: Subgroup, _ new: Subgroup) -> String {
    var parts: [String] = []
    if old.name != new.name { parts.append("renamed subgroup “\(old.name)” to “\(new.name)”") }
    if old.description != new.description { parts.append("described subgroup “\(new.name)”") }
    if old.condensate != new.condensate { parts.append("edited the condensate of “\(new.name)”") }
    if old.goldenQuote != new.goldenQuote {
      parts.append(
        new.goldenQuote.map { "chose \($0) as the golden quotation of “\(new.name)”" }
          ?? "cleared the golden quotation of “\(new.name)”")
    }
    if old.analyticText != new.analyticText { parts.append("edited the analytic text of “\(new.name)”") }
    if old.status != new.status { parts.append("marked “\(new.name)” \(new.status.rawValue)") }
    guard let first = parts.first else { return "Left subgroup “\(new.name)” as it was" }
    return ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: "; ")
  }
}
