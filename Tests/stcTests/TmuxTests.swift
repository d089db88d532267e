import Foundation
import Testing

/// End-to-end: the real binary in a real terminal (tmux), driven by keys, checked by the screen
/// and by the files it saves.
@Suite(.serialized) struct TmuxTests {
  let cli = CLIRunner()
  let session = "stc-e2e-\(UUID().uuidString.prefix(8))"

  /// Runs tmux through the shell and returns what it printed. Not `Process`: Foundation learns
  /// that a child ended through a descriptor the child inherits, and the tmux server that
  /// `new-session` starts keeps it open for ever, so the wait would never end.
  @discardableResult
  func tmux(_ arguments: String...) throws -> String {
    let output = cli.home + "/tmux-output"
    let quoted = (["tmux", "-L", session] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let status = system(quoted.joined(separator: " ") + " > '\(output)' 2>/dev/null < /dev/null")
    if status != 0 && arguments.first != "kill-server" { Issue.record("tmux \(arguments.first ?? "") failed (\(status))") }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  func screen() throws -> String { try tmux("capture-pane", "-p", "-t", session) }

  /// Waits until the screen shows `text` (the program runs on its own clock; we poll, with a
  /// generous limit, rather than sleep a fixed time).
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitUntil("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Waits until the screen satisfies `condition`.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("the screen never showed \(what). It showed:\n\(last)", sourceLocation: sourceLocation)
    return last
  }

  func keys(_ keys: String...) throws {
    try tmux(["send-keys", "-t", session] + keys)
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let output = cli.home + "/tmux-output"
    let quoted = (["tmux", "-L", session] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    _ = system(quoted.joined(separator: " ") + " > '\(output)' 2>/dev/null < /dev/null")
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  /// Starts stc on `project` in a 100×30 tmux window, in colour (`swift test` sets NO_COLOR);
  /// after stc ends, the shell writes its exit status and whether the terminal is back in
  /// canonical mode.
  func start(_ project: String) throws {
    let done = cli.home + "/done"
    let command = """
      cd \(cli.work) && env -u NO_COLOR HOME=\(cli.home) STC_CODER=anna LANG=C.UTF-8 TERM=xterm-256color \
      \(cli.stcPath) \(project); \
      echo "exit=$? $(stty -a | grep -o -- '-\\?icanon')" > \(done); sleep 60
      """
    _ = try tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
  }

  func finished() throws -> String {
    let path = cli.home + "/done"
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("stc did not end")
    return ""
  }

  func sheet() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/demo.stc/coding/anna/informant1.json"))
    return try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  @Test func codeUndoRedoAndQuit() throws {
    defer {
      _ = try? tmux("kill-server")
      cli.cleanUp()
    }
    try cli.ok("demo", "demo.stc")
    let before = (try sheet()["meaningUnits"] as! [Any]).count
    try start("demo.stc")
    try waitFor("Progress through the four steps")
    try keys("Enter")
    try waitFor("line 1/157")
    for _ in 0..<10 { try keys("j") }
    try keys("v", "j")
    try waitFor("SELECT LINES")
    try keys("Enter")
    try waitFor("Code lines 11–12")
    try keys("-l", "Tid og ro")
    try waitFor("New code “Tid og ro”")
    try keys("Enter")
    try waitFor("[x] ")
    try keys("Escape")
    try waitFor("█ Tid og ro")
    var units = try sheet()["meaningUnits"] as! [[String: Any]]
    #expect(units.count == before + 1)
    try keys("u")
    try waitFor("Undid: Coded lines 11–12 with “Tid og ro”")
    units = try sheet()["meaningUnits"] as! [[String: Any]]
    #expect(units.count == before)
    try keys("C-r")
    try waitFor("Redid: Coded lines 11–12 with “Tid og ro”")
    units = try sheet()["meaningUnits"] as! [[String: Any]]
    #expect(units.count == before + 1)
    // Resizing redraws; Ctrl-Z suspends and a SIGCONT brings the workbench back.
    _ = try tmux("resize-window", "-t", session, "-x", "120", "-y", "35")
    try waitUntil("a title bar 120 columns wide") { $0.components(separatedBy: "\n")[0].hasSuffix(String(repeating: " ", count: 20) + "anna · en") }
    try keys("C-z")
    Thread.sleep(forTimeInterval: 0.5)
    #expect(system("pkill -CONT -f '^\(cli.stcPath) demo.stc$'") == 0)
    try waitFor("line 12/157")
    try keys("q")
    #expect(try finished() == "exit=0 icanon\n")
    let validate = try cli.run(["validate", "demo.stc"])
    #expect(validate.status == 0)
    let log = try String(contentsOfFile: cli.work + "/demo.stc/log/anna.jsonl", encoding: .utf8)
    #expect(log.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3)
  }

  @Test func aKilledWorkbenchGivesTheTerminalBack() throws {
    defer {
      _ = try? tmux("kill-server")
      cli.cleanUp()
    }
    try cli.ok("demo", "demo.stc")
    try start("demo.stc")
    try waitFor("Progress through the four steps")
    // Only stc itself: the shell around it has the same words in its command line.
    #expect(system("pkill -TERM -f '^\(cli.stcPath) demo.stc$'") == 0)
    let result = try finished()
    #expect(result == "exit=143 icanon\n")
  }
}
