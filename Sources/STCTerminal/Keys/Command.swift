/// Something the user can ask for with a key. Each command has a short title (status line) and a
/// help sentence (the `?` overlay and docs/keys.md), in English and Norwegian bokmål.
public enum Command: String, CaseIterable, Sendable {
  // Everywhere
  case quit, help, undo, redo, toggleMouse, redraw, save, suspend
  // Moving in lists and text
  case up, down, pageUp, pageDown, top, bottom, left, right, wordForward, wordBackward, lineStart, lineEnd
  // Overview
  case openTranscript
  // Coding a transcript
  case back, selectLines, selectText, cancelSelection, code, search, nextMatch, previousMatch, nextUnit, previousUnit
  case nextUnitWithCode, previousUnitWithCode, editNote, deleteUnit, adjustBounds, toggleOtherCoder, togglePanel
  case focusPanel
  // Side panel and lists
  case showUnits, focusText, jumpToUnit, close
  // Dialogs and text fields
  case confirm, accept, dismiss, toggle
  // The text editor
  case newLine, deleteWordBackward, deleteToLineEnd, undoTyping, redoTyping, closeEditor, saveText
  // The four steps
  case stepOne, stepTwo, stepThree, stepFour, impressions, markRead
  case add, addGroup, editText, rename, moveUp, moveDown, merge, link, delete, projectMemo, preconceptions, memo
  case recolour, valence, moveCode, splitCode, open, switchPane, goldenQuote, tickUnit, toggleDone, introduction
  case nextSubgroup, previousSubgroup
  // Exports
  case export, language, pseudonymize, condensatesInChapter, writeExport, writeExchange
  // Reconciling two coders
  case reconcile, keepFirst, keepSecond, keepBoth, editConsensus, takeOverAgreed
  // Merging two copies
  case newCodeTarget, sameNameTarget

  /// The short title and the help sentence in `language`.
  public func text(_ language: Language) -> (title: String, help: String) {
    let (en, nb) = texts
    return language == .nb ? nb : en
  }

