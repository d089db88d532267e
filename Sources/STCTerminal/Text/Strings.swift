import STCKit

/// Every string the workbench shows, in English and Norwegian bokmål. Commands carry their own
/// texts (`Command.text(_:)`); everything else is here.
public struct Strings: Sendable {
  public let language: Language

  public init(_ language: Language) { self.language = language }

  private func t(_ en: String, _ nb: String) -> String { language == .nb ? nb : en }

  private func plural(_ n: Int, _ enOne: String, _ enMany: String, _ nbOne: String, _ nbMany: String) -> String {
    "\(n) " + (n == 1 ? t(enOne, nbOne) : t(enMany, nbMany))
  }

  // Chrome
  public var appName: String { "stc" }
  public func tooSmall(_ size: Size) -> String {
    t("The window is too small: stc needs 80×24 (now \(size.width)×\(size.height)).",
      "Vinduet er for lite: stc trenger 80×24 (nå \(size.width)×\(size.height)).")
  }
  public var tooSmallShort: String { t("Too small", "For lite") }
  public var saved: String { t("saved", "lagret") }
  public func notSaved(_ reason: String) -> String { t("NOT SAVED: \(reason) (Ctrl-S retries)", "IKKE LAGRET: \(reason) (Ctrl-S prøver igjen)") }
  public var mouseOn: String { t("mouse on (m)", "mus på (m)") }
  public var mouseOff: String { t("mouse off (m)", "mus av (m)") }
  public func unsavedQuit(_ reason: String) -> String {
    t("Changes are not saved (\(reason)). Press q again to quit anyway, or Ctrl-S to retry.",
      "Endringer er ikke lagret (\(reason)). Trykk q igjen for å avslutte likevel, eller Ctrl-S for å prøve igjen.")
  }
  public var nothingToUndo: String { t("Nothing to undo.", "Ingenting å angre.") }
  public var nothingToRedo: String { t("Nothing to redo.", "Ingenting å gjøre om.") }
  public func undid(_ summary: String) -> String { t("Undid: \(summary)", "Angret: \(summary)") }
  public func redid(_ summary: String) -> String { t("Redid: \(summary)", "Gjorde om: \(summary)") }
  public var allSaved: String { t("Everything is saved.", "Alt er lagret.") }
  public func coded(_ lines: String, _ code: String) -> String {
    t("Coded lines \(lines) with “\(code)”", "Kodet linje \(lines) med «\(code)»")
  }
  public func uncoded(_ lines: String, _ code: String) -> String {
    t("Took “\(code)” off lines \(lines)", "Tok «\(code)» av linje \(lines)")
  }
  public func deletedUnit(_ lines: String) -> String { t("Deleted the meaning unit on lines \(lines)", "Slettet enheten på linje \(lines)") }
  public func notedUnit(_ lines: String) -> String { t("Wrote a note on lines \(lines)", "Skrev et notat på linje \(lines)") }
  public func adjustedUnit(_ lines: String) -> String {
    t("The meaning unit now covers lines \(lines)", "Enheten dekker nå linje \(lines)")
  }
  public func demoAt(_ path: String) -> String {
    t("This is a working copy of the demo project, in \(path).", "Dette er en arbeidskopi av demoprosjektet, i \(path).")
  }

  // Overview
  public var transcriptsHeading: String { t("Transcripts", "Transkripsjoner") }
  public var progressHeading: String { t("Progress through the four steps", "Framdrift gjennom de fire trinnene") }
  public var columnTranscript: String { t("Transcript", "Transkripsjon") }
  public var columnInformant: String { t("Informant", "Informant") }
  public var columnLines: String { t("Lines", "Linjer") }
  public var columnRead: String { t("Read", "Lest") }
  public var perCoderLegend: String { t("(per coder: meaning units/codes)", "(per koder: meningsbærende enheter/koder)") }
  public var focusGroup: String { t("focus group", "fokusgruppe") }
  public var noTranscripts: String {
    t("No transcripts yet: import them with `stc import PROJECT FILE...`.",
      "Ingen transkripsjoner ennå: importer dem med `stc import PROSJEKT FIL...`.")
  }
  public func step1(read: Int, of total: Int, themes: Int) -> String {
    t("1 Total impression   \(read) of \(total) transcripts read · \(plural(themes, "preliminary theme", "preliminary themes", "foreløpig tema", "foreløpige temaer"))",
      "1 Helhetsinntrykk    \(read) av \(total) transkripsjoner lest · \(plural(themes, "preliminary theme", "preliminary themes", "foreløpig tema", "foreløpige temaer"))")
  }
  public func step2(units: Int, codes: Int, sorted: Int) -> String {
    t("2 Meaning units      \(plural(units, "meaning unit", "meaning units", "meningsbærende enhet", "meningsbærende enheter")) · \(codes) codes, \(sorted) sorted",
      "2 Meningsenheter     \(plural(units, "meaning unit", "meaning units", "meningsbærende enhet", "meningsbærende enheter")) · \(codes) koder, \(sorted) sortert")
  }
  public func step3(condensates: Int, golden: Int, subgroups: Int) -> String {
    t("3 Condensation       condensates written \(condensates) of \(subgroups) · golden quotations \(golden) of \(subgroups)",
      "3 Kondensering       kondensater skrevet \(condensates) av \(subgroups) · gullsitater \(golden) av \(subgroups)")
  }
  public func step4(analytic: Int, done: Int, subgroups: Int) -> String {
    t("4 Synthesis          analytic texts \(analytic) of \(subgroups) · \(done) done",
      "4 Sammenfatning      analytiske tekster \(analytic) av \(subgroups) · \(done) ferdige")
  }

