/// What `stc bench` measures, with the targets for the large size on a 2-core machine
/// (release build).
public enum Scenario: String, CaseIterable, Codable, Sendable {
  case open = "open the project, whole process"
  case openInProcess = "open the project, in process"
  case saveOneChange = "save after one change"
  case saveAll = "save everything"
  case saveOnTop = "save on top of another coder's save"
  case keepDraft = "keep unsaved text (a draft), per keystroke"
  case keystroke = "keystroke to drawn frame, 200×60"
  case pickerKeystroke = "code picker filter, per keystroke"
  case pickerFrame = "code picker, keystroke to drawn frame"
  case agreement = "agreement, line units, all codes"
  case markdown = "Markdown export"
  case qdpx = ".qdpx export"
  case memory = "peak memory, project open"

  /// The target at the large size: milliseconds, or megabytes for memory.
  public var target: Double? {
    switch self {
    case .open: 200
    case .openInProcess: nil
    case .saveOneChange: 10
    case .saveAll: 150
    case .saveOnTop: nil
    case .keepDraft: nil
    case .keystroke: 2
    case .pickerKeystroke: 1
    case .pickerFrame: nil
    case .agreement: 20
    case .markdown: 100
    case .qdpx: 1000
    case .memory: 100
    }
  }

  public var unit: String { self == .memory ? "MB" : "ms" }

  /// The short name `stc bench --only` takes.
  public var key: String {
    switch self {
    case .open, .memory: "open"
    case .openInProcess: "load"
    case .saveOneChange, .saveAll, .saveOnTop, .keepDraft: "save"
    case .keystroke, .pickerKeystroke, .pickerFrame: "keys"
    case .agreement: "agreement"
    case .markdown: "markdown"
    case .qdpx: "qdpx"
    }
  }

  /// Per-keystroke targets hold for the slowest keystrokes (p99); the rest for the median.
  public var judgedByP99: Bool { self == .keystroke || self == .pickerKeystroke || self == .pickerFrame }
}
