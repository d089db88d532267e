import Foundation
import Testing

/// Runs the built `stc` binary, as a user or a script would.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A private home and working folder, so that tests never touch the real data folder.
  let home: String
  let stcPath = Bundle.main.bundlePath + "/stc"

  init() {
    home = NSTemporaryDirectory() + "stc-cli-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: home + "/work", withIntermediateDirectories: true)
  }

  var work: String { home + "/work" }

  func cleanUp() { try? FileManager.default.removeItem(atPath: home) }

  @discardableResult
  func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil, in folder: String? = nil)
    throws -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: stcPath)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder ?? work)
    var env = ["HOME": home, "PATH": "/usr/bin:/bin", "COLUMNS": "80", "STC_CODER": "anna", "LANG": "C.UTF-8"]
    env.merge(environment) { _, new in new }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Runs a command that must succeed and returns its standard output.
  @discardableResult
  func ok(_ arguments: String..., input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try run(arguments, input: input)
    #expect(result.status == 0, "stc \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
    return result.stdout
  }

  /// Runs a command that must fail with `status` and returns its standard error.
  @discardableResult
  func fails(_ status: Int32, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try run(arguments)
    #expect(result.status == status, "stc \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
    return result.stderr
  }
}
