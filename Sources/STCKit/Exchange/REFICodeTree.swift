/// A code of a REFI-QDA code tree, as read from a .qdpx or .qdc.
struct REFICode {
  var guid: String
  var name: String
  var isCodable: Bool
  var colour: String?
  var description: String
  var noteRefs: [String]
  var children: [REFICode]
  var line: Int

  /// Reads the `Code` elements under a `Codes` element.
  static func read(_ codes: [XMLTree]) -> [REFICode] {
    codes.map { element in
      REFICode(
        guid: REFIIdentity.key(element["guid"] ?? ""), name: element["name"] ?? "",
        isCodable: (element["isCodable"] ?? "true") != "false" && element["isCodable"] != "0",
        colour: element["color"], description: element.first("Description")?.text ?? "",
        noteRefs: element.all("NoteRef").compactMap { $0["targetGUID"].map(REFIIdentity.key) },
        children: read(element.all("Code")), line: element.line)
    }
  }
}

/// How a REFI-QDA code tree becomes stc's code groups, subgroups and codes.
///
/// A top-level code without children stays an unsorted code. A top-level code with children
/// becomes a code group; its children with children become subgroups, and everything below a
/// subgroup becomes a code in it (deeper levels flattened, in tree order). Children of a group
/// that have no children of their own go into a subgroup named after the group. A leaf that is
/// not codable is an empty group or subgroup, as stc writes them. A group or
/// subgroup that has text coded to it directly is also a code, in that subgroup.
struct CodeTreePlan {
  struct PlannedCode {
    var guid: String
    var name: String
    var description: String
    var colour: String?
    var noteRefs: [String]
    /// The name of the code above it in the tree, to tell apart codes of the same name.
    var parent: String?
  }
  struct PlannedSubgroup {
    /// Nil for the subgroup made for a group's direct codes.
    var guid: String?
    var name: String
    var description: String
    var noteRefs: [String]
    var codes: [PlannedCode]
  }
  struct PlannedGroup {
    var guid: String
    var name: String
    var description: String
    var noteRefs: [String]
    var subgroups: [PlannedSubgroup]
  }

  var groups: [PlannedGroup] = []
  var unsorted: [PlannedCode] = []
  var adjusted: [String] = []

  /// Plans the tree; `coded` holds the GUIDs that codings refer to.
  init(_ roots: [REFICode], coded: Set<String>) {
    func code(_ c: REFICode, parent: String?) -> PlannedCode {
      PlannedCode(
        guid: c.guid, name: c.name, description: c.description, colour: c.colour, noteRefs: c.noteRefs, parent: parent)
    }
    func flatten(_ c: REFICode, parent: String, into list: inout [PlannedCode]) {
      list.append(code(c, parent: parent))
      for child in c.children { flatten(child, parent: c.name, into: &list) }
    }
    var deep: [String] = []
    for root in roots {
      // A leaf that cannot be coded is an empty group (stc writes groups as not codable).
      guard !root.children.isEmpty || !root.isCodable else {
        unsorted.append(code(root, parent: nil))
        continue
      }
      var group = PlannedGroup(
        guid: root.guid, name: root.name, description: root.description, noteRefs: root.noteRefs, subgroups: [])
      var direct: [PlannedCode] = []
      if coded.contains(root.guid) {
        direct.append(
          PlannedCode(guid: root.guid, name: root.name, description: "", colour: root.colour, noteRefs: [], parent: nil))
      }
      for child in root.children {
        guard !child.children.isEmpty || !child.isCodable else {
          direct.append(code(child, parent: root.name))
          continue
        }
        var subgroup = PlannedSubgroup(
          guid: child.guid, name: child.name, description: child.description, noteRefs: child.noteRefs, codes: [])
        if coded.contains(child.guid) {
          subgroup.codes.append(
            PlannedCode(
              guid: child.guid, name: child.name, description: "", colour: child.colour, noteRefs: [], parent: root.name))
        }
        for grandchild in child.children { flatten(grandchild, parent: child.name, into: &subgroup.codes) }
        if child.children.contains(where: { !$0.children.isEmpty }) { deep.append("“\(child.name)”") }
        group.subgroups.append(subgroup)
      }
      if !direct.isEmpty {
        group.subgroups.insert(
          PlannedSubgroup(guid: nil, name: root.name, description: "", noteRefs: [], codes: direct), at: 0)
        adjusted.append(
          "The codes directly under “\(root.name)” were put in a subgroup of the same name: split it into subgroups in step 2.")
      }
      groups.append(group)
    }
    if !deep.isEmpty {
      adjusted.append(
        "Codes nested more than three levels deep were put side by side in their subgroup: \(deep.joined(separator: ", ")).")
    }
  }
}
