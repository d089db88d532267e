/// Meaning units as CSV (RFC 4180): one row per meaning unit and code, for spreadsheets and
/// statistics programs.
public struct CSVExport: Sendable {
  public struct Options: Sendable {
    public var language: ProjectLanguage
    /// For Excel: a UTF-8 byte order mark and semicolons (Excel in Norway and most of Europe
    /// expects them).
    public var excel: Bool
    public var pseudonymize: Bool
    /// Only this coder's meaning units, when set.
    public var coder: CoderName?

    public init(language: ProjectLanguage, excel: Bool = false, pseudonymize: Bool = false, coder: CoderName? = nil) {
      self.language = language
      self.excel = excel
      self.pseudonymize = pseudonymize
      self.coder = coder
    }
  }

  let project: Project
  let options: Options

  public init(_ project: Project, options: Options) {
    self.project = project
    self.options = options
  }

  /// The file's bytes: CRLF line ends, fields quoted where needed.
  public func bytes() -> [UInt8] {
    let separator: Character = options.excel ? ";" : ","
    let hide = options.pseudonymize ? Pseudonymizer(project.names) : .none
    var lines = [Self.row(ExportLabels(options.language).csvHeader, separator: separator)]
    for unit in project.units(matching: UnitFilter(coder: options.coder)) {
      let informant = project.informantNumber(of: unit).flatMap { project.informant($0)?.label } ?? ""
      let base = [hide(unit.transcript.rawValue), hide(informant), unit.coder.rawValue, project.lineLabel(of: unit)]
      let text = hide(project.quote(of: unit))
      let codes = unit.codes.compactMap { project.codes[$0] }.sorted { $0.name.lowercased() < $1.name.lowercased() }
      if codes.isEmpty { lines.append(Self.row(base + ["", "", "", text, unit.id.rawValue], separator: separator)) }
      for code in codes {
        let subgroup = code.subgroup.flatMap { project.subgroup($0) }?.name ?? ""
        let group = code.subgroup.flatMap { project.group(containing: $0) }?.name ?? ""
        lines.append(
          Self.row(base + [hide(code.displayName), hide(subgroup), hide(group), text, unit.id.rawValue], separator: separator))
      }
    }
    let body = Array(lines.joined(separator: "\r\n").utf8) + [13, 10]
    return options.excel ? [0xEF, 0xBB, 0xBF] + body : body
  }

  /// One record: a field is quoted when it holds the separator, a quote or a line break.
  static func row(_ fields: [String], separator: Character) -> String {
    fields.map { field in
      guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: String(separator))
  }
}
