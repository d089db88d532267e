import Foundation
import Testing

/// End-to-end: the real binary in a real terminal (tmux), driven by keys, checked by the screen
/// and by the files it saves.
@Suite(.serialized) final class TmuxTests {
  let cli = CLIRunner()
  let session = "stc-e2e-\(UUID().uuidString.prefix(8))"

  /// After each test: the tmux server and the test's folders go.
  deinit {
    _ = runTmux(["kill-server"])
    cli.cleanUp()
  }

  /// Runs tmux through the shell; returns its exit status, what it printed and what it wrote
  /// to standard error. Not `Process`: Foundation learns that a child ended through a descriptor
  /// the child inherits, and the tmux server that `new-session` starts keeps it open for ever,
  /// so the wait would never end.
  func runTmux(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
    let output = cli.home + "/tmux-output", errors = cli.home + "/tmux-errors"
    let quoted = (["tmux", "-L", session] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let status = system(quoted.joined(separator: " ") + " > '\(output)' 2> '\(errors)' < /dev/null")
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    return (status, read(output), read(errors))
  }

  /// Runs tmux and returns what it printed; a failure is recorded (but for `kill-server`,
  /// which may find no server).
  @discardableResult
  func tmux(_ arguments: String...) throws -> String {
    let run = runTmux(arguments)
    if run.status != 0 && arguments.first != "kill-server" {
      Issue.record("tmux \(arguments.first ?? "") failed (\(run.status)): \(run.errors)")
    }
    return run.output
  }

  /// What the window shows; when there is no window, what tmux said instead (recorded once, by
  /// the wait that finds the screen wrong, not at every poll).
  func screen() throws -> String {
    let run = runTmux(["capture-pane", "-p", "-t", session])
    return run.status == 0 ? run.output : "(no screen: tmux capture-pane said \(run.errors))"
  }

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
    _ = runTmux(["send-keys", "-t", session] + keys)
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
    // A server that is still shutting down (see `restart`) turns a new client away; such a
    // refusal is retried, anything that lasts is reported with what tmux said.
    let deadline = Date().addingTimeInterval(10)
    var refusal = runTmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", command])
    while refusal.status != 0 && runTmux(["has-session", "-t", session]).status != 0 && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
      refusal = runTmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", command])
    }
    if runTmux(["has-session", "-t", session]).status != 0 { Issue.record("tmux new-session failed (\(refusal.status)): \(refusal.errors)") }
  }

  /// Ends the tmux session of a run that has finished and starts stc again. `kill-server`
  /// returns before the server has gone, so this waits until no server answers.
  func restart(_ project: String) throws {
    _ = try tmux("kill-server")
    let deadline = Date().addingTimeInterval(10)
    while runTmux(["has-session", "-t", session]).status == 0 && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    try FileManager.default.removeItem(atPath: cli.home + "/done")
    try start(project)
  }

  /// Makes the demo project and opens the workbench on it, at the overview.
  func openDemo() throws {
    try cli.ok("demo", "demo.stc")
    try start("demo.stc")
    try waitFor("Progress through the four steps")
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
    let lines = log.components(separatedBy: "\n").filter { !$0.isEmpty }
    // Coded, undid, redid, and on quitting how far informant1 was read.
    #expect(lines.count == 4)
    #expect(lines.last?.contains("Read further in informant1") == true)
  }

  /// An encrypted project asks for its passphrase before the workbench opens, without echo;
  /// a wrong one is refused and the terminal is given back as it was.
  @Test func anEncryptedProjectAsksForItsPassphrase() throws {
    try cli.ok("demo", "demo.stc")
    FileManager.default.createFile(atPath: cli.home + "/pass", contents: Data("rødt eple og grønn pære\n".utf8))
    #expect(try cli.run(["encrypt", "demo.stc"], environment: ["STC_PASSPHRASE_FILE": cli.home + "/pass"]).status == 0)
    try start("demo.stc")
    try waitFor("Passphrase for demo:")
    try keys("-l", "feil passord")
    try keys("Enter")
    #expect(try finished() == "exit=77 icanon\n")
    let screen = try self.screen()
    #expect(screen.contains("not the passphrase of demo") && !screen.contains("feil passord"))
    try restart("demo.stc")
    try waitFor("Passphrase for demo:")
    try keys("-l", "rødt eple og grønn pære")
    try keys("Enter")
    try waitFor("Progress through the four steps")
    try keys("q")
    #expect(try finished() == "exit=0 icanon\n")
  }

  /// Like Vim's swap file: text typed but not saved survives a terminal that dies (SIGKILL, no
  /// chance to clean up) and is back in the editor on the next open.
  @Test func unsavedTextSurvivesAKill() throws {
    try openDemo()
    try keys("i")
    try waitFor("Ctrl-S")
    try keys("-l", "Ulagret tanke om søvn")
    try waitFor("Ulagret tanke om søvn")
    #expect(system("pkill -KILL -f '^\(cli.stcPath) demo.stc$'") == 0)
    #expect(try finished().hasPrefix("exit=137"))
    try restart("demo.stc")
    try waitFor("Recovered text that was not saved")
    try waitFor("Ulagret tanke om søvn")
    try keys("Escape")
    try waitUntil("the text saved") { !$0.contains("Recovered text") }
    try keys("q")
    _ = try finished()
    #expect(!FileManager.default.fileExists(atPath: cli.work + "/demo.stc/.drafts/anna.json"))
    let project = try String(contentsOfFile: cli.work + "/demo.stc/project.json", encoding: .utf8)
    #expect(project.contains("Ulagret tanke om søvn"))
  }

  /// Two coders on one project folder (a shared drive): a theme added from the command line as
  /// jonas while anna's workbench is open is not overwritten by anna's next save; anna's change
  /// is saved on top of it, and her screen says so.
  @Test func twoCodersSavingInOneFolderLoseNothing() throws {
    try openDemo()
    try keys("1")
    try waitFor("Preliminary themes")
    // Jonas saves while Anna's dialog is open (the workbench reads nothing again under a dialog).
    try keys("a")
    try keys("-l", "Ensomhet")
    try waitFor("Ensomhet")
    let jonas = try cli.run(["theme", "demo.stc", "add", "Nattevakt", "--coder", "jonas"])
    #expect(jonas.status == 0, "\(jonas.stderr)")
    try keys("Enter")
    try waitFor("Loaded another stc's changes; yours are saved on top.")
    try waitFor("Nattevakt")
    try keys("Escape")
    try waitFor("Progress through the four steps")
    try keys("q")
    #expect(try finished() == "exit=0 icanon\n")
    let data = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/demo.stc/project.json"))
    let project = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let titles = (project["themes"] as! [[String: Any]]).map { $0["title"] as! String }
    #expect(titles.contains("Nattevakt") && titles.contains("Ensomhet"))
    #expect(try cli.run(["validate", "demo.stc"]).status == 0)
  }

  /// What another coder saves shows in an open workbench within seconds, without a key.
  @Test func anotherCodersWorkAppearsWithoutAKey() throws {
    try openDemo()
    try keys("1")
    try waitFor("Preliminary themes")
    let jonas = try cli.run(["theme", "demo.stc", "add", "Nattevakt", "--coder", "jonas"])
    #expect(jonas.status == 0, "\(jonas.stderr)")
    try waitFor("Loaded what another stc saved.")
    try waitFor("Nattevakt")
    try keys("Escape")
    try waitFor("Progress through the four steps")
    try keys("q")
    #expect(try finished() == "exit=0 icanon\n")
  }

  @Test func aKilledWorkbenchGivesTheTerminalBack() throws {
    try openDemo()
    // Only stc itself: the shell around it has the same words in its command line.
    #expect(system("pkill -TERM -f '^\(cli.stcPath) demo.stc$'") == 0)
    let result = try finished()
    #expect(result == "exit=143 icanon\n")
  }

  @Test func aFreshProjectThroughAllFourSteps() throws {
    try cli.ok("init", "studie", "--title", "Nattero")
    FileManager.default.createFile(
      atPath: cli.work + "/informant1.txt",
      contents: Data("I: Hvordan sover du?\nInformant 1: Jeg sover godt nå. Det er roligere.\nI: Og kameraet?\nInformant 1: Det gjør meg trygg.\n".utf8))
    try cli.ok("import", "studie.stc", "informant1.txt")
    try start("studie.stc")
    try waitFor("Progress through the four steps")

    // Step 1: a theme with a note, and my preconceptions.
    try keys("1")
    try waitFor("Preliminary themes (0)")
    try keys("a")
    try keys("-l", "Trygghet")
    try keys("Enter")
    try waitFor("1. Trygghet")
    try keys("Enter")
    try keys("-l", "Hvem er trygg?")
    try keys("Escape")
    try waitFor("Hvem er trygg?")
    try keys("F")
    try keys("-l", "Jeg har jobbet natt.")
    try keys("Escape")
    try waitFor("Preconceptions of anna: Jeg har jobbet natt.")

    // Impressions, then step 2: code a line in the transcript.
    try keys("Escape")
    try waitFor("Progress through the four steps")
    try keys("i")
    try keys("-l", "Rolig og klar.")
    try keys("Escape")
    try keys("Enter")
    try waitFor("line 1/4")
    try keys("j", "v", "Enter")
    try waitFor("Code lines 2")
    try keys("-l", "Søvn")
    try keys("Enter")
    try waitFor("[x] ")
    try keys("Escape")

    // Sorting: a group, a subgroup, and the code moved into it.
    try keys("2")
    try waitFor("2 Sorting the codebook")
    try keys("A")
    try keys("-l", "Natt")
    try keys("Enter")
    try waitFor("▾ Natt")
    try keys("a")
    try keys("-l", "Søvn og ro")
    try keys("Enter")
    try waitFor("▾ Søvn og ro")
    try keys("G", "M")
    try keys("-l", "Søvn og")
    try keys("Enter")
    try waitFor("Moved “Søvn” to Natt › Søvn og ro")

    // Step 3: golden quotation and condensate.
    try keys("3")
    try waitFor("Choose a subgroup to condense")
    try keys("Enter")
    try waitFor("No golden quotation yet")
    try keys("g")
    try waitFor("★ “Informant 1: Jeg sover godt nå.")
    try keys("Tab")
    try keys("-l", "Jeg sover godt.")
    try keys("Escape")
    try waitFor("Saved: Condensate of “Søvn og ro”")

    // Step 4: read again in context, the analytic text, done.
    try keys("4")
    try waitFor("Condensate: Jeg sover godt.")
    try keys("Space")
    try waitFor("Read again in context: 1 of 1")
    try keys("Tab")
    try keys("-l", "Informanten sover godt.")
    try keys("Escape")
    try waitFor("Saved: Analytic text of “Søvn og ro”")
    try keys("D")
    try waitFor("“Søvn og ro” is done")
    try keys("q")
    #expect(try finished() == "exit=0 icanon\n")

    let data = try Data(contentsOf: URL(fileURLWithPath: cli.work + "/studie.stc/project.json"))
    let project = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let theme = (project["themes"] as! [[String: Any]])[0]
    #expect(theme["title"] as? String == "Trygghet" && theme["note"] as? String == "Hvem er trygg?")
    let memo = (project["memos"] as! [[String: Any]])[0]
    #expect(memo["target"] as? String == "preconceptions:anna" && memo["text"] as? String == "Jeg har jobbet natt.")
    let impression = (project["impressions"] as! [String: [String: Any]])["informant1"]!
    #expect(impression["note"] as? String == "Rolig og klar.")
    #expect(impression["readBy"] as? [String] == ["anna"])
    let subgroup = ((project["codeGroups"] as! [[String: Any]])[0]["subgroups"] as! [[String: Any]])[0]
    #expect(subgroup["condensate"] as? String == "Jeg sover godt.")
    #expect(subgroup["analyticText"] as? String == "Informanten sover godt.")
    #expect(subgroup["status"] as? String == "done")
    #expect(subgroup["goldenQuote"] is String)
    #expect((subgroup["recontextualised"] as? [String])?.count == 1)
    let code = (project["codes"] as! [[String: Any]])[0]
    #expect(code["name"] as? String == "Søvn" && code["subgroup"] as? String == subgroup["id"] as? String)
    #expect(try cli.run(["validate", "studie.stc"]).status == 0)
  }
}
