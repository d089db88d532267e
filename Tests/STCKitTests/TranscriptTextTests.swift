import PropertyBased
import Testing

@testable import STCKit

@Suite struct TranscriptTextTests {
  let text = TranscriptText(bytes: Array(Fixture.interview.utf8))

  @Test func indexesLines() {
    #expect(text.lineCount == 5)
    #expect(text.line(0) == "I: Hvordan har du det om natta?")
    #expect(text.line(2) == "Det var utrygt. Café med e\u{301} og 中文 og 👩‍💻 her.")
    #expect(text.lineIndex(containing: 0) == 0)
    #expect(text.lineIndex(containing: text.bytes.count) == 4)
  }

  @Test func spansOfWholeLines() {
    let span = text.span(lines: 1...2)
    #expect(text.text(of: span).hasPrefix("Informant 3: Jeg sover"))
    #expect(text.text(of: span).hasSuffix("her."))
    #expect(text.lines(of: span) == 1...2)
    #expect(text.lineLabel(span) == "2–3")
  }

  @Test func boundariesNeverCutACharacter() {
    let start = Int(text.lineStarts[2])
    let line = text.line(2)
    let cafe = line.utf8.firstIndex(of: 0xC3)!  // é in "Café" is two bytes
    let inside = start + line.utf8.distance(from: line.utf8.startIndex, to: cafe) + 1
    #expect(!text.isBoundary(inside))
    #expect(text.problem(with: TextSpan(start: start, end: inside)) != nil)
    #expect(text.problem(with: TextSpan(start: start, end: inside + 1)) == nil)
    #expect(text.problem(with: TextSpan(start: 0, end: text.byteCount + 1))?.contains("outside") == true)
    #expect(text.problem(with: TextSpan(start: 3, end: 3)) == "it is empty")
  }

  @Test func lineIndexAgreesWithSplitting() async {
    let lines = Gen.oneOf(Gen.always("æøå"), Gen.always("中文 👍"), Gen.always(""), Gen.always("line"), Gen.always("e\u{301}"))
      .array(of: 1...30)
    await propertyCheck(input: lines) { lines in
      let source = lines.joined(separator: "\n") + "\n"
      let text = TranscriptText(bytes: Array(source.utf8))
      #expect(text.lineCount == lines.count)
      for (i, line) in lines.enumerated() {
        #expect(text.line(i) == line)
        let range = text.lineRange(i)
        #expect(text.lineIndex(containing: range.lowerBound) == i)
      }
    }
  }

  @Test func wordsAreFoundAcrossLineBreaks() {
    let text = TranscriptText(bytes: Array("Jeg sover\nbedre nå. Jeg sover godt.\n".utf8))
    #expect(text.occurrences(of: "sover bedre").map { text.text(of: $0) } == ["sover\nbedre"])
    #expect(text.occurrences(of: "Jeg sover").count == 2)
    #expect(text.occurrences(of: "Jeg sover", within: TextSpan(start: 5, end: 30)).count == 1)
    #expect(text.occurrences(of: "").isEmpty)
    #expect(text.occurrences(of: "nå. Jeg sover godt. og mer").isEmpty)
  }

  @Test func textWithoutFinalLineFeed() {
    let text = TranscriptText(bytes: Array("a\nb".utf8))
    #expect(text.lineCount == 2)
    #expect(text.line(1) == "b")
  }
}

@Suite struct SpeakerTurnTests {
  @Test func findsStandardLabels() {
    let text = TranscriptText(bytes: Array(Fixture.interview.utf8))
    #expect(text.turns.labels == ["I", "Informant 3"])
    #expect(text.turns.speaker(ofLine: 2) == "Informant 3")
    #expect(text.turns.label(startingAt: 2) == nil)
    #expect(text.turns.label(startingAt: 3) == "I")
  }

  @Test func linesBeforeTheFirstLabelHaveNoSpeaker() {
    let text = TranscriptText(bytes: Array("# Intervju\nDato: 12.03\n\nI: Hei\nP2: Hei\n".utf8))
    #expect(text.turns.speaker(ofLine: 1) == nil)
    #expect(text.turns.labels == ["I", "P2"])
  }

  @Test(arguments: [
    ("I", SpeakerRole.interviewer), ("Intervjuer", .interviewer), ("Moderator", .interviewer),
    ("Informant 3", .informant(labelNumber: 3)), ("I3", .informant(labelNumber: 3)), ("P2", .informant(labelNumber: 2)),
    ("Deltaker 4", .informant(labelNumber: 4)), ("Informant", .informant(labelNumber: nil)),
  ])
  func classifiesLabels(label: String, role: SpeakerRole) {
    #expect(SpeakerRole.of(label: label) == role)
  }

  @Test(arguments: ["Det var slik", "Hun sa", "Dato", "Kari"])
  func ignoresOrdinaryWords(label: String) {
    #expect(SpeakerRole.of(label: label) == nil)
    let text = TranscriptText(bytes: Array("\(label): noe\n".utf8))
    #expect(text.turns.labels.isEmpty)
  }

  @Test func customPatternFindsNames() throws {
    let pattern = try SpeakerPattern.validated("^([A-ZÆØÅ][a-zæøå]+):")
    let text = TranscriptText(bytes: Array("Kari: Hei\nØystein: Hallo\nikke: her\n".utf8), speakerPattern: pattern)
    #expect(text.turns.labels == ["Kari", "Øystein"])
    #expect(throws: STCError.self) { try SpeakerPattern.validated("([") }
  }
}
