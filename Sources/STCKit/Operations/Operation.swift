/// A change to a project, as a value: it can be applied, logged, and undone by applying the
/// inverse that `Project.apply(_:)` returns.
///
/// The cases are the primitive changes; `Project`'s edit helpers (`mergeCodes`, `deleteCode`, …)
/// compose them into `.batch` operations that are undone as one.
public indirect enum Operation: Equatable, Sendable {
  case addMeaningUnit(MeaningUnit)
  case deleteMeaningUnit(MeaningUnitID)
  /// Replaces a unit by id: its span, codes and note. Coder and transcript cannot change.
  case updateMeaningUnit(MeaningUnit)
  case assignCode(CodeID, to: MeaningUnitID)
  case removeCode(CodeID, from: MeaningUnitID)

  case createCode(Code)
  /// Deletes a code that no meaning unit carries.
  case deleteCode(CodeID)
  /// Replaces a code by id: rename, describe, recolour, valence, or move to another subgroup.
  case updateCode(Code)

  case createGroup(CodeGroup, at: Int)
  /// Deletes a group none of whose subgroups holds a code.
  case deleteGroup(CodeGroupID)
  /// Replaces a group's name, description and introduction; its subgroups stay.
  case updateGroup(CodeGroup)
  case moveGroup(CodeGroupID, to: Int)

  case createSubgroup(Subgroup, in: CodeGroupID, at: Int)
  /// Deletes a subgroup that holds no code.
  case deleteSubgroup(SubgroupID)
  /// Replaces a subgroup by id: name, description, condensate, golden quotation, analytic text,
  /// status.
  case updateSubgroup(Subgroup)
  case moveSubgroup(SubgroupID, to: CodeGroupID, at: Int)

  case createTheme(Theme, at: Int)
  case deleteTheme(ThemeID)
  case updateTheme(Theme)
  case moveTheme(ThemeID, to: Int)

  /// Sets the impressions note and read marks of one transcript.
  case setImpression(Impression, for: TranscriptID)

  case createMemo(Memo)
  case deleteMemo(MemoID)
  case updateMemo(Memo)

  case updateInformant(Informant)
  case updateMetadata(ProjectMetadata)
  /// Replaces the names table.
  case setNames([Pseudonym])

  /// Several operations applied in order and undone as one; the label names the whole.
  case batch(String, [Operation])
}

/// A file of the project folder that an operation changed and that must be saved.
public enum ProjectFile: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// `project.json`.
  case project
  /// `coding/<coder>/<transcript>.json`.
  case sheet(CodingSheetID)

  public var description: String {
    switch self {
    case .project: "project.json"
    case .sheet(let sheet): sheet.description
    }
  }
}

/// What applying an operation did.
public struct AppliedOperation: Equatable, Sendable {
  /// The operation that undoes this one exactly.
  public var inverse: Operation
  /// The files to save.
  public var touched: Set<ProjectFile>
  /// One line for the change log, "Renamed code “Angst” to “Uro”".
  public var summary: String
  /// For undo and redo: the label the change was recorded with (in the user's language).
  public var label: String?

  public init(inverse: Operation, touched: Set<ProjectFile>, summary: String, label: String? = nil) {
    self.inverse = inverse
    self.touched = touched
    self.summary = summary
    self.label = label
  }
}
