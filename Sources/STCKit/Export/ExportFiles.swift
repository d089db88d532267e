/// What the workbench's export screen writes: the Markdown document and the CSV of meaning
/// units, or the project and codebook for other QDA programs.
public struct ExportRequest: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// The results chapter (Markdown) and the meaning units (CSV).
    case documents
    /// The REFI-QDA project (.qdpx) and codebook (.qdc).
    case exchange
  }

  public var markdown: MarkdownExport.Options
  /// Whether the CSV is written for Excel (byte order mark, semicolons).
  public var excel: Bool
  public var kind: Kind

  public init(markdown: MarkdownExport.Options, excel: Bool = true, kind: Kind = .documents) {
    self.markdown = markdown
    self.excel = excel
    self.kind = kind
  }
}

/// Writes exports into the project's `exports/` folder (kept out of git by the project's
/// .gitignore, readable by the owner only).
public enum ExportFiles {
  public static func folder(of project: ProjectFolder) -> String { project.path + "/exports" }

  /// The paths the request writes to.
  public static func paths(of project: ProjectFolder, _ request: ExportRequest) -> [String] {
    if request.kind == .exchange {
      let base = folder(of: project) + "/" + project.name
      return ["\(base).qdpx", "\(base)-codebook.qdc"]
    }
    let suffix = request.markdown.pseudonymize ? "-pseudonymised" : ""
    let base = folder(of: project) + "/" + project.name
    return ["\(base)-results-\(request.markdown.language.rawValue)\(suffix).md", "\(base)-meaning-units\(suffix).csv"]
  }

  /// Writes both files atomically and returns their paths (a codebook only when there are codes).
  @discardableResult
  public static func write(_ request: ExportRequest, of project: Project, into folder: ProjectFolder) throws(STCError)
    -> [String]
  {
    let paths = paths(of: folder, request)
    try AtomicFile.makeFolder(Self.folder(of: folder))
    if request.kind == .exchange {
      try AtomicFile.write(try QDPXExport(project).archive(), to: paths[0])
      guard !project.codes.isEmpty || !project.groups.isEmpty else { return [paths[0]] }
      try AtomicFile.write(Array(QDCExport(project).xml().utf8), to: paths[1])
      return paths
    }
    try AtomicFile.write(Array(MarkdownExport(project, options: request.markdown).document().utf8), to: paths[0])
    let csv = CSVExport.Options(
      language: request.markdown.language, excel: request.excel, pseudonymize: request.markdown.pseudonymize)
    try AtomicFile.write(CSVExport(project, options: csv).bytes(), to: paths[1])
    return paths
  }
}
