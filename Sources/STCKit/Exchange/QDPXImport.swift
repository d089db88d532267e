import Foundation

/// Builds an stc project from a REFI-QDA project exchange file (.qdpx) written by stc or by
/// another program (NVivo, ATLAS.ti, MAXQDA, QualCoder, qc).
///
/// Text sources become transcripts, users become coders, the code tree becomes code groups,
/// subgroups and codes (see `CodeTreePlan`), text selections become meaning units at the same
/// words, notes become memos, cases become informants. When the file holds stc's note of
/// details, what REFI-QDA cannot express comes back too, so that stc → .qdpx → stc gives the
/// same project. Everything stc cannot hold is named in the report.
public struct QDPXImport {
  public struct Options: Sendable {
    /// The coder of selections that name no user.
    public var coder: CoderName
    /// The project's language; nil takes stc's details, else Norwegian bokmål.
    public var language: ProjectLanguage?
    /// When the import happens: the time of objects that carry none.
    public var now: Timestamp

    public init(coder: CoderName, language: ProjectLanguage? = nil, now: Timestamp = .now()) {
      self.coder = coder
      self.language = language
      self.now = now
    }
  }

  public struct Result: Sendable {
    public var project: Project
    public var report: ExchangeReport
  }

  /// Reads the .qdpx at `path`.
  public static func read(file path: String, options: Options, ids: inout IDGenerator) throws(STCError) -> Result {
    let archive = try ExchangeArchive(path: path)
    guard let xml = try archive.read("project.qde", limit: XMLTree.maximumSize) else {
      let qde = archive.paths.first { $0.lowercased().hasSuffix(".qde") }
      throw .dataError(
        "\(archive.fileName) holds no project.qde"
          + (qde.map { " at its top level (it has \($0))" } ?? "")
          + ": it is not a REFI-QDA project. A codebook alone (.qdc) is imported with `stc import qdc`.")
    }
    let root = try XMLTree.parse(xml, fileName: "\(archive.fileName): project.qde")
    guard root.name == "Project" else {
      if root.name == "CodeBook" {
        throw .dataError("\(archive.fileName) holds a codebook, not a project: import it with `stc import qdc`.")
      }
      throw .dataError("\(archive.fileName): project.qde starts with <\(root.name)>, not <Project>: it is not a REFI-QDA project.")
    }
    var reader = QDPXReader(root: root, archive: archive, options: options, ids: ids)
    try reader.run()
    var problems = reader.problems()
    if !problems.isEmpty && reader.details != nil {
      // stc's details contradict the file (edited by hand, or by a program that copied ids):
      // the standard content alone still makes a sound project.
      let first = problems[0]
      reader = QDPXReader(root: root, archive: archive, options: options, ids: ids, useDetails: false)
      try reader.run()
      reader.report.adjusted.append(
        "The note of stc details does not fit the rest of the file (\(first)); the project was imported from the REFI-QDA content alone.")
      problems = reader.problems()
    }
    guard problems.isEmpty else {
      throw .dataError(
        "\(archive.fileName) cannot become a sound project: " + problems.prefix(3).joined(separator: "; ") + ".")
    }
    ids = reader.ids
    return Result(project: reader.project, report: reader.report)
  }
}

/// The state of one import; see `QDPXImport`.
final class QDPXReader {
  static let namespace = "urn:QDA-XML:project:1.0"

  let root: XMLTree
  let archive: ExchangeArchive
  let options: QDPXImport.Options
  var ids: IDGenerator
  var project: Project
  var report = ExchangeReport()
  var details: ExchangeDetails?

  /// GUID keys (lower case, no braces) → what they became.
  var users: [String: CoderName] = [:]
  var codeIDs: [String: CodeID] = [:]
  var groupIDs: [String: CodeGroupID] = [:]
  var subgroupIDs: [String: SubgroupID] = [:]
  var transcriptIDs: [String: TranscriptID] = [:]
  var informantNumbers: [String: Int] = [:]
  /// Selection GUID → the meaning units made from it (one per coder).
  var selectionUnits: [String: [MeaningUnitID]] = [:]
  var themeIDs: [String: ThemeID] = [:]
  /// The GUID of the note of stc details, which is not imported as a memo.
  var detailsNote: String?

  /// Whether to read stc's note of details (off for the second try when they do not fit).
  let useDetails: Bool

  init(root: XMLTree, archive: ExchangeArchive, options: QDPXImport.Options, ids: IDGenerator, useDetails: Bool = true) {
    self.root = root
    self.archive = archive
    self.options = options
    self.ids = ids
    self.useDetails = useDetails
    project = Project(metadata: ProjectMetadata(title: "", created: options.now))
  }

  var fileName: String { archive.fileName }

