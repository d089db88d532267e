import Testing

@testable import STCTerminal

@Suite struct TextEditorTests {
  func type(_ editor: inout TextEditor, _ text: String, width: Int = 20) {
    for c in text { _ = editor.handle(c == "\n" ? .enter : .char(c), width: width, height: 5) }
  }

  @Test func typingNorwegianAndNewLines() {
    var editor = TextEditor("")
    type(&editor, "Jeg sover bedre nå.\nÆrlig talt 👍")
    #expect(editor.text == "Jeg sover bedre nå.\nÆrlig talt 👍")
    #expect(editor.cursor == EditorPosition(line: 1, column: 12))
    #expect(editor.isModified)
    _ = editor.handle(.backspace, width: 20, height: 5)
    _ = editor.handle(.backspace, width: 20, height: 5)
    #expect(editor.text == "Jeg sover bedre nå.\nÆrlig talt")
  }

  @Test func motionsByWordLineAndScreenRow() {
    var editor = TextEditor("Første linje her\nandre")
    _ = editor.handle(.up, width: 10, height: 5)  // from the end of "andre" up into the wrapped line
    #expect(editor.cursor.line == 0)
    _ = editor.handle(.home, width: 10, height: 5)
    #expect(editor.cursor == EditorPosition(line: 0, column: 0))
    _ = editor.handle(.ctrlRight, width: 10, height: 5)
    #expect(editor.cursor.column == 6)
    _ = editor.handle(.ctrlRight, width: 10, height: 5)
    #expect(editor.cursor.column == 12)
    _ = editor.handle(.ctrlLeft, width: 10, height: 5)
    #expect(editor.cursor.column == 7)
    // "Første linje her" wraps at 10 as "Første " / "linje her": down goes to the second row.
    _ = editor.handle(.home, width: 10, height: 5)
    _ = editor.handle(.down, width: 10, height: 5)
    #expect(editor.cursor == EditorPosition(line: 0, column: 7))
    _ = editor.handle(.down, width: 10, height: 5)
    #expect(editor.cursor == EditorPosition(line: 1, column: 0))
    _ = editor.handle(.end, width: 10, height: 5)
    #expect(editor.cursor == EditorPosition(line: 1, column: 5))
  }

  @Test func deletingJoinsLinesAndUndoRestores() {
    var editor = TextEditor("en\nto tre")
    _ = editor.handle(.home, width: 20, height: 5)
    _ = editor.handle(.backspace, width: 20, height: 5)
    #expect(editor.text == "ento tre")
    _ = editor.handle(.end, width: 20, height: 5)
    _ = editor.handle(.ctrl("w"), width: 20, height: 5)
    #expect(editor.text == "ento ")
    _ = editor.handle(.ctrl("_"), width: 20, height: 5)
    #expect(editor.text == "ento tre")
    _ = editor.handle(.ctrl("_"), width: 20, height: 5)
    #expect(editor.text == "en\nto tre")
    _ = editor.handle(.ctrl("y"), width: 20, height: 5)
    #expect(editor.text == "ento tre")
    let handledEscape = editor.handle(.escape, width: 20, height: 5)
    #expect(!handledEscape)
  }

  @Test func typingIsUndoneWordByWord() {
    var editor = TextEditor("")
    type(&editor, "Jeg sover godt")
    _ = editor.handle(.ctrl("_"), width: 20, height: 5)
    #expect(editor.text == "Jeg sover ")
    _ = editor.handle(.ctrl("_"), width: 20, height: 5)
    #expect(editor.text == "Jeg ")
  }

  @Test func pasteKeepsLineBreaks() {
    var editor = TextEditor("A")
    editor.paste("b\r\nc\u{7}\td")
    #expect(editor.text == "Ab\nc d")
    _ = editor.handle(.ctrl("_"), width: 20, height: 5)
    #expect(editor.text == "A")
  }

  @Test func rendersWrappedAndScrolledToTheCursor() {
    var editor = TextEditor("")
    type(&editor, "en to tre fire fem seks sju åtte ni ti elleve tolv", width: 8)
    var buffer = ScreenBuffer(size: Size(width: 10, height: 3))
    let cursor = editor.render(into: &buffer, at: Rect(x: 1, y: 0, width: 8, height: 3))
    #expect(buffer.rows == [" ti       ", " elleve   ", " tolv     "])
    #expect(cursor == Point(x: 5, y: 2))
  }
}