  private var texts: (en: (String, String), nb: (String, String)) {
    switch self {
    case .quit: (("quit", "Quit stc; every change is already saved."), ("avslutt", "Avslutt stc; alle endringer er allerede lagret."))
    case .help: (("help", "Show the keys of this screen."), ("hjelp", "Vis tastene for dette skjermbildet."))
    case .undo: (("undo", "Undo the last change of this session."), ("angre", "Angre siste endring i denne økten."))
    case .redo: (("redo", "Redo the last change you undid."), ("gjør om", "Gjør om det du sist angret."))
    case .toggleMouse:
      (("mouse", "Turn the mouse on or off (off lets the terminal copy text)."),
       ("mus", "Slå musen på eller av (av lar terminalen kopiere tekst)."))
    case .redraw: (("redraw", "Draw the whole screen again."), ("tegn på nytt", "Tegn hele skjermen på nytt."))
    case .save: (("save", "Save again changes that could not be saved."), ("lagre", "Prøv å lagre endringer som ikke ble lagret."))
    case .suspend: (("suspend", "Suspend stc; `fg` brings it back."), ("pause", "Sett stc på pause; `fg` henter den tilbake."))
    case .up: (("up", "Move up."), ("opp", "Flytt opp."))
    case .down: (("down", "Move down."), ("ned", "Flytt ned."))
    case .pageUp: (("page up", "Move up a screenful."), ("side opp", "Flytt opp en skjermside."))
    case .pageDown: (("page down", "Move down a screenful."), ("side ned", "Flytt ned en skjermside."))
    case .top: (("top", "Go to the first line."), ("øverst", "Gå til første linje."))
    case .bottom: (("bottom", "Go to the last line."), ("nederst", "Gå til siste linje."))
    case .left: (("left", "Move one character left."), ("venstre", "Flytt ett tegn til venstre."))
    case .right: (("right", "Move one character right."), ("høyre", "Flytt ett tegn til høyre."))
    case .wordForward: (("word →", "Move to the next word."), ("ord →", "Flytt til neste ord."))
    case .wordBackward: (("word ←", "Move to the previous word."), ("ord ←", "Flytt til forrige ord."))
    case .lineStart: (("line start", "Move to the start of the line."), ("linjestart", "Flytt til starten av linjen."))
    case .lineEnd: (("line end", "Move to the end of the line."), ("linjeslutt", "Flytt til slutten av linjen."))
    case .openTranscript: (("open", "Open the transcript to read and code it."), ("åpne", "Åpne transkripsjonen for å lese og kode."))
    case .back: (("back", "Back to the overview."), ("tilbake", "Tilbake til oversikten."))
    case .selectLines:
      (("select lines", "Start selecting whole lines; move to extend."), ("velg linjer", "Begynn å velge hele linjer; flytt for å utvide."))
    case .selectText:
      (("select text", "Start selecting exact words within lines; move to extend."),
       ("velg tekst", "Begynn å velge nøyaktige ord i linjene; flytt for å utvide."))
    case .cancelSelection: (("cancel", "Cancel the selection."), ("avbryt", "Avbryt valget."))
    case .code:
      (("code", "Code the selection, or change the codes of the meaning unit under the cursor."),
       ("kod", "Kod det valgte, eller endre kodene på den meningsbærende enheten under markøren."))
    case .search: (("search", "Search this transcript."), ("søk", "Søk i denne transkripsjonen."))
    case .nextMatch: (("next match", "Go to the next search match."), ("neste treff", "Gå til neste søketreff."))
    case .previousMatch: (("previous match", "Go to the previous search match."), ("forrige treff", "Gå til forrige søketreff."))
    case .nextUnit: (("next unit", "Go to the next meaning unit."), ("neste enhet", "Gå til neste meningsbærende enhet."))
    case .previousUnit: (("previous unit", "Go to the previous meaning unit."), ("forrige enhet", "Gå til forrige meningsbærende enhet."))
    case .nextUnitWithCode:
      (("next with code", "Go to the next meaning unit with the code chosen in the side panel."),
       ("neste med kode", "Gå til neste enhet med koden som er valgt i sidepanelet."))
    case .previousUnitWithCode:
      (("previous with code", "Go to the previous meaning unit with the code chosen in the side panel."),
       ("forrige med kode", "Gå til forrige enhet med koden som er valgt i sidepanelet."))
    case .editNote:
      (("note", "Write a note on the meaning unit under the cursor."), ("notat", "Skriv et notat på enheten under markøren."))
    case .deleteUnit:
      (("delete unit", "Delete the meaning unit under the cursor (asks first)."),
       ("slett enhet", "Slett enheten under markøren (spør først)."))
    case .adjustBounds:
      (("adjust", "Adjust where the meaning unit under the cursor starts and ends."),
       ("juster", "Juster hvor enheten under markøren starter og slutter."))
    case .toggleOtherCoder:
      (("other coders", "Show or hide the other coders' meaning units beside yours."),
       ("andre kodere", "Vis eller skjul de andre koderes enheter ved siden av dine."))
    case .togglePanel: (("panel", "Show or hide the side panel of codes."), ("panel", "Vis eller skjul sidepanelet med koder."))
    case .focusPanel: (("codes", "Move to the side panel of codes."), ("koder", "Gå til sidepanelet med koder."))
    case .showUnits:
      (("units", "List every meaning unit with this code, in all transcripts."),
       ("enheter", "Vis alle meningsbærende enheter med denne koden, i alle transkripsjoner."))
    case .focusText: (("text", "Back to the transcript."), ("tekst", "Tilbake til transkripsjonen."))
    case .jumpToUnit:
      (("go to", "Go to this meaning unit in its transcript."), ("gå til", "Gå til denne enheten i transkripsjonen."))
    case .close: (("close", "Close this list."), ("lukk", "Lukk denne listen."))
    case .confirm: (("yes", "Yes, do it."), ("ja", "Ja, gjør det."))
    case .accept: (("ok", "Accept."), ("ok", "Godta."))
    case .dismiss: (("cancel", "Cancel."), ("avbryt", "Avbryt."))
    case .toggle: (("tick", "Tick or untick this one."), ("kryss av", "Kryss av eller fjern krysset."))
    case .stepOne:
      (("1 impression", "Step 1, total impression: preliminary themes, memos."), ("1 inntrykk", "Trinn 1, helhetsinntrykk: foreløpige temaer, memoer."))
    case .stepTwo:
      (("2 codebook", "Step 2, sorting the codebook into code groups and subgroups."),
       ("2 kodebok", "Trinn 2, sortere kodeboken i kodegrupper og subgrupper."))
    case .stepThree:
      (("3 condense", "Step 3, condensation: a condensate and a golden quotation per subgroup."),
       ("3 kondenser", "Trinn 3, kondensering: et kondensat og et gullsitat per subgruppe."))
    case .stepFour:
      (("4 synthesis", "Step 4, synthesis: an analytic text per subgroup, checked in context."),
       ("4 sammenfatt", "Trinn 4, sammenfatning: en analytisk tekst per subgruppe, sjekket i kontekst."))
    case .impressions:
      (("impressions", "Write your impressions of this transcript."), ("inntrykk", "Skriv inntrykkene dine av denne transkripsjonen."))
    case .markRead:
      (("read", "Mark the transcript as read, or as not read."), ("lest", "Merk transkripsjonen som lest, eller ulest."))
    case .add: (("add", "Add a theme, or a subgroup to this code group."), ("legg til", "Legg til et tema, eller en subgruppe i denne kodegruppen."))
    case .addGroup: (("new group", "Add a code group."), ("ny gruppe", "Legg til en kodegruppe."))
    case .editText: (("write", "Write the note or description of this one."), ("skriv", "Skriv notatet eller beskrivelsen til denne."))
    case .rename: (("rename", "Give this one a new name."), ("nytt navn", "Gi denne et nytt navn."))
    case .moveUp: (("move up", "Move this one up the list."), ("flytt opp", "Flytt denne opp i listen."))
    case .moveDown: (("move down", "Move this one down the list."), ("flytt ned", "Flytt denne ned i listen."))
    case .merge: (("merge", "Merge this one into another."), ("slå sammen", "Slå denne sammen med en annen."))
    case .link:
      (("link", "Choose the code groups this theme became."), ("koble", "Velg kodegruppene dette temaet ble til."))
    case .delete: (("delete", "Delete this one (asks what to do with what it holds)."), ("slett", "Slett denne (spør hva som skal skje med innholdet)."))
    case .projectMemo: (("project memo", "Write the project's memo."), ("prosjektmemo", "Skriv prosjektets memo."))
    case .preconceptions:
      (("preconceptions", "Write down your preconceptions (forforståelse)."), ("forforståelse", "Skriv ned forforståelsen din."))
    case .memo: (("memo", "Write your memo on this one."), ("memo", "Skriv memoet ditt om denne."))
    case .recolour: (("colour", "Give the code the next colour."), ("farge", "Gi koden neste farge."))
    case .valence: (("+/−", "Mark the code positive, negative, or neither."), ("+/−", "Merk koden positiv, negativ eller ingen av delene."))
    case .moveCode: (("move to", "Move the code to another subgroup."), ("flytt til", "Flytt koden til en annen subgruppe."))
    case .splitCode:
      (("split", "Split the code: choose the meaning units that get a new code."),
       ("del", "Del koden: velg enhetene som skal få en ny kode."))
    case .open: (("open", "Open this one."), ("åpne", "Åpne denne."))
    case .switchPane: (("switch", "Switch between the list and the text."), ("bytt", "Bytt mellom listen og teksten."))
    case .goldenQuote:
      (("golden", "Make this meaning unit the golden quotation (again: none)."),
       ("gullsitat", "Gjør denne enheten til gullsitatet (igjen: ingen)."))
    case .tickUnit:
      (("read again", "Tick the meaning unit as read again in its context."),
       ("lest igjen", "Kryss av at enheten er lest igjen i sin kontekst."))
    case .toggleDone: (("done", "Mark the subgroup done, or draft again."), ("ferdig", "Merk subgruppen ferdig, eller som utkast igjen."))
    case .export:
      (("export", "Export the results chapter, the tables and the meaning units."),
       ("eksporter", "Eksporter resultatkapittelet, tabellene og enhetene."))
    case .language: (("language", "Switch the export between bokmål and English."), ("språk", "Bytt eksporten mellom bokmål og engelsk."))
    case .pseudonymize:
      (("pseudonymise", "Replace the names of the names table (stc names) in the export."),
       ("pseudonymiser", "Erstatt navnene i navnetabellen (stc names) i eksporten."))
    case .condensatesInChapter:
      (("condensates", "Show each subgroup's condensate in the chapter too."),
       ("kondensater", "Vis kondensatet til hver subgruppe i kapittelet også."))
    case .writeExport:
      (("write", "Write the Markdown and the CSV into the project's exports folder."),
       ("skriv", "Skriv Markdown og CSV til prosjektets eksportmappe."))
    case .writeExchange:
      (("for NVivo & co.", "Write the project (.qdpx) and codebook (.qdc) for other QDA programs (REFI-QDA)."),
       ("for NVivo o.a.", "Skriv prosjektet (.qdpx) og kodeboka (.qdc) for andre QDA-program (REFI-QDA)."))
    case .reconcile:
      (("reconcile", "Compare two coders' codings and agree on a third (consensus)."),
       ("forene", "Sammenlign to koderes koding og bli enige om en tredje (konsensus)."))
    case .keepFirst: (("keep first", "Keep the first coder's meaning unit here."), ("behold første", "Behold den første koderens enhet her."))
    case .keepSecond: (("keep second", "Keep the second coder's meaning unit here."), ("behold andre", "Behold den andre koderens enhet her."))
    case .keepBoth: (("keep both", "Keep both coders' meaning units here."), ("behold begge", "Behold begge koderes enheter her."))
    case .editConsensus:
      (("edit", "Code the agreed coding here yourself, with both codings in view."),
       ("rediger", "Kod den omforente kodingen her selv, med begge kodingene synlige."))
    case .takeOverAgreed:
      (("take over", "Copy every meaning unit the two agree on exactly into the agreed coding."),
       ("overta", "Kopier alle enheter de to er helt enige om til den omforente kodingen."))
    case .newCodeTarget: (("new code", "Add this code as a new code."), ("ny kode", "Legg til denne koden som en ny kode."))
    case .sameNameTarget:
      (("same name", "Map this code onto the code with the same name."), ("samme navn", "Koble denne koden til koden med samme navn."))
    case .nextSubgroup: (("next subgroup", "Go to the next subgroup."), ("neste subgruppe", "Gå til neste subgruppe."))
    case .previousSubgroup:
      (("previous subgroup", "Go to the previous subgroup."), ("forrige subgruppe", "Gå til forrige subgruppe."))
    case .introduction:
      (("introduction", "Write the introduction of this code group."), ("innledning", "Skriv innledningen til denne kodegruppen."))
    case .newLine: (("new line", "Start a new line."), ("ny linje", "Begynn på en ny linje."))
    case .deleteWordBackward:
      (("delete word", "Delete the word before the cursor."), ("slett ord", "Slett ordet foran markøren."))
    case .deleteToLineEnd:
      (("delete to end", "Delete to the end of the line."), ("slett til slutt", "Slett til slutten av linjen."))
    case .undoTyping: (("undo typing", "Undo the last typing in this text."), ("angre skriving", "Angre siste skriving i denne teksten."))
    case .redoTyping: (("redo typing", "Redo the typing you undid."), ("gjør om skriving", "Gjør om skrivingen du angret."))
    case .closeEditor:
      (("save and close", "Save the text and close the editor."), ("lagre og lukk", "Lagre teksten og lukk redigeringen."))
    case .saveText: (("save", "Save the text and keep writing."), ("lagre", "Lagre teksten og skriv videre."))
    }
  }
}