  /// What would make the imported project fail to load, as the loader checks it.
  func problems() -> [String] {
    var problems = ProjectFolder.checkIndex(ProjectDocument(project)) + ProjectFolder.checkReferences(project)
    let stored = project.sheets.values.reduce(0) { $0 + $1.count }
    if stored != project.unitCount {
      problems.append(ProjectProblem(.error, "coding", "a meaning unit id is used twice."))
    }
    for unit in project.allUnits where unit.codes.contains(where: { project.codes[$0] == nil }) {
      problems.append(ProjectProblem(.error, "coding", "meaning unit \(unit.id) has a code that does not exist."))
    }
    return problems.filter { $0.severity == .error }.map(\.message)
  }

  /// "NAME.qdpx, project.qde line 12": where an element is, for the report.
  func at(_ element: XMLTree) -> String { "project.qde line \(element.line)" }

  func run() throws(STCError) {
    if root.namespace != Self.namespace {
      report.adjusted.append(
        "project.qde is not in the REFI-QDA namespace (\(Self.namespace)); it was read as if it were.")
    }
    details = useDetails ? readDetails() : nil
    readMetadata()
    readUsers()
    readCases()
    try readCodeBook()
    try readSources()
    readSets()
    readNotes()
    readLinks()
    for element in root.all("Graph", in: "Graphs") {
      report.notImported.append("Graph “\(element["name"] ?? "")” (\(at(element))): stc has no graphs.")
    }
    applyDetails()
    summarise()
  }

  // MARK: Metadata and users

  func readMetadata() {
    var title = root["name"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if title.isEmpty { title = (fileName as NSString).deletingPathExtension }
    let question = root.first("Description")?.text ?? ""
    let created = root["creationDateTime"].flatMap(Timestamp.init(iso8601:)) ?? options.now
    let language = options.language ?? details?.project.language ?? .nb
    project.metadata = ProjectMetadata(title: title, researchQuestion: question, language: language, created: created)
  }

  func readUsers() {
    var taken = Set<CoderName>()
    for user in root.all("User", in: "Users") {
      let key = REFIIdentity.key(user["guid"] ?? "")
      let shown = user["name"] ?? user["id"] ?? ""
      var name = Self.coderName(from: shown)
      if taken.contains(name) {
        var n = 2
        while taken.contains(CoderName(stringLiteral: "\(name.rawValue)-\(n)")) { n += 1 }
        name = CoderName(stringLiteral: "\(name.rawValue)-\(n)")
      }
      taken.insert(name)
      users[key] = name
      if name.rawValue != shown {
        report.adjusted.append("The user “\(shown)” became the coder “\(name)” (coder names are letters, digits, . _ -).")
      }
    }
  }

  /// A valid coder name made from a user's name: other characters become "-".
  static func coderName(from text: String) -> CoderName {
    if let valid = try? CoderName(validating: text) { return valid }
    var out = ""
    for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      let ok = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "." || scalar == "_"
      if ok { out.unicodeScalars.append(scalar) } else if !out.isEmpty && !out.hasSuffix("-") { out.append("-") }
    }
    while out.hasSuffix("-") || out.hasSuffix(".") || out.hasSuffix("_") { out.removeLast() }
    out = String(out.prefix(64))
    return (try? CoderName(validating: out)) ?? "user"
  }

  /// The coder behind a `creatingUser` attribute, or the fallback coder.
  func coder(_ guid: String?) -> CoderName {
    guard let guid, let name = users[REFIIdentity.key(guid)] else { return options.coder }
    return name
  }

  // MARK: Cases → informants

  func readCases() {
    var variables: [String: String] = [:]
    for variable in root.all("Variable", in: "Variables") {
      variables[REFIIdentity.key(variable["guid"] ?? "")] = variable["name"] ?? ""
    }
    var next = 1
    for element in root.all("Case", in: "Cases") {
      let key = REFIIdentity.key(element["guid"] ?? "")
      let label = element["name"] ?? ""
      let number = details?.informants[key]?.number
        ?? TranscriptImporter.informantNumber(inFileName: label).flatMap { project.informant($0) == nil ? $0 : nil }
        ?? {
          while project.informant(next) != nil { next += 1 }
          return next
        }()
      var attributes: [String: String] = [:]
      for value in element.all("VariableValue") {
        guard let ref = value.first("VariableRef")?["targetGUID"], let name = variables[REFIIdentity.key(ref)] else {
          continue
        }
        let text = value.children.first { $0.name.hasSuffix("Value") }?.text ?? ""
        attributes[name] = text
      }
      project.putInformant(
        Informant(number: number, label: label.isEmpty ? nil : label, colour: nil, attributes: attributes))
      informantNumbers[key] = number
    }
  }

  /// The informants whose cases refer to a source: one for an interview, several for a focus
  /// group.
  func informantsOfSource(_ guid: String) -> [Int] {
    var found: [Int] = []
    for element in root.all("Case", in: "Cases") {
      let refs = element.all("SourceRef").compactMap { $0["targetGUID"].map(REFIIdentity.key) }
      if refs.contains(guid), let n = informantNumbers[REFIIdentity.key(element["guid"] ?? "")] { found.append(n) }
    }
    return found
  }
}
