import Foundation
import Testing

@testable import STCKit

@Suite struct TextDecodingTests {
  let expected = "I: Hei på deg, Åse.\nInformant 1: Blåbær og €.\n"

  @Test func utf8() throws {
    let decoded = try TextDecoding.decode(Array(expected.utf8), fileName: "a.txt")
    #expect(decoded.text == expected)
    #expect(decoded.encoding == "utf-8")
  }

  @Test func utf8WithBOM() throws {
    let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(expected.utf8), fileName: "a.txt")
    #expect(decoded.text == expected)
    #expect(decoded.encoding == "utf-8 with BOM")
  }

  @Test func utf16BothWays() throws {
    let units = Array(expected.utf16)
    let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try TextDecoding.decode(le, fileName: "a.txt").text == expected)
    #expect(try TextDecoding.decode(be, fileName: "a.txt").encoding == "utf-16be")
  }

  @Test func windows1252() throws {
    // "Blåbær og €" in Windows-1252: å E5, æ E6, € 80.
    let bytes: [UInt8] = Array("I: Hei p".utf8) + [0xE5] + Array(" deg, ".utf8) + [0xC5] + Array("se.\r\nInformant 1: Bl".utf8)
      + [0xE5, 0x62, 0xE6, 0x72] + Array(" og ".utf8) + [0x80, 0x2E, 0x0D, 0x0A]
    let decoded = try TextDecoding.decode(bytes, fileName: "a.txt")
    #expect(decoded.text == expected)
    #expect(decoded.encoding == "windows-1252")
  }

  @Test func lineEndsBecomeLineFeeds() throws {
    let decoded = try TextDecoding.decode(Array("a\r\nb\rc\nd".utf8), fileName: "a.txt")
    #expect(decoded.text == "a\nb\nc\nd\n")
  }

  @Test func decomposedLettersAreComposed() throws {
    let nfd = "Bla\u{30A}ba\u{308}r"  // å and ä as base letter + combining mark
    let decoded = try TextDecoding.decode(Array(nfd.utf8), fileName: "a.txt")
    #expect(decoded.text == "Blåbär\n")
    #expect(decoded.text.unicodeScalars.count == 7)
  }

  @Test(arguments: [
    ([UInt8](), "empty"),
    (Array("  \n\t\n".utf8), "no text"),
    (Array("abc\u{0}def".utf8), "binary"),
    (Array("%PDF-1.7 blah".utf8), "PDF"),
    ([0x50, 0x4B, 0x03, 0x04, 0x00], "zip"),
    (Array("{\\rtf1\\ansi hello}".utf8), "RTF"),
    ([0x41, 0x81, 0x42], "neither UTF-8 nor Windows-1252"),
  ])
  func refusesWhatIsNotText(bytes: [UInt8], words: String) {
    #expect {
      try TextDecoding.decode(bytes, fileName: "intervju.txt")
    } throws: { error in
      let error = error as! STCError
      return error.kind == .dataError && error.message.contains("intervju.txt") && error.message.contains(words)
    }
  }

  @Test func manyControlCharactersMeanBinary() {
    let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) }
    #expect(throws: STCError.self) { try TextDecoding.decode(bytes, fileName: "x.txt") }
  }
}
