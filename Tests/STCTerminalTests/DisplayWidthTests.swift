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
