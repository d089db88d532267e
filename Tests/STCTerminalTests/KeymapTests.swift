import Foundation
import Testing

@testable import STCTerminal

@Suite struct KeymapTests {
  @Test func noKeyIsBoundTwiceInOneScope() {
    for scope in KeyScope.allCases {
      var seen: [Key: Command] = [:]
      for binding in Keymap.default.bindings(in: scope) {
        for key in binding.keys {
          #expect(seen[key] == nil, "\(key) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command) in \(scope)")
          seen[key] = binding.command
        }
      }
    }
  }

  @Test func theDocumentedDefaultKeys() {
    let keymap = Keymap.default
    #expect(keymap.command(for: .char("v"), in: [.coding]) == .selectLines)
    #expect(keymap.command(for: .char("u"), in: [.coding, .global]) == .undo)
    #expect(keymap.command(for: .ctrl("r"), in: [.coding, .global]) == .redo)
    #expect(keymap.command(for: .char("/"), in: [.coding]) == .search)
    #expect(keymap.command(for: .char("]"), in: [.coding]) == .nextUnitWithCode)
    #expect(keymap.command(for: .escape, in: [.selection, .coding, .global]) == .cancelSelection)
    #expect(keymap.command(for: .escape, in: [.coding, .global]) == .back)
  }

  @Test func everyCommandSpeaksBothLanguages() {
    for command in Command.allCases {
      let en = command.text(.en)
      let nb = command.text(.nb)
      #expect(!en.title.isEmpty && !en.help.isEmpty && !nb.title.isEmpty && !nb.help.isEmpty)
    }
    for scope in KeyScope.allCases { #expect(scope.title(.en) != scope.title(.nb)) }
  }

  /// docs/keys.md and docs/keys.nb.md are what `stc keys --markdown` writes today.
  @Test(arguments: [(Language.en, "keys.md"), (Language.nb, "keys.nb.md")])
  func keyDocsAreCurrent(language: Language, file: String) throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/\(file)")
    let committed = try String(contentsOf: docs, encoding: .utf8)
    #expect(committed == KeymapDocs.markdown(language), "docs/\(file) is stale: run `swift run stc keys --markdown\(language == .nb ? " --lang nb" : "") > docs/\(file)`")
  }

  @Test func languageFollowsTheEnvironment() {
    #expect(Language.from(environment: ["LANG": "nb_NO.UTF-8"]) == .nb)
    #expect(Language.from(environment: ["LANG": "nn_NO.UTF-8"]) == .nb)
    #expect(Language.from(environment: ["LC_ALL": "no_NO", "LANG": "en_GB"]) == .nb)
    #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
    #expect(Language.from(environment: [:]) == .en)
  }
}

@Suite struct ComponentTests {
  @Test func lineLayoutWrapsAtWordsAndMapsBytes() {
    let layout = LineLayout("Blåbær og 中文 👍 her", width: 10)
    #expect(layout.rows.map { String(layout.graphemes[$0]) } == ["Blåbær og ", "中文 👍 ", "her"])
    #expect(layout.byteStarts[3] == 4)  // "Blå" is four bytes
    #expect(layout.column(ofByte: 3) == 2)  // the second byte of å
    #expect(layout.column(ofByte: 5) == 4)  // æ
    #expect(layout.row(of: 11) == 1)
    #expect(layout.column(atRow: 1, x: 3) == 11)  // x 3 is the right half of 文
    #expect(LineLayout("", width: 5).rows == [0..<0])
    #expect(LineLayout("abcdefghij", width: 4).rows == [0..<4, 4..<8, 8..<10])
    #expect(layout.nextWord(after: 0) == 7)
    #expect(layout.previousWord(before: 7) == 0)
  }

  @Test func textFieldEditsByGrapheme() {
    var field = TextField()
    for c in "Søvn👍" { _ = field.handle(.char(c)) }
    #expect(field.text == "Søvn👍" && field.cursor == 5)
    _ = field.handle(.backspace)
    _ = field.handle(.left)
    _ = field.handle(.char("ø"))
    #expect(field.text == "Søvøn")
    _ = field.handle(.ctrl("w"))
    #expect(field.text == "n" && field.cursor == 0)
    field.paste("a\nb\u{7}c")
    #expect(field.text == "a bcn")
    let handledEnter = field.handle(.enter)
    #expect(!handledEnter)
  }

  @Test func fuzzyMatchPrefersWordStartsAndRuns() {
    let names = ["sover bedre uten besøk", "besøket som høydepunkt", "ser mindre på skjerm"].map { Array($0) }
    let scores = names.map { FuzzyMatch.score(Array("besøk"), in: $0) }
    #expect(scores[2] == nil)
    #expect(scores[1]! > scores[0]!)
    #expect(FuzzyMatch.score(Array("sbub"), in: names[0]) != nil)
    #expect(FuzzyMatch.score([], in: names[0]) == 0)
  }

  @Test(arguments: [
    ("a", ["a"]), ("e\u{301}", ["e", "\u{301}"]), ("👍🏽", ["👍", "🏽"]), ("❤️", ["❤", "\u{FE0F}"]), ("👩‍💻", ["👩"]),
  ] as [(Character, [Unicode.Scalar])])
  func glyphsFitACursesCell(character: Character, scalars: [Unicode.Scalar]) {
    #expect(TerminalGlyph.scalars(for: character) == scalars)
  }
}