  // Coding view
  public func lineOf(_ line: Int, _ total: Int) -> String { t("line \(line)/\(total)", "linje \(line)/\(total)") }
  public var selectingLines: String { t("SELECT LINES", "VELG LINJER") }
  public var selectingText: String { t("SELECT TEXT", "VELG TEKST") }
  public var adjusting: String { t("ADJUST UNIT", "JUSTER ENHET") }
  public func searchPrompt() -> String { t("Search: ", "Søk: ") }
  public func notFound(_ query: String) -> String { t("“\(query)” is not in this transcript.", "«\(query)» finnes ikke i denne transkripsjonen.") }
  public func match(_ n: Int, of total: Int) -> String { t("Match \(n) of \(total)", "Treff \(n) av \(total)") }
  public var noSearch: String { t("Search first with /.", "Søk først med /.") }
  public var noUnitHere: String { t("There is no meaning unit of yours under the cursor.", "Det er ingen enhet av deg under markøren.") }
  public var noMoreUnits: String { t("No more meaning units that way.", "Ingen flere enheter den veien.") }
  public var emptySelection: String { t("The selection holds no text.", "Valget inneholder ingen tekst.") }
  public var panelHere: String { t("In this transcript", "I denne transkripsjonen") }
  public var panelOther: String { t("Other codes", "Andre koder") }
  public var panelEmpty: String { t("No codes yet: select text and press Enter.", "Ingen koder ennå: velg tekst og trykk Enter.") }
  public var panelCounts: String { t("here all", "her alle") }
  public var chooseCodeFirst: String { t("Choose a code in the side panel first (Tab).", "Velg en kode i sidepanelet først (Tab).") }
  public var otherCodersShown: String { t("Showing other coders’ meaning units.", "Viser andre koderes enheter.") }
  public var otherCodersHidden: String { t("Hiding other coders’ meaning units.", "Skjuler andre koderes enheter.") }
  public var mouseTurnedOn: String {
    t("Mouse on: click moves, drag selects, wheel scrolls. Press m to copy with the terminal again.",
      "Mus på: klikk flytter, dra velger, hjulet ruller. Trykk m for å kopiere med terminalen igjen.")
  }
  public var mouseTurnedOff: String { t("Mouse off: the terminal selects and copies text.", "Mus av: terminalen velger og kopierer tekst.") }
  public func adjustHint() -> String {
    t("Move to set the new end; Enter saves the new bounds, Esc cancels.",
      "Flytt for å sette ny slutt; Enter lagrer de nye grensene, Esc avbryter.")
  }

  // Picker
  public func pickerTitleNew(_ lines: String) -> String { t("Code lines \(lines)", "Kod linje \(lines)") }
  public func pickerTitleUnit(_ lines: String) -> String { t("Codes of the meaning unit, lines \(lines)", "Koder på enheten, linje \(lines)") }
  public func newCode(_ name: String) -> String { t("New code “\(name)”", "Ny kode «\(name)»") }
  public var pickerHint: String {
    t("Enter adds or removes · end a new name with + or − for valence", "Enter legger til eller fjerner · avslutt et nytt navn med + eller − for valens")
  }
  public func units(_ n: Int) -> String { plural(n, "unit", "units", "enhet", "enheter") }
  public var unsorted: String { t("unsorted", "usortert") }
  public var noCodesMatch: String { t("No code matches; Enter creates it.", "Ingen kode passer; Enter lager den.") }

  // Notes, confirmations
  public func noteTitle(_ lines: String) -> String { t("Note on the meaning unit, lines \(lines)", "Notat på enheten, linje \(lines)") }
  public func confirmDelete(_ lines: String, _ codes: String) -> String {
    t("Delete the meaning unit on lines \(lines) (\(codes))? y/n", "Slette enheten på linje \(lines) (\(codes))? j/n")
  }
  public var noCodes: String { t("no codes", "ingen koder") }

  // Unit list
  public func unitListTitle(_ code: String, units: Int, informants: Int, of total: Int) -> String {
    t("“\(code)”: \(plural(units, "meaning unit", "meaning units", "enhet", "enheter")), \(informants) of \(total) informants",
      "«\(code)»: \(plural(units, "meaning unit", "meaning units", "enhet", "enheter")), \(informants) av \(total) informanter")
  }
  public var context: String { t("Context", "Kontekst") }

  // Help
  public var helpTitle: String { t("Keys", "Taster") }
  public var helpFooter: String { t("Esc or ? closes", "Esc eller ? lukker") }
}
