import Testing

/// `--help` teaches: every command explains itself with examples.
@Suite struct HelpTests {
  let cli = CLIRunner()

  @Test func rootHelpListsTheCommands() throws {
    defer { cli.cleanUp() }
    let help = try cli.ok("--help")
    for command in ["init", "import", "code", "codes", "sort", "condense", "analyse", "golden", "theme", "stats", "validate"] {
      #expect(help.contains("\n  \(command) ") || help.contains("\n  \(command),"), "the help does not list \(command)")
    }
    #expect(help.contains("Examples:"))
    #expect(try cli.ok("--version") == "0.1.0\n")
  }

  @Test func everyCommandHasExamples() throws {
    defer { cli.cleanUp() }
    for command in ["init", "demo", "import", "code", "codes", "sort", "condense", "analyse", "golden", "theme", "memo",
      "informant", "units", "search", "stats", "validate", "log", "codebook", "encrypt", "decrypt", "passphrase"]
    {
      let help = try cli.ok(command, "--help")
      #expect(help.contains("Examples:"), "stc \(command) --help has no examples")
    }
  }

  @Test func codeHelpReadsAsWritten() throws {
    defer { cli.cleanUp() }
    #expect(try cli.ok("code", "--help") == """
      OVERVIEW: Mark a passage as a meaning unit and give it codes.

      The passage is whole lines (numbered from 1, as `stc units` and the workbench
      show them), or, with --words, exactly those words within the lines. Codes that
      do not exist yet are created. When the coder already has a meaning unit on
      exactly this passage, the codes are added to it.

      Examples:
        stc code thesis.stc --transcript informant3 --lines 12-15 --code Ensomhet
        stc code thesis.stc --transcript informant3 --lines 40 \\
            --words "Man sparer ikke tid" --code "Tid flyttet" --coder jonas

      USAGE: stc code <project> --transcript <transcript> --lines <lines> [--words <words>] [--code <code> ...] [--note <note>] [--coder <coder>]

      ARGUMENTS:
        <project>               The project folder (NAME.stc; the .stc may be left
                                out).

      OPTIONS:
        --transcript <transcript>
                                The transcript's id (see `stc stats`).
        --lines <lines>         The lines, such as 12-15 or 12.
        --words <words>         Only these words within the lines (they must occur
                                there exactly once).
        --code <code>           A code to give the passage (repeat for several).
        --note <note>           A note on the meaning unit.
        --coder <coder>         The coder's name (default: $STC_CODER, then your
                                login name).
        --version               Show the version.
        -h, --help              Show help information.


      """)
  }
}
