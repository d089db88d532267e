/// Writes the codebook alone as a REFI-QDA codebook exchange file (.qdc): XML in the
/// `urn:QDA-XML:codebook:1.0` namespace with the code tree (code group > subgroup > code),
/// descriptions and colours.
public struct QDCExport {
  public let project: Project

  public init(_ project: Project) { self.project = project }

  /// The text of the .qdc file.
  public func xml() -> String {
    var x = XMLWriter()
    x.open("CodeBook", [("xmlns", "urn:QDA-XML:codebook:1.0"), ("origin", "stc \(STCBuild.version)")])
    let tree = QDPXExport(project)
    if project.codes.isEmpty && project.groups.isEmpty {
      // The schema needs at least one code; an empty codebook is refused before this point.
      x.close()
      return x.output
    }
    tree.writeCodeTree(&x) { _ in [] }
    x.close()
    return x.output
  }
}
