/// Where a key binding applies. Several scopes are active at once, most specific first.
public enum KeyScope: String, CaseIterable, Sendable {
  case global, overview, coding, selection, panel, themes, codebook, subgroupList, condensation, synthesis, export
  case reconcile, mergeMapping, unitList
  case picker
  case chooser, textField, editor, confirm, helpOverlay

  /// The heading of the scope in help and docs.
  public func title(_ language: Language) -> String {
    switch (self, language) {
    case (.global, .en): "Everywhere"
    case (.global, .nb): "Overalt"
    case (.overview, .en): "Overview"
    case (.overview, .nb): "Oversikt"
    case (.coding, .en): "Reading and coding a transcript"
    case (.coding, .nb): "Lese og kode en transkripsjon"
    case (.selection, .en): "While selecting"
    case (.selection, .nb): "Mens du velger"
    case (.panel, .en): "Side panel of codes"
    case (.panel, .nb): "Sidepanelet med koder"
    case (.themes, .en): "Step 1: total impression"
    case (.themes, .nb): "Trinn 1: helhetsinntrykk"
    case (.codebook, .en): "Step 2: sorting the codebook"
    case (.codebook, .nb): "Trinn 2: sortere kodeboken"
    case (.subgroupList, .en): "Steps 3 and 4: the subgroups"
    case (.subgroupList, .nb): "Trinn 3 og 4: subgruppene"
    case (.condensation, .en): "Step 3: condensing a subgroup"
    case (.condensation, .nb): "Trinn 3: kondensere en subgruppe"
    case (.synthesis, .en): "Step 4: the analytic text of a subgroup"
    case (.synthesis, .nb): "Trinn 4: den analytiske teksten til en subgruppe"
    case (.export, .en): "Export"
    case (.export, .nb): "Eksport"
    case (.reconcile, .en): "Reconciling two coders"
    case (.reconcile, .nb): "Forene to kodere"
    case (.mergeMapping, .en): "Mapping codes when merging two copies (stc merge --interactive)"
    case (.mergeMapping, .nb): "Koble koder når to kopier slås sammen (stc merge --interactive)"
    case (.unitList, .en): "List of meaning units"
    case (.unitList, .nb): "Liste over meningsbærende enheter"
    case (.picker, .en): "Code picker (type to filter or to name a new code)"
    case (.picker, .nb): "Kodevelger (skriv for å filtrere eller for å navngi en ny kode)"
    case (.textField, .en): "Writing a name or a search"
    case (.textField, .nb): "Skrive et navn eller et søk"
    case (.chooser, .en): "Choosing from a list (type to filter)"
    case (.chooser, .nb): "Velge fra en liste (skriv for å filtrere)"
    case (.editor, .en): "Writing a text (condensate, analytic text, note, memo)"
    case (.editor, .nb): "Skrive en tekst (kondensat, analytisk tekst, notat, memo)"
    case (.confirm, .en): "Questions"
    case (.confirm, .nb): "Spørsmål"
    case (.helpOverlay, .en): "Help"
    case (.helpOverlay, .nb): "Hjelp"
    }
  }
}

/// One binding: keys, the command they give, where, and whether the status line shows it.
public struct Binding: Sendable {
  public var keys: [Key]
  public var command: Command
  public var scope: KeyScope
  public var inStatusBar: Bool

  public init(_ keys: [Key], _ command: Command, _ scope: KeyScope, statusBar: Bool = false) {
    self.keys = keys
    self.command = command
    self.scope = scope
    self.inStatusBar = statusBar
  }
}

/// The one table of keys: it drives input, the status-line hints, the `?` overlay and
/// docs/keys.md.
public struct Keymap: Sendable {
  public var bindings: [Binding]

