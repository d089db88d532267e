import ArgumentParser
import STCKit

/// The root command: with no subcommand, `stc` opens the workbench.
@main
struct STC: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stc",
    abstract: "A terminal workbench for Systematic Text Condensation (Malterud).",
    discussion: """
      stc takes interview transcripts through the four steps of STC: total impression, meaning \
      units and codes, condensation, and synthesis. A project is a folder NAME.stc/ of JSON files \
      and the imported transcripts.

      Run `stc` alone to open the workbench on the project in the current folder, or on a working \
      copy of the demo project. Every other command is scriptable; the coder defaults to \
      $STC_CODER, then to your login name.

      Examples:
        stc init thesis --title "Digitalt tilsyn" --question "Hvordan erfarer …?"
        stc import thesis.stc interviews/*.docx
        stc code thesis.stc --transcript informant3 --lines 12-15 --code Ensomhet
        stc stats thesis.stc
      """,
    version: STCVersion.current,
    subcommands: [
      Open.self, Init.self, Demo.self, Generate.self, Bench.self, Import.self, Backups.self, Restore.self, Encrypt.self, Decrypt.self, ChangePassphrase.self, CodePassage.self, Codes.self, Sort.self, Codebook.self,
      Condense.self, Analyse.self, Golden.self, ThemeCommand.self, MemoCommand.self, InformantCommand.self,
      Units.self, Search.self, Stats.self, Validate.self, Log.self, Export.self, Names.self, Agree.self, Reconcile.self, Merge.self, Keys.self,
    ],
    defaultSubcommand: Open.self
  )
}

/// The version `stc --version` prints.
enum STCVersion {
  static let current = STCBuild.version
}
