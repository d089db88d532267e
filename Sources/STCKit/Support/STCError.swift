/// An error that reaches the user: one clear sentence, and the exit status the CLI returns
/// (the BSD sysexits values, so that scripts can tell a typo from a broken file).
public struct STCError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kind of failure, which decides the exit status.
  public enum Kind: Int32, Sendable {
    /// Wrong use of a command: a bad option, an unknown name (EX_USAGE, 64).
    case usage = 64
    /// The input exists but its content is wrong (EX_DATAERR, 65).
    case dataError = 65
    /// An input file or project does not exist or cannot be read (EX_NOINPUT, 66).
    case noInput = 66
    /// An output file or folder cannot be created (EX_CANTCREAT, 73).
    case cannotCreate = 73
    /// Reading or writing failed on the way (EX_IOERR, 74).
    case ioError = 74
    /// Someone else has the project open for this coder; try again later (EX_TEMPFAIL, 75).
    case busy = 75
    /// The project is encrypted and the passphrase is missing or wrong (EX_NOPERM, 77).
    case noPermission = 77
  }

  public let kind: Kind
  /// One or more sentences that say what went wrong and what to do.
  public let message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public static func usage(_ message: String) -> STCError { STCError(.usage, message) }
  public static func dataError(_ message: String) -> STCError { STCError(.dataError, message) }
  public static func noInput(_ message: String) -> STCError { STCError(.noInput, message) }
  public static func cannotCreate(_ message: String) -> STCError { STCError(.cannotCreate, message) }
  public static func ioError(_ message: String) -> STCError { STCError(.ioError, message) }
  public static func busy(_ message: String) -> STCError { STCError(.busy, message) }
  public static func noPermission(_ message: String) -> STCError { STCError(.noPermission, message) }

  /// The process exit status for this error.
  public var exitCode: Int32 { kind.rawValue }

  public var description: String { message }
}
