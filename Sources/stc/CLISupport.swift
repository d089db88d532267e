import ArgumentParser
import Foundation
import STCKit

/// A command whose work can fail with an `STCError`: the error is printed as one sentence on
/// standard error and the process exits with the error's sysexits status.
protocol STCCommand: ParsableCommand {
  func execute() throws(STCError)
}

extension STCCommand {
  func run() throws {
    do {
      try execute()
    } catch {
      Console.error(error.message)
      throw ExitCode(error.exitCode)
    }
  }
}

/// Where output goes.
enum Console {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func line(_ text: String) { print(text + "\n") }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data("stc: \(text)\n".utf8))
  }
}

/// The project a command works on.
struct ProjectArgument: ParsableArguments {
  @Argument(help: "The project folder (NAME.stc; the .stc may be left out).")
  var project: String

  /// The project, unlocked with its passphrase when it is encrypted.
  func folder() throws(STCError) -> ProjectFolder { try ProjectFolder.locate(project).unlockedFromConsole() }
}

/// Who is coding.
struct CoderOption: ParsableArguments {
  @Option(help: "The coder's name (default: $STC_CODER, then your login name).")
  var coder: String?

  func resolve() throws(STCError) -> CoderName { try Self.resolve(coder) }

  /// The coder named, else $STC_CODER, else the login name.
  static func resolve(_ coder: String?) throws(STCError) -> CoderName {
    if let coder { return try CoderName(validating: coder) }
    let environment = ProcessInfo.processInfo.environment
    if let fromEnvironment = environment["STC_CODER"], !fromEnvironment.isEmpty {
      return try CoderName(validating: fromEnvironment)
    }
    let login = getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? environment["USER"] ?? ""
    guard let name = try? CoderName(validating: login) else {
      throw .usage("Tell stc who is coding: give --coder NAME or set STC_CODER.")
    }
    return name
  }
}

/// Text given inline or read from a file, for condensates, analytic texts and notes.
struct TextInput: ParsableArguments {
  @Option(help: "The text itself.")
  var text: String?

  @Option(help: "A UTF-8 file to read the text from (- reads standard input).")
  var file: String?

  func validate() throws {
    if (text == nil) == (file == nil) { throw ValidationError("Give the text with either --text or --file.") }
  }

  func read() throws(STCError) -> String {
    if let text { return text }
    guard let file else { return "" }
    let bytes: [UInt8]
    if file == "-" {
      bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    } else {
      bytes = try AtomicFile.read(file)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .dataError("\(file) is not UTF-8 text: save it as UTF-8 and try again.")
    }
    return text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

extension Project {
  /// The code with this name, or an error that suggests close names.
  func requireCode(named name: String) throws(STCError) -> Code {
    if let code = code(named: name) { return code }
    let suggestions = suggestCodes(for: name)
    let hint = suggestions.isEmpty ? "See `stc codes` for the codebook." : "Did you mean " + suggestions.map { "“\($0)”" }.joined(separator: " or ") + "?"
    throw .usage("There is no code named “\(name)”. \(hint)")
  }

  func requireGroup(named name: String) throws(STCError) -> CodeGroup {
    guard let group = group(named: name) else {
      throw .usage("There is no code group named “\(name)”. See `stc codes` for the codebook.")
    }
    return group
  }

  func requireTranscript(_ id: String) throws(STCError) -> TranscriptRecord {
    guard let record = transcript(TranscriptID(id)) else {
      let known = transcripts.map(\.id.rawValue).joined(separator: ", ")
      throw .usage("There is no transcript “\(id)”. The transcripts are: \(known.isEmpty ? "(none yet)" : known).")
    }
    return record
  }

  func requireUnit(_ id: String) throws(STCError) -> MeaningUnit {
    guard let unit = unit(MeaningUnitID(id)) else {
      throw .usage("There is no meaning unit \(id). See `stc units` for the meaning units and their ids.")
    }
    return unit
  }
}

/// Parses "12-15", "12–15" or "12" into a 1-based closed range.
struct LineRange: ExpressibleByArgument {
  var first: Int
  var last: Int

  init?(argument: String) {
    let parts = argument.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == ":" }).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a >= 1, b >= a else {
      return nil
    }
    first = a
    last = b
  }
}

extension ProjectSession {
  /// Opens a project for work from the command line, saying when an interrupted save was
  /// finished first.
  static func open(_ folder: ProjectFolder, coder: CoderName) throws(STCError) -> ProjectSession {
    let command = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "stc"
    let session = try ProjectSession(folder: folder, coder: coder, purpose: "stc \(command)")
    if let recovery = session.recovery { Console.error(recovery) }
    return session
  }
}
