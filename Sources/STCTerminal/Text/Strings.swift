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
  public var rebased: String {
    t("Loaded another stc's changes; yours are saved on top.", "Lastet inn endringer fra en annen stc; dine lagret oppå.")
  }
  public var reloaded: String { t("Loaded what another stc saved.", "Lastet inn det en annen stc lagret.") }
  public func rebasedRefused(_ count: Int, _ why: String) -> String {
    t("Another stc saved meanwhile; \(count) change(s) of yours no longer fit and were not made: \(why)",
      "En annen stc lagret i mellomtiden; \(count) av dine endringer passet ikke lenger og ble ikke gjort: \(why)")
  }
  public var allSaved: String { t("Everything is saved.", "Alt er lagret.") }
  public var readOnlyMark: String { t("read-only", "skrivebeskyttet") }
  public func readOnly(_ why: String) -> String {
    t("Read-only: \(why) Changes are not possible here.", "Skrivebeskyttet: \(why) Endringer er ikke mulig her.")
  }
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
  public func recoveredDraft(_ title: String, _ time: String) -> String {
    t(
      "Recovered text that was not saved when stc last stopped (\(title), \(time)): it is back in the editor; Ctrl-S or Esc saves it.",
      "Hentet tilbake tekst som ikke var lagret da stc sist stoppet (\(title), \(time)): den er tilbake i redigeringen; Ctrl-S eller Esc lagrer den.")
  }
  public func unrecoveredDraft(_ path: String) -> String {
    t(
      "Text that was not saved belongs to something that is gone; it is kept in \(path).",
      "Tekst som ikke var lagret, hører til noe som er borte; den er tatt vare på i \(path).")
  }
  public func draftNotKept(_ why: String) -> String {
    t("Unsaved text could not be kept safe: \(why)", "Ulagret tekst kunne ikke sikres: \(why)")
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

  // Editors and dialogs
  public func impressionTitle(_ transcript: String) -> String { t("Impressions of \(transcript)", "Inntrykk av \(transcript)") }
  public func themeNoteTitle(_ theme: String) -> String { t("Note on the theme “\(theme)”", "Notat om temaet «\(theme)»") }
  public func condensateTitle(_ subgroup: String) -> String { t("Condensate of “\(subgroup)”", "Kondensat for «\(subgroup)»") }
  public func analyticTitle(_ subgroup: String) -> String { t("Analytic text of “\(subgroup)”", "Analytisk tekst for «\(subgroup)»") }
  public func introductionTitle(_ group: String) -> String { t("Introduction to “\(group)”", "Innledning til «\(group)»") }
  public func descriptionTitle(_ name: String) -> String { t("Description of “\(name)”", "Beskrivelse av «\(name)»") }
  public func memoTitle(_ target: String) -> String { t("Memo on \(target)", "Memo om \(target)") }
  public var theProject: String { t("the project", "prosjektet") }
  public func preconceptionsOf(_ coder: String) -> String { t("the preconceptions of \(coder)", "forforståelsen til \(coder)") }
  public func savedText(_ title: String) -> String { t("Saved: \(title)", "Lagret: \(title)") }
  public var newThemeTitle: String { t("New preliminary theme", "Nytt foreløpig tema") }
  public var renameTitle: String { t("New name", "Nytt navn") }
  public var newGroupTitle: String { t("New code group", "Ny kodegruppe") }
  public func newSubgroupTitle(_ group: String) -> String { t("New subgroup in “\(group)”", "Ny subgruppe i «\(group)»") }
  public func splitTitle(_ code: String, _ units: Int) -> String {
    t("Name of the new code for \(units) units of “\(code)”", "Navn på den nye koden for \(units) enheter av «\(code)»")
  }
  public func added(_ name: String) -> String { t("Added “\(name)”", "La til «\(name)»") }
  public func renamed(_ name: String) -> String { t("Renamed to “\(name)”", "Ga nytt navn: «\(name)»") }
  public func split(_ code: String, _ new: String) -> String { t("Split “\(code)”: “\(new)”", "Delte «\(code)»: «\(new)»") }
  public func moveTitle(_ code: String) -> String { t("Move “\(code)” to", "Flytt «\(code)» til") }
  public func mergeTitle(_ name: String) -> String { t("Merge “\(name)” into", "Slå «\(name)» sammen med") }
  public func linkTitle(_ theme: String) -> String { t("Code groups the theme “\(theme)” became", "Kodegrupper temaet «\(theme)» ble til") }
  public func takeOff(_ units: Int) -> String {
    t("Delete it and take it off \(units) meaning units (they stay)", "Slett den og ta den av \(units) enheter (de blir stående)")
  }
  public func deleteCodeTitle(_ code: String, _ units: Int) -> String {
    t("“\(code)” is on \(units) meaning units: merge it into another code, or", "«\(code)» er på \(units) enheter: slå den sammen med en annen kode, eller")
  }
  public func leaveUnsorted(_ codes: Int) -> String {
    t("Delete it and leave its \(codes) codes unsorted", "Slett den og la de \(codes) kodene være usortert")
  }
  public func deleteHoldingTitle(_ name: String) -> String { t("Delete “\(name)”: move what it holds to", "Slett «\(name)»: flytt innholdet til") }
  public func deleteSubgroupsToo(_ count: Int) -> String {
    t("Delete it with its \(count) subgroups (their codes become unsorted)", "Slett den med de \(count) subgruppene (kodene blir usortert)")
  }
  public func splitChooseTitle(_ code: String) -> String {
    t("Split “\(code)”: tick the units that move to a new code", "Del «\(code)»: kryss av enhetene som skal få en ny kode")
  }
  public func moved(_ code: String, _ place: String) -> String { t("Moved “\(code)” to \(place)", "Flyttet «\(code)» til \(place)") }
  public func merged(_ from: String, _ into: String) -> String { t("Merged “\(from)” into “\(into)”", "Slo «\(from)» sammen med «\(into)»") }
  public func deleted(_ name: String) -> String { t("Deleted “\(name)”", "Slettet «\(name)»") }
  public func linked(_ theme: String) -> String { t("Linked the theme “\(theme)” to its code groups", "Koblet temaet «\(theme)» til kodegruppene") }
  public var chooseUnitsFirst: String { t("Tick at least one meaning unit with Space.", "Kryss av minst én enhet med mellomrom.") }
  public var confirmTitle: String { t("Are you sure?", "Er du sikker?") }
  public func confirmDeleteNamed(_ name: String) -> String { t("Delete “\(name)”? y/n", "Slette «\(name)»? j/n") }

  /// The name of step `n` of the method.
  public func stepTitle(_ n: Int) -> String {
    let en = ["1 Total impression", "2 Sorting the codebook", "3 Condensation", "4 Synthesis"]
    let nb = ["1 Helhetsinntrykk", "2 Sortere kodeboken", "3 Kondensering", "4 Sammenfatning"]
    return t(en[n - 1], nb[n - 1])
  }

  public func readTo(_ line: Int, _ total: Int) -> String { t("Read to line \(line) of \(total)", "Lest til linje \(line) av \(total)") }
  public func markedRead(_ title: String) -> String { t("Marked “\(title)” read", "Merket «\(title)» som lest") }
  public func markedUnread(_ title: String) -> String { t("Marked “\(title)” not read", "Merket «\(title)» som ulest") }

  // Step 1
  public func themesHeading(_ n: Int) -> String {
    t("Preliminary themes (\(n))", "Foreløpige temaer (\(n))")
  }
  public var malterudSuggests: String { t("— Malterud suggests 4–8", "— Malterud foreslår 4–8") }
  public var noThemes: String {
    t("No preliminary themes yet: read the transcripts, then add one with a.", "Ingen foreløpige temaer ennå: les transkripsjonene, og legg til ett med a.")
  }
  public var noNote: String { t("(no note: Enter writes one)", "(ikke noe notat: Enter skriver et)") }
  public var memosHeading: String { t("Memos", "Memoer") }
  public var projectMemoLabel: String { t("Project memo", "Prosjektmemo") }
  public func preconceptionsLabel(_ coder: String) -> String { t("Preconceptions of \(coder)", "Forforståelsen til \(coder)") }
  public func noMemoYet(_ key: String) -> String { t("(none yet: \(key) writes it)", "(ikke skrevet: \(key) skriver det)") }
  public func impressionsLine(_ read: Int, _ total: Int) -> String {
    t("\(read) of \(total) transcripts read. In the overview, i writes the impressions of a transcript and R marks it read.",
      "\(read) av \(total) transkripsjoner lest. I oversikten skriver i inntrykk av en transkripsjon, og R merker den lest.")
  }
  public func movedTo(_ name: String, _ place: Int) -> String { t("Moved “\(name)” to place \(place)", "Flyttet «\(name)» til plass \(place)") }
  public var noGroupsYet: String {
    t("There are no code groups yet: sort codes into groups in step 2 first.", "Det er ingen kodegrupper ennå: sorter koder i grupper i trinn 2 først.")
  }

  // Step 2
  public func codebookHeading(_ groups: Int, _ codes: Int, _ sorted: Int) -> String {
    t("\(groups) code groups · \(codes) codes, \(sorted) sorted · units · informants",
      "\(groups) kodegrupper · \(codes) koder, \(sorted) sortert · enheter · informanter")
  }
  public var unsortedHeading: String { t("Unsorted codes", "Usorterte koder") }
  public func support(_ units: Int, _ informants: Int, _ of: Int) -> String {
    self.units(units) + t(" · \(informants) of \(of)", " · \(informants) av \(of)")
  }
  public func recoloured(_ code: String) -> String { t("Gave “\(code)” a new colour", "Ga «\(code)» ny farge") }
  public func valenceSet(_ code: String) -> String { t("The code is now “\(code)”", "Koden er nå «\(code)»") }

  // Steps 3 and 4
  public var noSubgroupsYet: String {
    t("There are no subgroups yet: sort codes into code groups and subgroups in step 2 (press 2).",
      "Det er ingen subgrupper ennå: sorter koder i kodegrupper og subgrupper i trinn 2 (trykk 2).")
  }
  public var condensationHeading: String {
    t("Choose a subgroup to condense (Enter).", "Velg en subgruppe å kondensere (Enter).")
  }
  public var synthesisHeading: String {
    t("Choose a subgroup to write about (Enter); i writes a group's introduction.",
      "Velg en subgruppe å skrive om (Enter); i skriver innledningen til en gruppe.")
  }
  public func condensationColumns(units: Int, informants: Int, of: Int, condensate: Bool, golden: Bool) -> String {
    support(units, informants, of)
      + t(" · \(condensate ? "condensate ✓" : "condensate –") · \(golden ? "golden ✓" : "golden –")",
        " · \(condensate ? "kondensat ✓" : "kondensat –") · \(golden ? "gullsitat ✓" : "gullsitat –")")
  }
  public func synthesisColumns(analytic: Bool, read: Int, units: Int, done: Bool) -> String {
    t("\(analytic ? "text ✓" : "text –") · read again \(read)/\(units) · \(done ? "done" : "draft")",
      "\(analytic ? "tekst ✓" : "tekst –") · lest igjen \(read)/\(units) · \(done ? "ferdig" : "utkast")")
  }
  public var hasIntroduction: String { t("introduction ✓", "innledning ✓") }
  public var noIntroduction: String { t("introduction –", "innledning –") }
  public func subgroupHeader(_ group: String, _ units: Int, _ informants: Int, _ of: Int) -> String {
    t("in “\(group)” · \(units) meaning units · \(informants) of \(of) informants",
      "i «\(group)» · \(units) meningsbærende enheter · \(informants) av \(of) informanter")
  }
  /// A quotation in the language's quotation marks, unless it has its own.
  public func quoted(_ text: String) -> String {
    if let first = text.first, "«“\"'".contains(first) { return text }
    return t("“\(text)”", "«\(text)»")
  }
  public var statusDone: String { t("done", "ferdig") }
  public var statusDraft: String { t("draft", "utkast") }
  public var condensateLabel: String { t("Condensate", "Kondensat") }
  public var noCondensate: String { t("(not written yet: step 3)", "(ikke skrevet ennå: trinn 3)") }
  public var noGoldenQuote: String { t("No golden quotation yet (g on a meaning unit in step 3).", "Ikke noe gullsitat ennå (g på en enhet i trinn 3).") }
  public var noUnitsInSubgroup: String {
    t("No meaning units: sort codes with meaning units into this subgroup.", "Ingen enheter: sorter koder med enheter inn i denne subgruppen.")
  }
  public var writeCondensateHint: String {
    t("Tab: write the artificial quotation in the first person, in the informants' words.",
      "Tab: skriv det kunstige sitatet i første person, med informantenes ord.")
  }
  public var writeAnalyticHint: String {
    t("Tab: write the analytic text in the third person (\"The informants describe …\").",
      "Tab: skriv den analytiske teksten i tredje person («Informantene beskriver …»).")
  }
  public var goldenCleared: String { t("Cleared the golden quotation", "Fjernet gullsitatet") }
  public func goldenChosen(_ subgroup: String) -> String { t("Chose the golden quotation of “\(subgroup)”", "Valgte gullsitatet for «\(subgroup)»") }
  public func ticked(_ read: Int, _ units: Int) -> String { t("Read again in context: \(read) of \(units)", "Lest igjen i kontekst: \(read) av \(units)") }
  public func markedDone(_ subgroup: String) -> String { t("“\(subgroup)” is done", "«\(subgroup)» er ferdig") }
  public func markedDraft(_ subgroup: String) -> String { t("“\(subgroup)” is a draft again", "«\(subgroup)» er et utkast igjen") }

  // Export
  public var exportTitle: String { t("Export", "Eksport") }
  public var partsLabel: String { t("Parts", "Deler") }
  public func partName(_ part: String) -> String {
    let names: [String: (String, String)] = [
      "chapter": ("chapter", "kapittel"), "overview": ("overview", "oversikt"), "trail": ("trail", "analyseforløp"),
      "codebook": ("codebook", "kodebok"), "informants": ("informants", "informanter"),
      "condensates": ("condensates", "kondensater"),
    ]
    let pair = names[part] ?? (part, part)
    return t(pair.0, pair.1)
  }
  public func exportOptions(language: String, pseudonymize: Bool, names: Int, condensates: Bool) -> String {
    t("Language \(language) (L) · pseudonymised \(pseudonymize ? "yes" : "no") (p), \(names) names in the table · condensates in the chapter \(condensates ? "yes" : "no") (c)",
      "Språk \(language) (L) · pseudonymisert \(pseudonymize ? "ja" : "nei") (p), \(names) navn i tabellen · kondensater i kapittelet \(condensates ? "ja" : "nei") (c)")
  }
  public func willWrite(_ files: String) -> String { t("w writes \(files) in", "w skriver \(files) i") }
  public func wrote(_ files: String) -> String { t("Wrote \(files) in", "Skrev \(files) i") }
  public var preview: String { t("Preview", "Forhåndsvisning") }
  public var exportDone: String {
    t("Exported. pandoc turns the Markdown into Word: pandoc FILE.md -o FILE.docx",
      "Eksportert. pandoc gjør Markdown om til Word: pandoc FIL.md -o FIL.docx")
  }

  // Reconcile
  public var needTwoCoders: String {
    t("Reconciling needs meaning units by two coders.", "Å forene krever enheter fra to kodere.")
  }
  public func reconcileTitle(_ a: String, _ b: String, _ into: String) -> String {
    t("Reconcile \(a) and \(b) into \(into)", "Forene \(a) og \(b) til \(into)")
  }
  public func placesLeft(_ places: Int, _ open: Int, _ kappa: Double?) -> String {
    let k = kappa.map { String(format: "%.2f", $0) } ?? "—"
    return t("\(places) places differ · \(open) left to discuss · κ \(k) by line",
      "\(places) steder er ulike · \(open) igjen å diskutere · κ \(k) per linje")
  }
  public var placesTitle: String { t("Places", "Steder") }
  public var noPlaces: String { t("The two codings agree everywhere.", "De to kodingene er like overalt.") }
  public func kindShort(_ kind: Disagreement.Kind) -> String {
    switch kind {
    case .onlyFirst: t("only A", "bare A")
    case .onlySecond: t("only B", "bare B")
    case .differentCodes: t("codes", "koder")
    case .otherBounds: t("bounds", "grenser")
    }
  }
  public func kindLong(_ kind: Disagreement.Kind) -> String {
    switch kind {
    case .onlyFirst: t("only the first coder coded here", "bare den første koderen kodet her")
    case .onlySecond: t("only the second coder coded here", "bare den andre koderen kodet her")
    case .differentCodes: t("different codes", "ulike koder")
    case .otherBounds: t("same codes, other bounds", "samme koder, andre grenser")
    }
  }
  public var noUnitThere: String { t("(nothing here)", "(ingenting her)") }
  public var notYet: String { t("(not settled yet)", "(ikke avgjort ennå)") }
  public var nothingAgreedToTake: String {
    t("Nothing to take over: every agreed unit is in the agreed coding already.", "Ingenting å overta: alle enige enheter er allerede med.")
  }
  public func tookOver(_ count: Int, _ into: String) -> String { t("Took over \(count) agreed units into \(into)", "Overtok \(count) enige enheter til \(into)") }
  public func kept(_ transcript: String, _ lines: String) -> String { t("Settled \(transcript):\(lines)", "Avgjorde \(transcript):\(lines)") }
  public func editingAs(_ into: String) -> String {
    t("Coding as \(into), with both codings beside it; Esc goes back to reconciling.",
      "Koder som \(into), med begge kodingene ved siden av; Esc går tilbake til foreningen.")
  }

  // Merge
  public var mergeNewCode: String { t("(a new code)", "(en ny kode)") }
  public func mergeTitle(_ first: String, _ second: String) -> String {
    t("Merging \(second) into \(first): map the codes", "Slår \(second) sammen med \(first): koble kodene")
  }
  public func mergeSummary(_ codes: Int, _ mapped: Int) -> String {
    t("\(codes) codes of the second copy; \(mapped) map onto codes of the first, \(codes - mapped) come in as new codes. w merges.",
      "\(codes) koder i den andre kopien; \(mapped) kobles til koder i den første, \(codes - mapped) kommer inn som nye. w slår sammen.")
  }
  public func mergePickTitle(_ code: String) -> String { t("“\(code)” becomes", "«\(code)» blir") }

  // Help
  public var helpTitle: String { t("Keys", "Taster") }
  public var helpFooter: String { t("Esc or ? closes", "Esc eller ? lukker") }
}
