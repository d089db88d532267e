/// What the workbench's export screen writes: the Markdown document and the CSV of meaning units.
public struct ExportRequest: Equatable, Sendable {
  public var markdown: MarkdownExport.Options
  /// Whether the CSV is written for Excel (byte order mark, semicolons).
  public var excel: Bool

  public init(markdown: MarkdownExport.Options, excel: Bool = true) {
    self.markdown = markdown
    self.excel = excel
  }
}

/// Writes exports into the project's `exports/` folder (kept out of git by the project's
/// .gitignore, readable by the owner only).
public enum ExportFiles {
  public static func folder(of project: ProjectFolder) -> String { project.path + "/exports" }

  /// The paths the request writes to.
  public static func paths(of project: ProjectFolder, _ request: ExportRequest) -> [String] {
    let suffix = request.markdown.pseudonymize ? "-pseudonymised" : ""
    let base = folder(of: project) + "/" + project.name
    return ["\(base)-results-\(request.markdown.language.rawValue)\(suffix).md", "\(base)-meaning-units\(suffix).csv"]
  }

  /// Writes both files atomically and returns their paths.
  @discardableResult
  public static func write(_ request: ExportRequest, of project: Project, into folder: ProjectFolder) throws(STCError)
    -> [String]
  {
    let paths = paths(of: folder, request)
    try AtomicFile.makeFolder(Self.folder(of: folder))
    try AtomicFile.write(Array(MarkdownExport(project, options: request.markdown).document().utf8), to: paths[0])
    let csv = CSVExport.Options(
      language: request.markdown.language, excel: request.excel, pseudonymize: request.markdown.pseudonymize)
    try AtomicFile.write(CSVExport(project, options: csv).bytes(), to: paths[1])
    return paths
  }
}
