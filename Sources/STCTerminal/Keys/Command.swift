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
  case confirm, accept, dismiss
  // The text editor
  case newLine, deleteWordBackward, deleteToLineEnd, undoTyping, redoTyping, closeEditor, saveText

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
