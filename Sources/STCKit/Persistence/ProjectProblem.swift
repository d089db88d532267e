/// Something wrong with a project folder, found while opening or validating it.
public struct ProjectProblem: Equatable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    /// The project cannot be opened safely until this is fixed.
    case error
    /// The project opens, but something deserves attention (such as file permissions).
    case warning
  }

  public var severity: Severity
  /// The file, relative to the project folder ("coding/kari/informant3.json").
  public var file: String
  /// What is wrong and, where it helps, what to do.
  public var message: String

  public init(_ severity: Severity, _ file: String, _ message: String) {
    self.severity = severity
    self.file = file
    self.message = message
  }

  public var description: String { "\(file): \(message)" }
}