  /// The command `key` gives in the first of `scopes` that binds it.
  public func command(for key: Key, in scopes: [KeyScope]) -> Command? {
    for scope in scopes {
      if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding.command }
    }
    return nil
  }

  /// The bindings of one scope, in table order.
  public func bindings(in scope: KeyScope) -> [Binding] { bindings.filter { $0.scope == scope } }

  /// The first key bound to `command` in `scope` (for tests and hints).
  public func key(for command: Command, in scope: KeyScope) -> Key? {
    bindings.first { $0.scope == scope && $0.command == command }?.keys.first
  }

  /// How a binding's keys are written: "↓/j".
  public static func label(_ keys: [Key]) -> String { keys.map(\.description).joined(separator: "/") }

  public static let `default` = Keymap(bindings: [
    Binding([.char("q")], .quit, .global, statusBar: true),
    Binding([.char("?")], .help, .global, statusBar: true),
    Binding([.char("u")], .undo, .global),
    Binding([.ctrl("r")], .redo, .global),
    Binding([.char("m")], .toggleMouse, .global),
    Binding([.ctrl("l")], .redraw, .global),
    Binding([.ctrl("s")], .save, .global),
    Binding([.ctrl("z")], .suspend, .global),
    Binding([.char("1")], .stepOne, .global),
    Binding([.char("2")], .stepTwo, .global),
    Binding([.char("3")], .stepThree, .global),
    Binding([.char("4")], .stepFour, .global),
    Binding([.char("E")], .export, .global),
    Binding([.char("C")], .reconcile, .global),

    Binding([.down, .char("j")], .down, .overview),
    Binding([.up, .char("k")], .up, .overview),
    Binding([.pageDown, .ctrl("f")], .pageDown, .overview),
    Binding([.pageUp, .ctrl("b")], .pageUp, .overview),
    Binding([.char("g"), .home], .top, .overview),
    Binding([.char("G"), .end], .bottom, .overview),
    Binding([.enter, .right, .char("l")], .openTranscript, .overview, statusBar: true),
    Binding([.char("i")], .impressions, .overview),
    Binding([.char("R")], .markRead, .overview),

    Binding([.down, .char("j")], .down, .coding),
    Binding([.up, .char("k")], .up, .coding),
    Binding([.left, .char("h")], .left, .coding),
    Binding([.right, .char("l")], .right, .coding),
    Binding([.char("w")], .wordForward, .coding),
    Binding([.char("b")], .wordBackward, .coding),
    Binding([.char("0"), .home], .lineStart, .coding),
    Binding([.char("$"), .end], .lineEnd, .coding),
    Binding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, .coding),
    Binding([.pageUp, .ctrl("b")], .pageUp, .coding),
    Binding([.char("g")], .top, .coding),
    Binding([.char("G")], .bottom, .coding),
    Binding([.char("v")], .selectLines, .coding, statusBar: true),
    Binding([.char("s")], .selectText, .coding),
    Binding([.enter, .char("c")], .code, .coding, statusBar: true),
    Binding([.char("/")], .search, .coding, statusBar: true),
    Binding([.char("n")], .nextMatch, .coding),
    Binding([.char("N")], .previousMatch, .coding),
    Binding([.char("}")], .nextUnit, .coding),
    Binding([.char("{")], .previousUnit, .coding),
    Binding([.char("]")], .nextUnitWithCode, .coding),
    Binding([.char("[")], .previousUnitWithCode, .coding),
    Binding([.char("e")], .editNote, .coding),
    Binding([.char("d")], .deleteUnit, .coding),
    Binding([.char("r")], .adjustBounds, .coding),
    Binding([.char("o")], .toggleOtherCoder, .coding),
    Binding([.char("p")], .togglePanel, .coding),
    Binding([.tab], .focusPanel, .coding, statusBar: true),
    Binding([.char("i")], .impressions, .coding),
    Binding([.char("R")], .markRead, .coding),
    Binding([.escape, .backspace], .back, .coding),

    Binding([.escape], .cancelSelection, .selection, statusBar: true),
    Binding([.enter, .char("c")], .code, .selection, statusBar: true),

    Binding([.down, .char("j")], .down, .panel),
    Binding([.up, .char("k")], .up, .panel),
    Binding([.char("g"), .home], .top, .panel),
    Binding([.char("G"), .end], .bottom, .panel),
    Binding([.enter], .showUnits, .panel, statusBar: true),
    Binding([.char("]")], .nextUnitWithCode, .panel),
    Binding([.char("[")], .previousUnitWithCode, .panel),
    Binding([.tab, .escape], .focusText, .panel, statusBar: true),

    Binding([.down, .char("j")], .down, .themes),
    Binding([.up, .char("k")], .up, .themes),
    Binding([.char("g"), .home], .top, .themes),
    Binding([.char("G"), .end], .bottom, .themes),
    Binding([.char("a")], .add, .themes, statusBar: true),
    Binding([.enter, .char("e")], .editText, .themes, statusBar: true),
    Binding([.char("r")], .rename, .themes),
    Binding([.char("K")], .moveUp, .themes),
    Binding([.char("J")], .moveDown, .themes),
    Binding([.char("M")], .merge, .themes),
    Binding([.char("L")], .link, .themes, statusBar: true),
    Binding([.char("d")], .delete, .themes),
    Binding([.char("P")], .projectMemo, .themes),
    Binding([.char("F")], .preconceptions, .themes),
    Binding([.escape, .backspace], .back, .themes),

    Binding([.down, .char("j")], .down, .codebook),
    Binding([.up, .char("k")], .up, .codebook),
    Binding([.pageDown, .ctrl("f")], .pageDown, .codebook),
    Binding([.pageUp, .ctrl("b")], .pageUp, .codebook),
    Binding([.char("g"), .home], .top, .codebook),
    Binding([.char("G"), .end], .bottom, .codebook),
    Binding([.enter], .open, .codebook, statusBar: true),
    Binding([.char("M")], .moveCode, .codebook, statusBar: true),
    Binding([.char("+")], .merge, .codebook),
    Binding([.char("S")], .splitCode, .codebook),
    Binding([.char("r")], .rename, .codebook),
    Binding([.char("e")], .editText, .codebook),
    Binding([.char("c")], .recolour, .codebook),
    Binding([.char("v")], .valence, .codebook),
    Binding([.char("a")], .add, .codebook),
    Binding([.char("A")], .addGroup, .codebook),
    Binding([.char("K")], .moveUp, .codebook),
    Binding([.char("J")], .moveDown, .codebook),
    Binding([.char("d")], .delete, .codebook),
    Binding([.char("w")], .memo, .codebook),
    Binding([.escape, .backspace], .back, .codebook),

    Binding([.down, .char("j")], .down, .subgroupList),
    Binding([.up, .char("k")], .up, .subgroupList),
    Binding([.char("g"), .home], .top, .subgroupList),
    Binding([.char("G"), .end], .bottom, .subgroupList),
    Binding([.enter], .open, .subgroupList, statusBar: true),
    Binding([.char("i")], .introduction, .subgroupList),
    Binding([.escape, .backspace], .back, .subgroupList),

    Binding([.down, .char("j")], .down, .condensation),
    Binding([.up, .char("k")], .up, .condensation),
    Binding([.enter], .jumpToUnit, .condensation, statusBar: true),
    Binding([.char("g")], .goldenQuote, .condensation, statusBar: true),
    Binding([.tab, .char("e")], .switchPane, .condensation, statusBar: true),
    Binding([.char("]")], .nextSubgroup, .condensation),
    Binding([.char("[")], .previousSubgroup, .condensation),
    Binding([.escape, .backspace], .back, .condensation),

    Binding([.down, .char("j")], .down, .synthesis),
    Binding([.up, .char("k")], .up, .synthesis),
    Binding([.char(" ")], .tickUnit, .synthesis, statusBar: true),
    Binding([.enter], .jumpToUnit, .synthesis),
    Binding([.tab, .char("e")], .switchPane, .synthesis, statusBar: true),
    Binding([.char("D")], .toggleDone, .synthesis, statusBar: true),
    Binding([.char("i")], .introduction, .synthesis),
    Binding([.char("]")], .nextSubgroup, .synthesis),
    Binding([.char("[")], .previousSubgroup, .synthesis),
    Binding([.escape, .backspace], .back, .synthesis),

    Binding([.down, .char("j")], .down, .export),
    Binding([.up, .char("k")], .up, .export),
    Binding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, .export),
    Binding([.pageUp, .ctrl("b")], .pageUp, .export),
    Binding([.char("g"), .home], .top, .export),
    Binding([.left, .char("h")], .left, .export),
    Binding([.right, .char("l")], .right, .export),
    Binding([.char("x"), .enter], .toggle, .export, statusBar: true),
    Binding([.char("L")], .language, .export),
    Binding([.char("p")], .pseudonymize, .export, statusBar: true),
    Binding([.char("c")], .condensatesInChapter, .export),
    Binding([.char("w")], .writeExport, .export, statusBar: true),
    Binding([.char("Q")], .writeExchange, .export),
    Binding([.escape, .backspace], .back, .export),

    Binding([.down, .char("j")], .down, .reconcile),
    Binding([.up, .char("k")], .up, .reconcile),
    Binding([.char("g"), .home], .top, .reconcile),
    Binding([.char("G"), .end], .bottom, .reconcile),
    Binding([.char("f")], .keepFirst, .reconcile, statusBar: true),
    Binding([.char("s")], .keepSecond, .reconcile, statusBar: true),
    Binding([.char("t")], .keepBoth, .reconcile, statusBar: true),
    Binding([.char("e"), .enter], .editConsensus, .reconcile, statusBar: true),
    Binding([.char("A")], .takeOverAgreed, .reconcile),
    Binding([.escape, .backspace], .back, .reconcile),

    Binding([.down, .char("j")], .down, .mergeMapping),
    Binding([.up, .char("k")], .up, .mergeMapping),
    Binding([.enter], .open, .mergeMapping, statusBar: true),
    Binding([.char("n")], .newCodeTarget, .mergeMapping, statusBar: true),
    Binding([.char("=")], .sameNameTarget, .mergeMapping, statusBar: true),
    Binding([.char("w")], .writeExport, .mergeMapping, statusBar: true),
    Binding([.char("q"), .escape], .quit, .mergeMapping, statusBar: true),

    Binding([.down, .char("j")], .down, .unitList),
    Binding([.up, .char("k")], .up, .unitList),
    Binding([.pageDown, .ctrl("f")], .pageDown, .unitList),
    Binding([.pageUp, .ctrl("b")], .pageUp, .unitList),
    Binding([.enter], .jumpToUnit, .unitList, statusBar: true),
    Binding([.escape], .close, .unitList, statusBar: true),

    Binding([.down, .ctrl("n")], .down, .picker),
    Binding([.up, .ctrl("p")], .up, .picker),
    Binding([.enter], .accept, .picker, statusBar: true),
    Binding([.escape], .close, .picker, statusBar: true),

    Binding([.down, .ctrl("n")], .down, .chooser),
    Binding([.up, .ctrl("p")], .up, .chooser),
    Binding([.char(" ")], .toggle, .chooser, statusBar: true),
    Binding([.enter], .accept, .chooser, statusBar: true),
    Binding([.escape], .close, .chooser, statusBar: true),

    Binding([.enter], .accept, .textField, statusBar: true),
    Binding([.escape], .dismiss, .textField, statusBar: true),

    Binding([.escape], .closeEditor, .editor, statusBar: true),
    Binding([.ctrl("s")], .saveText, .editor, statusBar: true),
    Binding([.up], .up, .editor),
    Binding([.down], .down, .editor),
    Binding([.left], .left, .editor),
    Binding([.right], .right, .editor),
    Binding([.pageUp], .pageUp, .editor),
    Binding([.pageDown], .pageDown, .editor),
    Binding([.ctrlLeft], .wordBackward, .editor),
    Binding([.ctrlRight], .wordForward, .editor),
    Binding([.home, .ctrl("a")], .lineStart, .editor),
    Binding([.end, .ctrl("e")], .lineEnd, .editor),
    Binding([.enter], .newLine, .editor),
    Binding([.ctrl("w")], .deleteWordBackward, .editor),
    Binding([.ctrl("k")], .deleteToLineEnd, .editor),
    Binding([.ctrl("_")], .undoTyping, .editor, statusBar: true),
    Binding([.ctrl("y")], .redoTyping, .editor),

    Binding([.char("y"), .char("j")], .confirm, .confirm, statusBar: true),
    Binding([.char("n"), .escape], .dismiss, .confirm, statusBar: true),

    Binding([.down, .char("j")], .down, .helpOverlay),
    Binding([.up, .char("k")], .up, .helpOverlay),
    Binding([.escape, .char("?"), .char("q")], .close, .helpOverlay, statusBar: true),
  ])
}
