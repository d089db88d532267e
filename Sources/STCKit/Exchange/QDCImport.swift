import Foundation

/// Adds a REFI-QDA codebook (.qdc) to a project: its code tree becomes code groups, subgroups
/// and codes as in a .qdpx import. Groups, subgroups and codes whose names the project already
/// has are reused, so importing the same codebook twice changes nothing.
public enum QDCImport {
  public static let namespace = "urn:QDA-XML:codebook:1.0"

  /// Reads the .qdc at `path` into `project`; returns what was done.
  public static func read(
    file path: String, into project: inout Project, ids: inout IDGenerator
  ) throws(STCError) -> ExchangeReport {
    let name = (path as NSString).lastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
      throw .noInput("\(path) does not exist or is a folder.")
    }
    let bytes = try AtomicFile.read(path)
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw .dataError("\(name) is a zip archive, perhaps a whole project (.qdpx): import that with `stc import qdpx`.")
    }
    let root = try XMLTree.parse(Data(bytes), fileName: name)
    guard root.name == "CodeBook" else {
      throw .dataError(
        "\(name) starts with <\(root.name)>, not <CodeBook>: it is not a REFI-QDA codebook"
          + (root.name == "Project" ? " but a project's XML; import the .qdpx with `stc import qdpx`." : "."))
    }
    var report = ExchangeReport()
    if root.namespace != namespace {
      report.adjusted.append("\(name) is not in the REFI-QDA codebook namespace (\(namespace)); it was read as if it were.")
    }
    let roots = REFICode.read(root.all("Code", in: "Codes"))
    guard !roots.isEmpty else { throw .dataError("\(name) holds no codes.") }
    let plan = CodeTreePlan(roots, coded: [])
    let groupsBefore = project.groups.count
    let subgroupsBefore = project.groups.reduce(0) { $0 + $1.subgroups.count }
    var builder = CodebookBuilder(project: project, details: nil, ids: ids)
    builder.reuseByName = true
    builder.valenceSuffixes = root["origin"]?.hasPrefix("stc") == true
    builder.add(plan)
    project = builder.project
    ids = builder.ids
    let subgroupsAfter = project.groups.reduce(0) { $0 + $1.subgroups.count }
    report.imported.append(
      "\(builder.created) new code(s), \(project.groups.count - groupsBefore) new code group(s), "
        + "\(subgroupsAfter - subgroupsBefore) new subgroup(s)")
    if builder.reused > 0 {
      report.imported.append("\(builder.reused) code(s) the project already had were kept as they are")
    }
    report.adjusted += plan.adjusted + builder.adjusted
    for set in root.all("Set", in: "Sets") {
      report.notImported.append("Set “\(set["name"] ?? "")” (line \(set.line)): stc has no sets.")
    }
    return report
  }
}
