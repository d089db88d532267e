import STCKit
import Testing

@testable import STCTerminal

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("æ", 1), ("ø", 1), ("Å", 1), ("e\u{301}", 1), ("中", 2), ("文", 2), ("ｱ", 1), ("Ａ", 2),
    ("👍", 2), ("👍🏽", 2), ("👩‍💻", 2), ("❤️", 2), ("🇳🇴", 2), ("\u{200B}", 0), ("\u{7}", 0), ("─", 1), ("한", 2),
  ] as [(Character, Int)])
  func widths(character: Character, width: Int) {
    #expect(DisplayWidth.of(character) == width)
  }

  @Test func stringsAddUp() {
    #expect(DisplayWidth.of("Blåbær og 中文 👍") == 17)
    #expect(DisplayWidth.of("") == 0)
  }
}

@Suite struct ScreenBufferTests {
  @Test func writesAndClips() {
    var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
    let end = buffer.write("Blåbærsyltetøy", at: Point(x: 2, y: 0))
    #expect(end == 10)
    #expect(buffer.rows == ["  Blåbærsy", "          "])
    buffer.write("abc", at: Point(x: 0, y: 5))
    #expect(buffer.rows[1] == "          ")
  }

  @Test func wideGraphemesTakeTwoCellsAndAreNeverSplit() {
    var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
    #expect(buffer.write("中文中", at: Point(x: 0, y: 0)) == 5)
    #expect(buffer.rows == ["中文 "])
    #expect(buffer[1, 0].isWideTail && !buffer[4, 0].isWideTail)
    // Overwriting half of a wide grapheme blanks the other half.
    buffer.write("x", at: Point(x: 1, y: 0))
    #expect(buffer.rows == [" x文 "])
    buffer.write("y", at: Point(x: 2, y: 0))
    #expect(buffer.rows == [" xy  "])
  }

  @Test func maxWidthAndTabsAndControls() {
    var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
    buffer.write("a\tb\u{1}c👍", at: Point(x: 0, y: 0), maxWidth: 8)
    #expect(buffer.rows == ["a   b␁c     "])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
    #expect(buffer.write("Cafe\u{301}", at: Point(x: 0, y: 0)) == 4)
    #expect(buffer.rows == ["Cafe\u{301}"])
  }

  @Test func writeLinePadsWithItsStyle() {
    var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
    buffer.writeLine("ab", in: Rect(x: 1, y: 0, width: 4, height: 1), style: .statusBar)
    #expect(buffer[4, 0].style == .statusBar && buffer[5, 0].style == .normal && buffer[0, 0].style == .normal)
  }
}

@Suite struct LineLayoutFastPathTests {
  /// Laying out a transcript line from its bytes (ASCII taken a byte at a time) gives what
  /// laying out the same line as a String gives, for any mix of characters.
  @Test func bytesAndStringsLayOutAlike() {
    let pieces = ["a", "b ", "  ", "æ", "ø", "å", "e\u{301}", "a\u{308}x", "中文", "👍", "👩‍💻", "🇳🇴", "\t", ".", "I:", "\u{1}", "é"]
    var seed: UInt64 = 7
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    var lines: [String] = []
    for _ in 0..<300 {
      lines.append((0..<(next() % 30)).map { _ in pieces[next() % pieces.count] }.joined())
    }
    let text = TranscriptText(bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
    for (i, line) in lines.enumerated() {
      for width in [3, 12, 80] {
        #expect(LineLayout(text, line: i, width: width) == LineLayout(line, width: width), "line \(i): \(line.debugDescription)")
      }
    }
  }
}
